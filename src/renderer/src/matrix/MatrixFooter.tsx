// The legend of the cell markers and the quote statistics, discreet under the grid.
import type { Matrix } from '../../../shared/types.ts';
import { useT } from '../i18n.ts';
import { messages } from './messages.ts';
import { BubbleIcon } from './BubbleIcon.tsx';

export function MatrixFooter({ stats }: { stats: Matrix['stats'] }) {
  const t = useT(messages);
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
          <span className="pm-foot__broken" data-testid="broken-count">
            ⚠ {t('statsBroken', { n: stats.broken })}
          </span>
        ) : (
          <span className="pm-foot__ok">✓ {t('statsAllAnchored')}</span>
        )}
      </span>
    </footer>
  );
}
