// The cells that need the analyst's attention — a baseline conflict, a broken quote — in the order the
// matrix lists them, so the footer and the notice can take the analyst from one to the next.
import type { DomainRow, MatrixView } from '../../../../shared/types.ts';
import type { CellRef } from '../../app/nav.ts';
import { sameCell } from '../grid/cell-key.ts';
import { positionOf } from '../grid/grid-context.ts';

/** Matrix order: domains as listed, and in each the alignment column before the actors, as listed. */
function cellsInOrder(view: MatrixView, wanted: (row: DomainRow, actorId: string | null) => boolean): CellRef[] {
  const cells: CellRef[] = [];
  for (const row of view.rows) {
    for (const actorId of [null, ...view.actors.map((a) => a.id)]) {
      if (wanted(row, actorId)) cells.push({ domainId: row.id, actorId });
    }
  }
  return cells;
}

const marksOf = (row: DomainRow, actorId: string | null) => (actorId === null ? row.alignment : positionOf(row, actorId));

/**
 * Cells with a baseline conflict. A conflict on an actor's name (no domain) has no cell of its own and
 * is counted, but not visited.
 */
export function conflictCells(view: MatrixView): CellRef[] {
  return cellsInOrder(view, (row, actorId) => marksOf(row, actorId)?.conflict === true);
}

/** Cells with at least one quote that no longer occurs in its source. */
export function brokenCells(view: MatrixView): CellRef[] {
  return cellsInOrder(view, (row, actorId) => (marksOf(row, actorId)?.broken ?? 0) > 0);
}

/** The cell after `current` in the list (the first when `current` is not in it), wrapping round. */
export function nextCell(cells: CellRef[], current: CellRef | null): CellRef | null {
  if (cells.length === 0) return null;
  const at = cells.findIndex((c) => sameCell(c, current));
  return cells[(at + 1) % cells.length] ?? null;
}
