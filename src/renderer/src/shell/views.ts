// The matrix and annotations views load on first use: a deep link into the reader then never waits
// for the grid library, which is most of the bundle.
import { lazy } from 'react';

export const MatrixView = lazy(async () => ({ default: (await import('../matrix/MatrixView.tsx')).MatrixView }));
export const AnnotationsView = lazy(async () => ({ default: (await import('../annotations/AnnotationsView.tsx')).AnnotationsView }));
