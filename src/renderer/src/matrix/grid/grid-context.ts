// What cell renderers need beyond their row: the actors, the compare action, and the selection and
// claim flags. Each row carries its own markers (counts, edited, conflict), so an edit re-renders only
// its row. The selection and the flags live in a small store each cell subscribes to for its own
// part: a new selection re-renders the two cells whose state changed, not every cell in the grid.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ClaimFlag } from '../../../../shared/claims.ts';
import type { Actor, DomainRow, PositionCellView } from '../../../../shared/types.ts';
import type { CellRef } from '../../app/nav.ts';

/** A grid row: the domain as matrix:get paints it (no quotes). */
export type MatrixRow = DomainRow;

/** The actor's position in this row, if it has one (a few actors: a scan beats building a map per row). */
export function positionOf(row: DomainRow, actorId: string): PositionCellView | undefined {
  return row.positions.find((p) => p.actorId === actorId);
}

/** The selected cell and the claim check's flags, for the cells to subscribe to. */
export class GridCellState {
  #selected: CellRef | null = null;
  #claims: ReadonlyMap<string, ClaimFlag[]> | undefined;
  readonly #listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  get selected(): CellRef | null {
    return this.#selected;
  }

  claimsOf(key: string): ClaimFlag[] | undefined {
    return this.#claims?.get(key);
  }

  setSelected(cell: CellRef | null): void {
    if (cell === this.#selected || (cell && this.#selected && cell.domainId === this.#selected.domainId && cell.actorId === this.#selected.actorId)) return;
    this.#selected = cell;
    this.#notify();
  }

  /** The claim check's unsupported items by cell key (absent until the first check returns). */
  setClaims(claims: ReadonlyMap<string, ClaimFlag[]> | undefined): void {
    if (claims === this.#claims) return;
    this.#claims = claims;
    this.#notify();
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}

export interface GridContextValue {
  actors: Actor[];
  cells: GridCellState;
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

/** Whether this cell is the selected one; the cell re-renders only when that answer changes. */
export function useIsSelected(domainId: string | undefined, actorId: string | null): boolean {
  const { cells } = useGridContext();
  return useSyncExternalStore(cells.subscribe, () => {
    const selected = cells.selected;
    return selected !== null && selected.domainId === domainId && selected.actorId === actorId;
  });
}

/** This cell's unsupported claim items (by cell key); undefined when none or not yet checked. */
export function useCellClaims(key: string): ClaimFlag[] | undefined {
  const { cells } = useGridContext();
  return useSyncExternalStore(cells.subscribe, () => cells.claimsOf(key));
}
