// The text the quick filter searches for one domain: every field in both languages, so an analyst
// can type Chinese while the grid shows English and the other way round.
import type { Actor, Bilingual, Domain, Evidence } from '../../../../shared/types.ts';
import { ALIGNMENT_LABELS } from '../alignment.ts';

const both = (b: Bilingual | null | undefined) => (b ? `${b.zh} ${b.en}` : '');
const quotes = (list: Evidence[]) => list.map((e) => e.exact).join(' ');

export function searchText(domain: Domain, actors: Actor[]): string {
  const parts = [
    domain.id,
    both(domain.name),
    both(domain.sourceNote),
    domain.alignment.value,
    both(ALIGNMENT_LABELS[domain.alignment.value]),
    both(domain.alignment.reason),
    quotes(domain.alignment.evidence),
  ];
  for (const actor of actors) {
    const position = domain.positions[actor.id];
    if (!position) continue;
    parts.push(both(actor.name), both(position.summary), position.instruments.join(' '), quotes(position.evidence));
  }
  return parts.join('\n').toLowerCase();
}
