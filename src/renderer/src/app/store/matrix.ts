// The matrix as the grid paints it (matrix:get, no quotes), kept current by patches: every write
// returns the rows it changed, and main's `matrix:changed` carries the same for writes made elsewhere
// (the menu's Undo, the reader, another view). Nothing here refetches the whole matrix except a
// project open, which replaces everything.
import { useQuery } from '@tanstack/react-query';
import type { DomainRow, EditResult, MatrixView } from '../../../../shared/types.ts';
import { api } from '../../api/client.ts';
import { queryClient, queryKeys } from './query-client.ts';

const loadMatrix = () => api.getMatrix();

/**
 * Rows in the first page of a large matrix: more than a tall window shows in its first frame, even
 * of rows far shorter than the grid's 150 px estimate (matrix/grid/grid-setup.ts). A briefing
 * matrix, tens of rows, comes whole.
 * The first page of the synthetic 1,000-domain matrix is 0.2 MB instead of 3.6 MB, which is most of
 * its time to the first row (the answer crosses the process boundary, is parsed, cloned and turned
 * into row nodes before anything is painted).
 */
export const FIRST_PAGE_ROWS = 60;

/**
 * Ask early (the app opens on the matrix): the answer is in the cache when the grid's code has
 * loaded. `firstPage`: only the first rows of a large matrix; completeMatrix() fetches the rest once
 * the grid has painted them. (Not when the app opens on a cell, which may be further down.) `asked`:
 * the request already made (public/early-requests.js).
 */
export function prefetchMatrix(firstPage = false, asked?: Promise<MatrixView>): void {
  const queryFn = asked ? () => asked : firstPage ? () => api.getMatrix({ firstRows: FIRST_PAGE_ROWS }) : loadMatrix;
  void queryClient.prefetchQuery({ queryKey: queryKeys.matrix, queryFn });
}

export function useMatrix() {
  return useQuery({ queryKey: queryKeys.matrix, queryFn: loadMatrix });
}

/** A first page, with rows still to come. */
export function isPartial(view: MatrixView): boolean {
  return view.totalRows !== undefined;
}

let completing: Promise<unknown> | null = null;

/**
 * The whole matrix in place of a first page. Writes made meanwhile stay right: main answers in order,
 * so the whole view includes every write sent before it, and patches of later writes apply after it.
 */
export function completeMatrix(): void {
  const view = cachedMatrix();
  if (!view || !isPartial(view) || completing) return;
  completing = queryClient.fetchQuery({ queryKey: queryKeys.matrix, queryFn: loadMatrix, staleTime: 0 }).finally(() => (completing = null));
  // A failure stays in the query's error (the view offers Retry); never an unhandled rejection.
  completing.catch(() => undefined);
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
    // A first page stays one (its rest is on the way): rows a write sent from beyond it count once.
    ...(view.totalRows !== undefined ? { totalRows: Math.max(view.totalRows, rows.length) } : {}),
  };
}

/**
 * Hears each write that only changed rows in place (no row added, removed or moved, no actor list
 * change), at the moment the store takes it in: the grid applies those rows to its own row nodes at
 * once, in the same commit as the rest of the view, instead of finding them by comparing its
 * rowData after the render. `rows` are the store's row objects (as the view holds them).
 */
export type RowsUpdatedListener = (view: MatrixView, rows: readonly DomainRow[]) => void;

const rowListeners = new Set<RowsUpdatedListener>();

export function onRowsUpdated(listener: RowsUpdatedListener): () => void {
  rowListeners.add(listener);
  return () => rowListeners.delete(listener);
}

/** Called by changes.ts after the matrix was patched. */
export function announceRowsUpdated(before: MatrixView | undefined, view: MatrixView | undefined, changedIds: ReadonlySet<string>): void {
  if (!before || !view || changedIds.size === 0 || view.rows.length !== before.rows.length || view.actors !== before.actors) return;
  const rows: DomainRow[] = [];
  for (let i = 0; i < view.rows.length; i++) {
    const row = view.rows[i]!;
    // Same places: a row moved (a changed order) goes the whole way through the grid's rowData.
    if (row.id !== before.rows[i]!.id) return;
    if (changedIds.has(row.id) && row !== before.rows[i]) rows.push(row);
  }
  if (rows.length === 0) return;
  for (const listener of rowListeners) listener(view, rows);
}
