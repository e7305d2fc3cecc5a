import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from './status.ts';

export type Loaded<T> = { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

/**
 * Loads `load(key)` whenever `key` changes (null = nothing to load), keeping every result by key so
 * going back to something already read is instant. Answers to an outdated key are ignored.
 */
export function useLoader<T>(key: string | null, load: (key: string) => Promise<T>): [Loaded<T>, () => void, (key: string) => void] {
  const cache = useRef(new Map<string, T>());
  const [state, setState] = useState<{ key: string | null; loaded: Loaded<T> }>({ key: null, loaded: { status: 'idle' } });
  const [attempt, setAttempt] = useState(0);
  const latestLoad = useRef(load);
  useEffect(() => {
    latestLoad.current = load;
  });

  useEffect(() => {
    if (key === null) {
      setState({ key, loaded: { status: 'idle' } });
      return;
    }
    const cached = cache.current.get(key);
    if (cached !== undefined) {
      setState({ key, loaded: { status: 'ready', value: cached } });
      return;
    }
    let current = true;
    setState({ key, loaded: { status: 'loading' } });
    latestLoad.current(key).then(
      (value) => {
        cache.current.set(key, value);
        if (current) setState({ key, loaded: { status: 'ready', value } });
      },
      (error: unknown) => {
        if (current) setState({ key, loaded: { status: 'error', message: describeError(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  /** What was read for `key` is out of date (a source replaced by a new version): read it again. */
  const forget = useCallback((stale: string) => {
    cache.current.delete(stale);
    setAttempt((n) => n + 1);
  }, []);
  // Until the effect has run for a new key, report loading rather than the previous key's result.
  const loaded: Loaded<T> = state.key === key ? state.loaded : key === null ? { status: 'idle' } : { status: 'loading' };
  return [loaded, retry, forget];
}
