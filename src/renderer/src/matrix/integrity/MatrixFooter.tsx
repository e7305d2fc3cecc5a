// The legend of the cell markers and the quote statistics, discreet under the grid. Broken quotes and
// baseline conflicts are counted here too; each count takes the analyst to the next
// affected cell.
import './integrity.css';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { MatrixView } from '../../../../shared/types.ts';
import { useT } from '../../app/i18n.ts';
import { useNav } from '../../app/nav.ts';
import type { CellRef } from '../../app/nav.ts';
import { BubbleIcon } from '../grid/cells/BubbleIcon.tsx';
import { brokenCells, conflictCells, nextCell } from './integrity-cells.ts';
import { messages } from '../messages.ts';
import { ClaimsCount } from '../claims/ClaimsCount.tsx';
import { claimMessages } from '../claims/claims-messages.ts';

interface Props {
  view: MatrixView;
  /** The claim check's open items (not recorded exceptions) and their cells; absent until it has run. */
  claims?: { count: number; cells: CellRef[] };
}

export function MatrixFooter({ view, claims }: Props) {
  const { stats } = view;
  const t = useT(messages);
  const tc = useT(claimMessages);
  const nav = useNav();
  const conflicts = view.conflicts.length;
  // Walking every cell of a large matrix on each edit cost more than the rest of the footer. A
  // conflict may have no cell (an actor's name), so those cells are found up front, when there are
  // conflicts at all; broken quotes are counted per cell, so their cells are looked up on the click.
  const conflictList = useMemo(() => (conflicts > 0 ? conflictCells(view) : []), [view, conflicts]);
  const goToBroken = () => {
    const cell = nextCell(brokenCells(view), nav.matrixFocus);
    if (cell) nav.showCell(cell);
  };

  // Each click moves on from the cell shown last (the selection), so repeated clicks visit them all.
  const goTo = (list: CellRef[]) => {
    const cell = nextCell(list, nav.matrixFocus);
    return cell ? () => nav.showCell(cell) : null;
  };

  return (
    <footer className="pm-foot">
      <span className="pm-foot__legend" aria-label={t('legendTitle')}>
        <span className="pm-marker pm-marker--quotes">❝ {t('legendQuotes')}</span>
        <span className="pm-marker pm-marker--notes"><BubbleIcon /> {t('legendNotes')}</span>
        <span className="pm-marker pm-marker--edited">✎ {t('legendEdited')}</span>
        <span className="pm-marker pm-marker--conflict">⇄ {t('legendConflict')}</span>
        <span className="pm-marker pm-marker--stale">⚠ {t('legendStale')}</span>
        <span className="pm-marker pm-marker--broken">⚠ {t('legendBroken')}</span>
        <span className="pm-marker pm-marker--unsupported">⚑ {tc('legend')}</span>
      </span>
      <span className="pm-foot__stats" data-testid="quote-stats">
        <span>{t('stats', { n: stats.quotes })}</span>
        {stats.broken > 0 ? (
          <FooterCount className="pm-foot__broken" testId="broken-count" onClick={goToBroken} label={t('goToBroken', { n: stats.broken })}>
            ⚠ {t('statsBroken', { n: stats.broken })}
          </FooterCount>
        ) : (
          <span className="pm-foot__ok">✓ {t('statsAllAnchored')}</span>
        )}
        {conflicts > 0 && (
          <FooterCount className="pm-foot__conflicts" testId="conflict-count" onClick={goTo(conflictList)} label={t('goToConflict', { n: conflicts })}>
            ⇄ {conflicts === 1 ? t('statsConflictsOne') : t('statsConflicts', { n: conflicts })}
          </FooterCount>
        )}
        {claims && <ClaimsCount count={claims.count} onNext={goTo(claims.cells)} />}
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
