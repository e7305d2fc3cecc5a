// What a write changed, applied to the store: the matrix is patched in place; a cell's quotes,
// history and annotations are invalidated only when main names that cell, so an open evidence panel
// refetches nothing on an unrelated edit. Each write's own result is applied at once (the view the
// analyst acted in shows it without waiting) and main's `matrix:changed` for it arrives too: patches
// are upserts and invalidations share a fetch already in flight, so the second application costs
// nothing.
import type { EditResult, MatrixChangedEvent, MatrixView } from '../../../../shared/types.ts';
import { onEvent } from '../../api/client.ts';
import { patchMatrix } from './matrix.ts';
import { queryClient, queryKeys } from './query-client.ts';

const shared = { cancelRefetch: false } as const;

export function applyEdit(result: EditResult): void {
  const { changed } = result;
  // Merging, settling a merge conflict and undoing either change the list; it is small, so any write refreshes it.
  void queryClient.invalidateQueries({ queryKey: queryKeys.mergeConflicts }, shared);
  if (changed.reset) {
    // Another project was opened: everything may differ.
    void queryClient.invalidateQueries(undefined, shared);
    return;
  }
  queryClient.setQueryData<MatrixView>(queryKeys.matrix, (view) => (view ? patchMatrix(view, result) : view));
  if (changed.categories) void queryClient.invalidateQueries({ queryKey: queryKeys.categories }, shared);

  const domains = new Set(changed.cells.map((c) => c.domainId));
  for (const cell of changed.cells) {
    void queryClient.invalidateQueries({ queryKey: queryKeys.evidence(cell.domainId, cell.actorId), exact: true }, shared);
    void queryClient.invalidateQueries({ queryKey: queryKeys.history(cell.domainId, cell.actorId), exact: true }, shared);
  }
  if (domains.size > 0 || changed.annotations.length > 0) {
    void queryClient.invalidateQueries(
      {
        queryKey: ['annotations'],
        predicate: (query) => {
          const filter = query.queryKey[1] as { domainId?: string } | undefined;
          // A domain's own list only when that domain changed; filtered lists whenever annotations did.
          return filter?.domainId !== undefined && Object.keys(filter).length === 1
            ? domains.has(filter.domainId)
            : changed.annotations.length > 0 || domains.size > 0;
        },
      },
      shared,
    );
  }
  if (changed.rows.length > 0 || changed.removedRows.length > 0 || changed.actors) {
    // Names and quote counts: the reader's outline and the quick filter's matches.
    void queryClient.invalidateQueries({ queryKey: queryKeys.outline }, shared);
    void queryClient.invalidateQueries({ queryKey: ['find'] }, shared);
  }
}

let started = false;

/** Follow main's announcements of writes made anywhere (menu, other views, the reader). Once per app. */
export function followMatrixChanges(): () => void {
  if (started) return () => undefined;
  started = true;
  const stop = onEvent('matrix:changed', (event: MatrixChangedEvent) => applyEdit(event));
  return () => {
    started = false;
    stop();
  };
}

/** Everything from main again (another project was opened). */
export function reloadAll(): Promise<void> {
  return queryClient.invalidateQueries(undefined, shared);
}
