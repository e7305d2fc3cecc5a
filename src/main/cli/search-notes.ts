import type { SearchResult } from '../../shared/types.ts';

/** What the bilingual expansion did and, with no hits, why — one line each, for stderr. */
export function describeExpansion(query: string, result: SearchResult): string[] {
  const x = result.expansion;
  if (!x) return [];
  const lines: string[] = [];
  for (const term of x.terms) {
    const found = term.alsoSearched.filter((a) => a.total > 0);
    if (found.length > 0) lines.push(`searched ${found.map((a) => `${a.text} (${a.total})`).join(', ')} for "${term.typed}"`);
  }
  if (!x.totalExact) lines.push(`about ${result.total} paragraphs (overlaps between the names beyond the first hits are not counted)`);
  if (x.noHits) {
    switch (x.noHits.code) {
      case 'never-together':
        lines.push(`no paragraph has all of: ${x.noHits.terms.map((t) => `${t.text} (${t.total} alone)`).join(', ')}`);
        break;
      case 'no-chinese-name':
        lines.push(`no paragraph contains "${query}": the papers are in Chinese and the term list has no Chinese name for it`);
        break;
      case 'not-in-papers':
        lines.push(`no paragraph contains "${query}"`);
        break;
    }
  }
  if (x.suggestions.length > 0) {
    const label = result.total === 0 ? 'the papers use' : 'related terms in the papers';
    lines.push(`${label}: ${x.suggestions.map((s) => `${s.text} (${s.total})`).join(', ')}`);
  }
  return lines;
}
