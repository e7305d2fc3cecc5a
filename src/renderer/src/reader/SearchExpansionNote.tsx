import type { SearchResult } from '../../../shared/types.ts';
import { useT } from '../app/i18n.ts';
import { readerMessages } from './messages.ts';

interface Props {
  result: SearchResult;
  /** Search for a suggested term instead. */
  onSearch: (term: string) => void;
}

/**
 * What the bilingual term list did with the query — "also searched 实体清单 for Entity List" — why
 * nothing was found, and the terms the papers use instead (one click each).
 */
export function SearchExpansionNote({ result, onSearch }: Props) {
  const t = useT(readerMessages);
  const x = result.expansion;
  if (!x) return null;
  const expanded = x.terms
    .map((term) => ({ typed: term.typed, found: term.alsoSearched.filter((a) => a.total > 0) }))
    .filter((term) => term.found.length > 0);
  const why = x.noHits;
  return (
    <div className="search-expansion" data-testid="search-expansion">
      {expanded.map((term) => (
        <p key={term.typed} className="search-expanded">
          {t('alsoSearched', { terms: term.found.map((a) => `${a.text}（${a.total}）`).join('、'), typed: term.typed })}
        </p>
      ))}
      {!x.totalExact && <p className="search-why">{t('totalEstimate')}</p>}
      {why && (
        <p className="search-why">
          {why.code === 'never-together'
            ? t('neverTogether', { terms: why.terms.map((w) => t('termAlone', { term: w.text, n: w.total })).join('、') })
            : why.code === 'no-chinese-name'
              ? t('noChineseName')
              : t('notInPapers')}
        </p>
      )}
      {x.suggestions.length > 0 && (
        <div className="search-suggestions" role="group" aria-label={t(result.total === 0 ? 'papersUse' : 'relatedTerms')}>
          <span className="search-suggestions-label">{t(result.total === 0 ? 'papersUse' : 'relatedTerms')}</span>
          {x.suggestions.map((s) => (
            <button key={s.text} type="button" className="chip-button" onClick={() => onSearch(s.text)}>
              {s.text} <span className="chip-count">{s.total}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
