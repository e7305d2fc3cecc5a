// The renderer's one store: TanStack Query's cache holds everything the views show that main owns
// (the matrix, a cell's quotes, history and annotations, the documents, the reader's outline).
// Nothing goes stale by time — data changes only through writes, and every write's result (and main's
// `matrix:changed`) patches or invalidates exactly the entries it touched (see changes.ts).
import { notifyManager, QueryClient } from '@tanstack/react-query';

// The cache tells the views about a change in a microtask rather than the library's default
// setTimeout(0): a saved summary's row then renders in the task that received main's answer, not
// behind whatever tasks (frames, other answers) are queued by then. Still batched, never inside a render.
// A write's answer can flush them at once instead (flushStoreNotifications), so that the store's
// change and the view's own state (an editor closing) render in one commit (changes.ts: applyWrite).
let pending: Array<() => void> = [];
notifyManager.setScheduler((notify) => {
  pending.push(notify);
  if (pending.length === 1) queueMicrotask(flushStoreNotifications);
});

/** Deliver the cache's queued notifications now (to the views subscribed), in order. */
export function flushStoreNotifications(): void {
  while (pending.length > 0) {
    const batch = pending;
    pending = [];
    for (const notify of batch) notify();
  }
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: Infinity,
      gcTime: 10 * 60_000,
      // A failed request shows its error with Retry; repeating it silently would only delay that.
      retry: false,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    },
  },
});

/** Every cache entry's key, in one place so a write's invalidation names exactly what it touched. */
export const queryKeys = {
  matrix: ['matrix'] as const,
  evidence: (domainId: string, actorId: string | null) => ['evidence', domainId, actorId] as const,
  history: (domainId: string, actorId: string | null) => ['history', domainId, actorId] as const,
  /** All annotations of one domain (the evidence panel), or a filtered list (the Annotations tab). */
  annotations: (filter: { domainId?: string; category?: string; query?: string }) => ['annotations', filter] as const,
  documents: ['documents'] as const,
  outline: ['outline'] as const,
  find: (query: string) => ['find', query] as const,
  /** Annotation categories: shipped and this project's own. */
  categories: ['categories'] as const,
  /** Open merge conflicts (a merged colleague's project changed a value differently). */
  mergeConflicts: ['mergeConflicts'] as const,
};
