// The matrix and annotations views are separate chunks. The matrix is the home view, so its chunk
// starts loading (and, when the app opens on it, its data too) as soon as the app starts, in
// parallel with the shell; a deep link into the reader never waits for it.
import { lazy } from 'react';
import { prefetchMatrix } from '../matrix/first-load.ts';
import { parseHash } from './hash-route.ts';

const route = parseHash(window.location.hash);
if (!route || route.view === 'matrix') prefetchMatrix();
const matrixChunk = import('../matrix/MatrixView.tsx');

export const MatrixView = lazy(async () => ({ default: (await matrixChunk).MatrixView }));
export const AnnotationsView = lazy(async () => ({ default: (await import('../annotations/AnnotationsView.tsx')).AnnotationsView }));
