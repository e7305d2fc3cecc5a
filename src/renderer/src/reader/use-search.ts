import { useEffect, useState } from 'react';
import type { SearchResult } from '../../../shared/types.ts';
import { api } from '../api/client.ts';
import { describeError } from '../app/status.ts';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'error'; query: string; message: string }
  | { status: 'ready'; result: SearchResult };

// Enough to cover every plausible hit in two papers; the count shows when there are more.
const LIMIT = 200;
// Searching on every keystroke would flood the backend while a word is still being typed.
const DEBOUNCE_MS = 200;

/** Searches as the query settles; `docId` limits the scope to one document. */
export function useSearch(query: string, docId: string | undefined): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const trimmed = query.trim();

  useEffect(() => {
    if (!trimmed) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    setState({ status: 'loading', query: trimmed });
    const timer = window.setTimeout(() => {
      api.search({ query: trimmed.slice(0, 200), limit: LIMIT, ...(docId ? { docId } : {}) }).then(
        (result) => live && setState({ status: 'ready', result }),
        (error: unknown) => live && setState({ status: 'error', query: trimmed, message: describeError(error) }),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [trimmed, docId]);

  return state;
}
