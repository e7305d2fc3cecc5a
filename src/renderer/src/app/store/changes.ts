// What a write changed, applied to the store: the matrix is patched in place and the step goes into
// the histories held; a cell's quotes, a domain's annotations and the merge conflicts are invalidated
// only when main says the step changed them, so a saved summary costs one round trip (the save) and
// an open evidence panel refetches nothing on an unrelated edit. Each write's own result is applied at once (the view the
// analyst acted in shows it without waiting) and main's `matrix:changed` for it arrives too (in
// Electron, just before it): both carry the change's number, and a change is applied once.
import { flushSync } from 'react-dom';
import type { EditResult, MatrixChangedEvent, MatrixView } from '../../../../shared/types.ts';
import { onEvent } from '../../api/client.ts';
import { takeHistoryStep } from './cells.ts';
import { announceRowsUpdated, patchMatrix } from './matrix.ts';
import { rememberRowClaims } from './row-claims.ts';
import { flushStoreNotifications, queryClient, queryKeys } from './query-client.ts';

const shared = { cancelRefetch: false } as const;

/** The numbers of the changes applied lately (a result and its event arrive within moments of each other). */
const applied = new Set<number>();
const APPLIED_KEPT = 256;

/** Whether this change was applied already; if not, it is marked as applied now. */
function seen(change: number | undefined): boolean {
  if (change === undefined) return false;
  if (applied.has(change)) return true;
  applied.add(change);
  if (applied.size > APPLIED_KEPT) applied.delete(applied.values().next().value!);
  return false;
}

/** How many changes the store has taken in: the claim check uses it to tell an older answer from a newer one. */
let version = 0;

export function storeVersion(): number {
  return version;
}

/**
 * A write's answer, in the view that asked for it: the store takes the change and `then` updates the
 * view's own state (an editor closes, "Saved" shows), and all of it renders in ONE commit, the grid's
 * row included, before the next frame. (Otherwise the cache's notification and the view's state
 * updates render separately, each a pass over the matrix view.)
 */
export function applyWrite(result: EditResult, then?: () => void): void {
  flushSync(() => {
    applyEdit(result);
    then?.();
    flushStoreNotifications();
  });
}

export function applyEdit(result: EditResult): void {
  if (seen(result.change)) return;
  version++;
  const { changed } = result;
  if (changed.reset) {
    // Another project was opened: everything may differ.
    void queryClient.invalidateQueries(undefined, shared);
    return;
  }
  // The grid's rows first: the view the analyst acted in shows the change without waiting for anything else.
  const before = queryClient.getQueryData<MatrixView>(queryKeys.matrix);
  const view = queryClient.setQueryData<MatrixView>(queryKeys.matrix, (old) => (old ? patchMatrix(old, result) : old));
  const ids = new Set(changed.rows.map((r) => r.id));
  // By the row objects the cache now holds (its structural sharing copies what changed).
  if (changed.claims && view && ids.size > 0) rememberRowClaims(view.rows.filter((r) => ids.has(r.id)), changed.claims);
  announceRowsUpdated(before, view, ids);
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
  // A write made elsewhere (the menu's Undo, the reader) renders in one commit too.
  const stop = onEvent('matrix:changed', (event: MatrixChangedEvent) => applyWrite(event));
  return () => {
    started = false;
    stop();
  };
}

/** Everything from main again (another project was opened). */
export function reloadAll(): Promise<void> {
  return queryClient.invalidateQueries(undefined, shared);
}
