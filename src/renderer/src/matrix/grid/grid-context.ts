// What cell renderers need beyond their row: the actors, the selection and the compare action. Each
// row carries its own markers (counts, edited, conflict), so an edit re-renders only its row; only a
// new selection re-renders the cells through this context.
import { createContext, useContext } from 'react';
import type { ClaimFlag } from '../../../../shared/claims.ts';
import type { Actor, DomainRow, PositionCellView } from '../../../../shared/types.ts';
import type { CellRef } from '../../app/nav.ts';

/** A grid row: the domain as matrix:get paints it (no quotes). */
export type MatrixRow = DomainRow;

/** The actor's position in this row, if it has one (a few actors: a scan beats building a map per row). */
export function positionOf(row: DomainRow, actorId: string): PositionCellView | undefined {
  return row.positions.find((p) => p.actorId === actorId);
}

export interface GridContextValue {
  actors: Actor[];
  selected: CellRef | null;
  /** The claim check's unsupported items by cell key (absent until the first check returns). */
  claims?: ReadonlyMap<string, ClaimFlag[]>;
  openCompare: (domainId: string) => void;
  /** The domain's note on its sources, opened in the evidence panel (the ⓘ marker). */
  openSourceNote?: (domainId: string) => void;
}

export const GridContext = createContext<GridContextValue | null>(null);

export function useGridContext(): GridContextValue {
  const value = useContext(GridContext);
  if (!value) throw new Error('useGridContext outside the matrix grid');
  return value;
}
