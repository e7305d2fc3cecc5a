// What replacing or removing a source does to the quotes that cite it, one line per quote with the
// cell it sits in: still exact, moved (found again elsewhere) or broken (kept, shown as broken).
import type { Lang, QuoteFate } from '../../../../shared/types.ts';
import { pick, useLang, useT } from '../../app/i18n.ts';
import { cachedMatrix } from '../../app/store/matrix.ts';
import { sourceMessages } from './messages.ts';

export function cellName(domainId: string, actorId: string | null, lang: Lang, alignmentWord: string): string {
  const view = cachedMatrix();
  const row = view?.rows.find((r) => r.id === domainId);
  const actor = actorId ? view?.actors.find((a) => a.id === actorId) : undefined;
  const domain = row ? pick(row.name, lang) || domainId : domainId;
  const column = actorId === null ? alignmentWord : actor ? pick(actor.name, lang) || actorId : actorId;
  return `${domain} · ${column}`;
}

export function quoteCounts(quotes: readonly QuoteFate[]): { e: number; m: number; b: number } {
  return {
    e: quotes.filter((q) => q.status === 'exact').length,
    m: quotes.filter((q) => q.status === 'moved').length,
    b: quotes.filter((q) => q.status === 'broken').length,
  };
}

export function QuoteReport({ quotes, label, counts = true }: { quotes: readonly QuoteFate[]; label: string; counts?: boolean }) {
  const t = useT(sourceMessages);
  const { lang } = useLang();
  if (quotes.length === 0) return <p className="muted">{t('quoteReportNone')}</p>;
  return (
    <div className="quote-report">
      {counts && <p>{t('quoteCounts', quoteCounts(quotes))}</p>}
      <ul className="quote-report__list" aria-label={label} tabIndex={0}>
        {quotes.map((q) => (
          <li key={`${q.domainId}/${q.actorId ?? ''}/${q.evidenceId}`} data-status={q.status}>
            <span className="quote-report__status" data-status={q.status}>
              {t(`status_${q.status}`)}
            </span>
            <span className="quote-report__cell">{cellName(q.domainId, q.actorId, lang, t('alignmentCell'))}</span>
            <q className="quote-report__exact">{q.exact.length > 120 ? `${q.exact.slice(0, 120)}…` : q.exact}</q>
          </li>
        ))}
      </ul>
    </div>
  );
}
