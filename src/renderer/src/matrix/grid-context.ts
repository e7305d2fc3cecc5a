// What cell renderers need beyond their row: counts, conflicts, edits and the selection. Passed by
// React context so a change re-renders the cells without rebuilding the grid's rows.
import { createContext, useContext } from 'react';
import type { BaselineConflict } from '../../../shared/types.ts';
import type { Actor, Domain } from '../../../shared/types.ts';
import type { CellRef } from '../nav.ts';

export interface MatrixRow {
  domain: Domain;
  /** Lower-cased zh + en of every field: what the quick filter searches. */
  search: string;
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
