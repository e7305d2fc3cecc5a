// The matrix is the home view: when the app opens on it, its data is requested while the grid's
// code is still loading, instead of after.
import type { MatrixState } from '../../../shared/contract.ts';
import { api } from '../api.ts';

let pending: Promise<MatrixState> | null = null;

export function prefetchMatrix(): void {
  if (pending) return;
  pending = api.getMatrix();
  // A failure is reported when the view takes the promise; never as an unhandled rejection here.
  pending.catch(() => undefined);
}

/** The prefetched response, once; afterwards null, so later loads always ask afresh. */
export function takePrefetchedMatrix(): Promise<MatrixState> | null {
  const taken = pending;
  pending = null;
  return taken;
}
