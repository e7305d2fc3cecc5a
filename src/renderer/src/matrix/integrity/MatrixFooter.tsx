// The legend of the cell markers and the quote statistics, discreet under the grid. Broken quotes and
// baseline conflicts are counted here too; given the state, each count takes the analyst to the next
// affected cell.
import './integrity.css';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { MatrixState } from '../../../../shared/contract.ts';
import type { Matrix } from '../../../../shared/types.ts';
import { useT } from '../../app/i18n.ts';
import { useNav } from '../../app/nav.ts';
import type { CellRef } from '../../app/nav.ts';
import { BubbleIcon } from '../grid/cells/BubbleIcon.tsx';
import { brokenCells, conflictCells, nextCell } from './integrity-cells.ts';
import { messages } from '../messages.ts';

interface Props {
  stats: Matrix['stats'];
  /** Without it the footer counts broken quotes only, and the counts are not links. */
  state?: MatrixState;
}

export function MatrixFooter({ stats, state }: Props) {
  const t = useT(messages);
  const nav = useNav();
  const cells = useMemo(() => (state ? { conflicts: conflictCells(state), broken: brokenCells(state) } : null), [state]);
  const conflicts = state?.conflicts.length ?? 0;

  // Each click moves on from the cell shown last (the selection), so repeated clicks visit them all.
  const goTo = (list: CellRef[] | undefined) => {
    const cell = list ? nextCell(list, nav.matrixFocus) : null;
    return cell ? () => nav.showCell(cell) : null;
  };

  return (
    <footer className="pm-foot">
      <span className="pm-foot__legend" aria-label={t('legendTitle')}>
        <span className="pm-marker pm-marker--quotes">❝ {t('legendQuotes')}</span>
        <span className="pm-marker pm-marker--notes"><BubbleIcon /> {t('legendNotes')}</span>
        <span className="pm-marker pm-marker--edited">✎ {t('legendEdited')}</span>
        <span className="pm-marker pm-marker--conflict">⇄ {t('legendConflict')}</span>
        <span className="pm-marker pm-marker--broken">⚠ {t('legendBroken')}</span>
      </span>
      <span className="pm-foot__stats" data-testid="quote-stats">
        <span>{t('stats', { n: stats.quotes })}</span>
        {stats.broken > 0 ? (
          <FooterCount className="pm-foot__broken" testId="broken-count" onClick={goTo(cells?.broken)} label={t('goToBroken', { n: stats.broken })}>
            ⚠ {t('statsBroken', { n: stats.broken })}
          </FooterCount>
        ) : (
          <span className="pm-foot__ok">✓ {t('statsAllAnchored')}</span>
        )}
        {conflicts > 0 && (
          <FooterCount className="pm-foot__conflicts" testId="conflict-count" onClick={goTo(cells?.conflicts)} label={t('goToConflict', { n: conflicts })}>
            ⇄ {conflicts === 1 ? t('statsConflictsOne') : t('statsConflicts', { n: conflicts })}
          </FooterCount>
        )}
      </span>
    </footer>
  );
}

interface CountProps {
  className: string;
  testId: string;
  /** Null when there is no cell to go to: the count is then plain text. */
  onClick: (() => void) | null;
  /** Where a click goes; a description (tooltip), the visible count stays the button's name. */
  label: string;
  children: ReactNode;
}

function FooterCount({ className, testId, onClick, label, children }: CountProps) {
  if (!onClick) {
    return (
      <span className={className} data-testid={testId}>
        {children}
      </span>
    );
  }
  return (
    <button type="button" className={`pm-foot__count ${className}`} data-testid={testId} onClick={onClick} title={label}>
      {children}
    </button>
  );
}
