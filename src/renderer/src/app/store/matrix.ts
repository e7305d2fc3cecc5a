// The matrix as the grid paints it (matrix:get, no quotes), kept current by patches: every write
// returns the rows it changed, and main's `matrix:changed` carries the same for writes made elsewhere
// (the menu's Undo, the reader, another view). Nothing here refetches the whole matrix except a
// project open, which replaces everything.
import { useQuery } from '@tanstack/react-query';
import type { DomainRow, EditResult, MatrixView } from '../../../../shared/types.ts';
import { api } from '../../api/client.ts';
import { queryClient, queryKeys } from './query-client.ts';

const loadMatrix = () => api.getMatrix();

/** Ask early (the app opens on the matrix): the answer is in the cache when the grid's code has loaded. */
export function prefetchMatrix(): void {
  void queryClient.prefetchQuery({ queryKey: queryKeys.matrix, queryFn: loadMatrix });
}

export function useMatrix() {
  return useQuery({ queryKey: queryKeys.matrix, queryFn: loadMatrix });
}

/** The matrix if it is loaded, for code outside React (wording a step, naming a cell). */
export function cachedMatrix(): MatrixView | undefined {
  return queryClient.getQueryData<MatrixView>(queryKeys.matrix);
}

const byOrder = (a: DomainRow, b: DomainRow) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The view after a write. Unchanged rows keep their identity, so the grid re-renders only the rows
 * that changed; applying the same result twice gives the same view (rows are upserts).
 */
export function patchMatrix(view: MatrixView, { changed, undo }: EditResult): MatrixView {
  let rows = view.rows;
  if (changed.rows.length > 0 || changed.removedRows.length > 0) {
    const fresh = new Map(changed.rows.map((r) => [r.id, r]));
    const removed = new Set(changed.removedRows);
    const next: DomainRow[] = [];
    let reorder = false;
    for (const row of view.rows) {
      if (removed.has(row.id)) continue;
      const update = fresh.get(row.id);
      if (update) {
        if (update.order !== row.order) reorder = true;
        fresh.delete(row.id);
        next.push(update);
      } else next.push(row);
    }
    for (const added of fresh.values()) {
      if (removed.has(added.id)) continue;
      next.push(added);
      reorder = true;
    }
    rows = reorder ? next.sort(byOrder) : next;
  }
  return {
    actors: changed.actors ?? view.actors,
    rows,
    conflicts: changed.conflicts ?? view.conflicts,
    stats: changed.stats,
    undo,
  };
}
