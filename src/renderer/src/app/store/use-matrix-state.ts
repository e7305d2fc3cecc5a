// The matrix as main last reported it. Every mutation returns a new MatrixState: `apply` replaces ours
// with it and tells the other views, so the shell, the reader and the annotations tab stay in step.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MatrixState } from '../../../../shared/contract.ts';
import { api } from '../../api/client.ts';
import { takeArrivedMatrix, takePrefetchedMatrix } from './first-load.ts';
import { announceMatrix, onMatrixChanged } from './matrix-events.ts';

export interface MatrixStore {
  state: MatrixState | null;
  loadError: string | null;
  apply(next: MatrixState): void;
  reload(): Promise<MatrixState | null>;
}

export function useMatrixState(): MatrixStore {
  // Data prefetched at startup that is already here renders in the first pass, without a loading one.
  const [initial] = useState(takeArrivedMatrix);
  const [state, setState] = useState<MatrixState | null>(initial);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Responses can overtake each other; only the newest request may set the state.
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const next = await (takePrefetchedMatrix() ?? api.getMatrix());
      if (mine === generation.current) {
        setState(next);
        setLoadError(null);
      }
      return next;
    } catch (error) {
      if (mine === generation.current) setLoadError(error instanceof Error ? error.message : String(error));
      return null;
    }
  }, []);

  const apply = useCallback((next: MatrixState) => {
    generation.current++;
    setState(next);
    announceMatrix(next);
  }, []);

  useEffect(() => {
    if (!initial) void reload();
    return onMatrixChanged((next) => {
      if (next) {
        generation.current++;
        setState(next);
      } else void reload();
    });
  }, [reload, initial]);

  return { state, loadError, apply, reload };
}
