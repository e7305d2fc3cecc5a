// The matrix cells a quote can be added to: every domain × (each actor's position + the alignment).
import type { Bilingual, Lang, Matrix } from '../../../shared/types.ts';
import { pick } from '../app/i18n.ts';
import type { CellRef } from '../app/nav.ts';

export interface CellOption extends CellRef {
  key: string;
  domainName: string;
  /** The actor's name, or the word for the alignment column. */
  cellName: string;
  evidenceCount: number;
  /** False for an actor with nothing yet in this domain: the quote will start its position. */
  hasPosition: boolean;
  /** Both languages' names, lower-cased, so typing either finds the cell. */
  searchText: string;
}

export const cellKey = (cell: CellRef) => `${cell.domainId}/${cell.actorId ?? '-'}`;

const both = (b: Bilingual) => `${b.zh} ${b.en}`;

export function cellOptions(matrix: Matrix, lang: Lang, alignmentName: Bilingual): CellOption[] {
  const domains = [...matrix.domains].sort((a, b) => a.order - b.order);
  return domains.flatMap((domain) => {
    const domainName = pick(domain.name, lang);
    const actors: CellOption[] = matrix.actors.map((actor) => {
      const position = domain.positions[actor.id];
      const cell = { domainId: domain.id, actorId: actor.id };
      return {
        ...cell,
        key: cellKey(cell),
        domainName,
        cellName: pick(actor.name, lang),
        evidenceCount: position?.evidence.length ?? 0,
        hasPosition: position !== undefined,
        searchText: `${both(domain.name)} ${both(actor.name)} ${domain.id} ${actor.id}`.toLowerCase(),
      };
    });
    const alignment: CellOption = {
      domainId: domain.id,
      actorId: null,
      key: cellKey({ domainId: domain.id, actorId: null }),
      domainName,
      cellName: pick(alignmentName, lang),
      evidenceCount: domain.alignment.evidence.length,
      hasPosition: true,
      searchText: `${both(domain.name)} ${both(alignmentName)} ${domain.id}`.toLowerCase(),
    };
    return [...actors, alignment];
  });
}

/** Options containing every whitespace-separated word of the query. */
export function filterOptions(options: readonly CellOption[], query: string): CellOption[] {
  const words = query.toLowerCase().split(/\s+/u).filter(Boolean);
  return words.length === 0 ? [...options] : options.filter((o) => words.every((w) => o.searchText.includes(w)));
}

/** "出口管制 · 日本", or null when the matrix has no such cell (any more). */
export function cellLabel(matrix: Matrix, cell: CellRef, lang: Lang, alignmentName: Bilingual): string | null {
  const domain = matrix.domains.find((d) => d.id === cell.domainId);
  if (!domain) return null;
  if (cell.actorId === null) return `${pick(domain.name, lang)} · ${pick(alignmentName, lang)}`;
  const actor = matrix.actors.find((a) => a.id === cell.actorId);
  return actor ? `${pick(domain.name, lang)} · ${pick(actor.name, lang)}` : null;
}
