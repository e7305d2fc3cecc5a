// The cells that need the analyst's attention — a baseline conflict, a broken quote — in the order the
// matrix lists them, so the footer and the notice can take the analyst from one to the next.
import type { MatrixState } from '../../../../shared/contract.ts';
import type { Domain } from '../../../../shared/types.ts';
import type { CellRef } from '../../app/nav.ts';
import { cellKey, sameCell } from '../grid/cell-key.ts';

/** Matrix order: domains as listed, and in each the alignment column before the actors, as listed. */
function cellsInOrder(state: MatrixState, wanted: (domain: Domain, actorId: string | null) => boolean): CellRef[] {
  const cells: CellRef[] = [];
  for (const domain of state.matrix.domains) {
    for (const actorId of [null, ...state.matrix.actors.map((a) => a.id)]) {
      if (wanted(domain, actorId)) cells.push({ domainId: domain.id, actorId });
    }
  }
  return cells;
}

/**
 * Cells with a baseline conflict. A conflict on an actor's name (no domain) has no cell of its own and
 * is counted, but not visited.
 */
export function conflictCells(state: MatrixState): CellRef[] {
  const keys = new Set(state.conflicts.map((c) => cellKey(c.target)));
  return cellsInOrder(state, (domain, actorId) => keys.has(cellKey({ domainId: domain.id, actorId })));
}

/** Cells with at least one quote that no longer occurs in its source. */
export function brokenCells(state: MatrixState): CellRef[] {
  return cellsInOrder(state, (domain, actorId) => {
    const evidence = actorId === null ? domain.alignment.evidence : (domain.positions[actorId]?.evidence ?? []);
    return evidence.some((e) => e.status === 'broken');
  });
}

/** The cell after `current` in the list (the first when `current` is not in it), wrapping round. */
export function nextCell(cells: CellRef[], current: CellRef | null): CellRef | null {
  if (cells.length === 0) return null;
  const at = cells.findIndex((c) => sameCell(c, current));
  return cells[(at + 1) % cells.length] ?? null;
}
