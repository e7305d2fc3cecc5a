// Places in this cell where the shipped baseline changed after the analyst edited them: both values
// are shown so the analyst can decide which to keep.
import type { BaselineConflict } from '../../../shared/types.ts';
import { useT } from '../i18n.ts';
import { describeValue } from './CellHistory.tsx';
import { panelMessages } from './panel-messages.ts';

export function ConflictList({ conflicts }: { conflicts: BaselineConflict[] }) {
  const t = useT(panelMessages);
  if (conflicts.length === 0) return null;
  return (
    <section className="pm-section pm-section--conflict" aria-label={t('conflicts')} data-testid="conflicts">
      <header className="pm-section__head">
        <h3>⇄ {t('conflicts')}</h3>
      </header>
      <ul className="pm-conflicts">
        {conflicts.map((c) => (
          <li key={c.key}>
            <code>{c.key}</code>
            <div>
              <strong>{t('conflictBaseline')}</strong>
              {describeValue(c.baselineNow, t('emptyValue'))}
            </div>
            <div>
              <strong>{t('conflictYours')}</strong>
              {describeValue(c.userValue, t('emptyValue'))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
