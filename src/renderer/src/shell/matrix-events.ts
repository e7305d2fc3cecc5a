// Edits made outside the matrix view (undo/redo from the menu, evidence added in the reader) reach the
// matrix through one window event carrying the new state, so the matrix never has to poll.
import type { MatrixState } from '../../../shared/contract.ts';

export const MATRIX_CHANGED = 'pm:matrix-changed';

export function emitMatrixChanged(state: MatrixState): void {
  window.dispatchEvent(new CustomEvent<MatrixState>(MATRIX_CHANGED, { detail: state }));
}

/** Subscribe to matrix changes; returns the unsubscribe function (handy as an effect cleanup). */
export function onMatrixChanged(listener: (state: MatrixState) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<MatrixState>).detail);
  window.addEventListener(MATRIX_CHANGED, handler);
  return () => window.removeEventListener(MATRIX_CHANGED, handler);
}
