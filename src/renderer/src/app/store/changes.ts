// What a write changed, applied to the store: the matrix is patched in place and the step goes into
// the histories held; a cell's quotes, a domain's annotations and the merge conflicts are invalidated
// only when main says the step changed them, so a saved summary costs one round trip (the save) and
// an open evidence panel refetches nothing on an unrelated edit. Each write's own result is applied at once (the view the
// analyst acted in shows it without waiting) and main's `matrix:changed` for it arrives too: patches
// are upserts and invalidations share a fetch already in flight, so the second application costs
// nothing.
import type { EditResult, MatrixChangedEvent, MatrixView } from '../../../../shared/types.ts';
import { onEvent } from '../../api/client.ts';
import { takeHistoryStep } from './cells.ts';
import { patchMatrix } from './matrix.ts';
import { rememberRowClaims } from './row-claims.ts';
import { queryClient, queryKeys } from './query-client.ts';

const shared = { cancelRefetch: false } as const;

export function applyEdit(result: EditResult): void {
  const { changed } = result;
  if (changed.reset) {
    // Another project was opened: everything may differ.
    void queryClient.invalidateQueries(undefined, shared);
    return;
  }
  // The grid's rows first: the view the analyst acted in shows the change without waiting for anything else.
  const view = queryClient.setQueryData<MatrixView>(queryKeys.matrix, (before) => (before ? patchMatrix(before, result) : before));
  // By the row objects the cache now holds (its structural sharing copies what changed).
  if (changed.claims && view && changed.rows.length > 0) {
    const ids = new Set(changed.rows.map((r) => r.id));
    rememberRowClaims(view.rows.filter((r) => ids.has(r.id)), changed.claims);
  }
  if (changed.historyStep) takeHistoryStep(changed.historyStep);
  else for (const cell of changed.cells) void queryClient.invalidateQueries({ queryKey: queryKeys.history(cell.domainId, cell.actorId), exact: true }, shared);
  // Only what the step really changed is asked for again: a summary saved refetches nothing.
  if (changed.mergeConflicts) void queryClient.invalidateQueries({ queryKey: queryKeys.mergeConflicts }, shared);
  if (changed.categories) void queryClient.invalidateQueries({ queryKey: queryKeys.categories }, shared);
  for (const cell of changed.quotes) void queryClient.invalidateQueries({ queryKey: queryKeys.evidence(cell.domainId, cell.actorId), exact: true }, shared);
  if (changed.annotations.length > 0) {
    const domains = new Set(changed.cells.map((c) => c.domainId));
    void queryClient.invalidateQueries(
      {
        queryKey: ['annotations'],
        predicate: (query) => {
          const filter = query.queryKey[1] as { domainId?: string } | undefined;
          // A domain's own list only when an annotation of that domain changed; filtered lists whenever one did.
          return filter?.domainId !== undefined && Object.keys(filter).length === 1 ? domains.has(filter.domainId) : true;
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
