// Shows the current notice; errors are announced assertively, the rest politely. Given the state, a
// second, standing notice says how many of the analyst's edits a newer baseline changed, until they
// are resolved or the analyst dismisses it.
import { useState } from 'react';
import type { MatrixState } from '../../../../shared/contract.ts';
import { useT } from '../../app/i18n.ts';
import { useNav } from '../../app/nav.ts';
import { sameCell } from '../grid/cell-key.ts';
import { conflictCells, nextCell } from './integrity-cells.ts';
import { messages } from '../messages.ts';
import type { Notice } from '../state/use-notice.ts';

interface Props {
  notice: Notice | null;
  onDismiss(): void;
  /** For the baseline-conflict notice; without it only the current notice is shown. */
  state?: MatrixState;
}

export function NoticeBar({ notice, onDismiss, state }: Props) {
  const t = useT(messages);
  return (
    <>
      {state && <ConflictNotice state={state} />}
      <div className="pm-notice-slot" role={notice?.kind === 'error' ? 'alert' : 'status'} data-testid="matrix-notice">
        {notice && (
          <div className={`pm-notice pm-notice--${notice.kind}`} data-kind={notice.kind}>
            <span className="pm-notice__text">{notice.text}</span>
            {notice.action && (
              <button type="button" className="pm-button pm-button--small" onClick={notice.action.run}>
                {notice.action.label}
              </button>
            )}
            <button type="button" className="pm-icon-button" onClick={onDismiss} aria-label={t('dismiss')} title={t('dismiss')}>
              ×
            </button>
          </div>
        )}
      </div>
    </>
  );
}

// Conflict keys the analyst dismissed the notice for, kept across remounts of the view (a tab switch)
// for the session: the notice comes back only for a conflict it has not yet shown.
const dismissed = new Set<string>();

function ConflictNotice({ state }: { state: MatrixState }) {
  const t = useT(messages);
  const nav = useNav();
  // Re-render after a dismissal; the set itself lives outside the component.
  const [, setDismissals] = useState(0);
  const conflicts = state.conflicts;
  const visible = conflicts.some((c) => !dismissed.has(c.key));
  const cells = conflictCells(state);
  const next = nextCell(cells, nav.matrixFocus);
  const onOne = cells.some((c) => sameCell(c, nav.matrixFocus));

  function dismiss() {
    for (const c of conflicts) dismissed.add(c.key);
    setDismissals((n) => n + 1);
  }

  return (
    <div className="pm-notice-slot" role="status" aria-label={t('conflictNotice')} data-testid="conflict-notice">
      {visible && (
        <div className="pm-notice pm-notice--conflict" data-kind="conflict">
          <span className="pm-notice__text">
            ⇄ {conflicts.length === 1 ? t('conflictsOnOpenOne') : t('conflictsOnOpen', { n: conflicts.length })}
          </span>
          {next && (
            <button type="button" className="pm-button pm-button--small" onClick={() => nav.showCell(next)} data-testid="show-conflict">
              {onOne && cells.length > 1 ? t('showNextConflict') : t('showFirstConflict')}
            </button>
          )}
          <button type="button" className="pm-icon-button" onClick={dismiss} aria-label={t('dismissConflicts')} title={t('dismissConflicts')}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
