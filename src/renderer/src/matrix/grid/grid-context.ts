// What cell renderers need beyond their row: counts, conflicts, edits and the selection. Passed by
// React context so a change re-renders the cells without rebuilding the grid's rows.
import { createContext, useContext } from 'react';
import type { BaselineConflict } from '../../../../shared/types.ts';
import type { Actor, Domain } from '../../../../shared/types.ts';
import type { CellRef } from '../../app/nav.ts';
import { searchText } from './search-text.ts';

export interface MatrixRow {
  readonly domain: Domain;
  /** Lower-cased zh + en of every field: what the quick filter searches. Built on first use. */
  readonly search: string;
}

/**
 * A grid row for a domain. The search text is only built when the quick filter first asks for it:
 * for a large matrix building it for every row held up the first render, and most sessions never
 * filter. Rows are rebuilt with each new matrix state, so the text never goes stale.
 */
export function matrixRow(domain: Domain, actors: Actor[]): MatrixRow {
  let search: string | undefined;
  return {
    domain,
    get search() {
      return (search ??= searchText(domain, actors));
    },
  };
}

export interface GridContextValue {
  actors: Actor[];
  annotationCounts: Record<string, number>;
  conflicts: BaselineConflict[];
  edited: ReadonlySet<string>;
  selected: CellRef | null;
  openCompare(domainId: string): void;
}

export const GridContext = createContext<GridContextValue | null>(null);

export function useGridContext(): GridContextValue {
  const value = useContext(GridContext);
  if (!value) throw new Error('useGridContext outside the matrix grid');
  return value;
}
