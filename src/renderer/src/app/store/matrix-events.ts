// The window event every view uses to say "the matrix changed" (undo from the menu, evidence added in
// the reader, a project opened). Detail is the new MatrixState when the sender has it.
import type { MatrixState } from '../../../../shared/contract.ts';

export const MATRIX_CHANGED = 'pm:matrix-changed';

export function announceMatrix(state: MatrixState): void {
  window.dispatchEvent(new CustomEvent<MatrixState>(MATRIX_CHANGED, { detail: state }));
}

function isMatrixState(value: unknown): value is MatrixState {
  return typeof value === 'object' && value !== null && 'matrix' in value && 'annotationCounts' in value;
}

/** Subscribe; the listener gets the new state, or null when the sender did not include one. */
export function onMatrixChanged(listener: (state: MatrixState | null) => void): () => void {
  const handle = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    listener(isMatrixState(detail) ? detail : null);
  };
  window.addEventListener(MATRIX_CHANGED, handle);
  return () => window.removeEventListener(MATRIX_CHANGED, handle);
}
