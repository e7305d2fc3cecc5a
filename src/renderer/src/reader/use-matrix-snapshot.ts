import { useCallback, useEffect, useState } from 'react';
import type { Matrix } from '../../../shared/types.ts';
import { api } from '../api/client.ts';
import { onMatrixChanged } from '../app/store/matrix-events.ts';
import { describeError } from '../app/status.ts';

export type MatrixSnapshot = { status: 'idle' | 'loading' } | { status: 'error'; message: string } | { status: 'ready'; matrix: Matrix };

/**
 * The matrix's domains and actors, for naming cells (the evidence picker, the "back to" label).
 * Fetched whenever it becomes `needed`, and kept current from pm:matrix-changed meanwhile.
 */
export function useMatrixSnapshot(needed: boolean): [MatrixSnapshot, () => void] {
  const [snapshot, setSnapshot] = useState<MatrixSnapshot>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!needed) return;
    let live = true;
    const load = () => {
      setSnapshot((s) => (s.status === 'ready' ? s : { status: 'loading' }));
      api.getMatrix().then(
        (state) => live && setSnapshot({ status: 'ready', matrix: state.matrix }),
        (error: unknown) => live && setSnapshot({ status: 'error', message: describeError(error) }),
      );
    };
    load();
    const unsubscribe = onMatrixChanged((state) => (state ? setSnapshot({ status: 'ready', matrix: state.matrix }) : load()));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [needed, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [snapshot, retry];
}
