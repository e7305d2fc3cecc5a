// The matrix is the home view: when the app opens on it, its data is requested while the grid's
// code is still loading, instead of after (see shell/boot.ts).
import type { MatrixState } from '../../../../shared/contract.ts';
import { api } from '../../api/client.ts';

let pending: Promise<MatrixState> | null = null;
/** The prefetched response once it has arrived, so the view can start from it without a loading pass. */
let arrived: MatrixState | null = null;

export function prefetchMatrix(): void {
  if (pending) return;
  const mine = api.getMatrix();
  pending = mine;
  mine.then(
    (state) => {
      if (pending === mine) arrived = state;
    },
    // A failure is reported when the view takes the promise; never as an unhandled rejection here.
    () => undefined,
  );
}

/** The prefetched response, once; afterwards null, so later loads always ask afresh. */
export function takePrefetchedMatrix(): Promise<MatrixState> | null {
  const taken = pending;
  pending = null;
  arrived = null;
  return taken;
}

/** The prefetched response if it has already arrived (taking it, as takePrefetchedMatrix does). */
export function takeArrivedMatrix(): MatrixState | null {
  const state = arrived;
  if (state) takePrefetchedMatrix();
  return state;
}
