// A summary the analyst has just saved and main has not yet committed: the grid's cell shows it at
// once, marked "Saving…" (never as saved), until main's answer either brings the committed row (the
// mark goes in the same commit that takes the row in) or fails (the mark goes, the cell shows the
// saved text again, and the editor keeps the analyst's text with the error). Only the cell concerned
// re-renders: each cell listens to its own key.
import { useCallback, useSyncExternalStore } from 'react';
import type { Lang } from '../../../../shared/types.ts';

export type PendingText = Partial<Record<Lang, string>>;

const pending = new Map<string, PendingText>();
const listeners = new Map<string, Set<() => void>>();

const keyOf = (domainId: string, actorId: string) => `${domainId}/${actorId}`;

function notify(key: string): void {
  for (const listener of listeners.get(key) ?? []) listener();
}

/** Show `text` (the languages the save changes) in the cell until `settlePendingText`. */
export function showPendingText(domainId: string, actorId: string, text: PendingText): void {
  const key = keyOf(domainId, actorId);
  pending.set(key, text);
  notify(key);
}

/** The save's answer came (committed or failed): the cell shows the store's text again. */
export function settlePendingText(domainId: string, actorId: string, text: PendingText): void {
  const key = keyOf(domainId, actorId);
  // A later save of the same cell owns the mark now.
  if (pending.get(key) !== text) return;
  pending.delete(key);
  notify(key);
}

/** The text a save of this cell is committing, if one is under way. */
export function usePendingText(domainId: string | undefined, actorId: string): PendingText | undefined {
  const key = domainId === undefined ? '' : keyOf(domainId, actorId);
  const subscribe = useCallback(
    (listener: () => void) => {
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(key);
      };
    },
    [key],
  );
  return useSyncExternalStore(subscribe, () => pending.get(key));
}
