// Shows the current notice; errors are announced assertively, the rest politely. Given the view, a
// second, standing notice says how many of the analyst's edits a newer baseline changed, until they
// are resolved or the analyst dismisses it.
import { memo, useMemo, useState } from 'react';
import type { MatrixView } from '../../../../shared/types.ts';
import { useT } from '../../app/i18n.ts';
import { useNav } from '../../app/nav.ts';
import { sameCell } from '../grid/cell-key.ts';
import { conflictCells, nextCell } from './integrity-cells.ts';
import { messages } from '../messages.ts';
import type { Notice } from '../state/use-notice.ts';
import { Button } from '../../ui/Button.tsx';

interface Props {
  notice: Notice | null;
  onDismiss: () => void;
  /** For the baseline-conflict notice; without it only the current notice is shown. */
  view?: MatrixView;
}

export function NoticeBar({ notice, onDismiss, view }: Props) {
  const t = useT(messages);
  return (
    <>
      {view && <ConflictNotice view={view} />}
      <div className="pm-notice-slot" role={notice?.kind === 'error' ? 'alert' : 'status'} data-testid="matrix-notice">
        {notice && (
          <div className={`pm-notice pm-notice--${notice.kind}`} data-kind={notice.kind}>
            <span className="pm-notice__text">
              {notice.text}
              {notice.details && (
                <details className="pm-notice__details" data-testid="notice-details">
                  <summary>{t('details')}</summary>
                  <ul>
                    {notice.details.map((d, i) => (
                      <li key={i}>{d}</li>
                    ))}
                  </ul>
                </details>
              )}
            </span>
            {notice.action && (
              <Button size="small" onClick={notice.action.run}>
                {notice.action.label}
              </Button>
            )}
            <Button variant="icon" onClick={onDismiss} aria-label={t('dismiss')} title={t('dismiss')}>
              ×
            </Button>
          </div>
        )}
      </div>
    </>
  );
}

// Conflict keys the analyst dismissed the notice for, kept across remounts of the view (a tab switch)
// for the session: the notice comes back only for a conflict it has not yet shown.
const dismissed = new Set<string>();

const ConflictNotice = memo(function ConflictNotice({ view }: { view: MatrixView }) {
  const t = useT(messages);
  const nav = useNav();
  // Re-render after a dismissal; the set itself lives outside the component.
  const [, setDismissals] = useState(0);
  const conflicts = view.conflicts;
  const visible = conflicts.some((c) => !dismissed.has(c.key));
  // Walking every cell of a large matrix on each edit cost ~2–6 ms a save; without conflicts there is no cell to find.
  const cells = useMemo(() => (conflicts.length > 0 ? conflictCells(view) : []), [view, conflicts.length]);
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
            <Button size="small" onClick={() => nav.showCell(next)} data-testid="show-conflict">
              {onOne && cells.length > 1 ? t('showNextConflict') : t('showFirstConflict')}
            </Button>
          )}
          <Button variant="icon" onClick={dismiss} aria-label={t('dismissConflicts')} title={t('dismissConflicts')}>
            ×
          </Button>
        </div>
      )}
    </div>
  );
});
