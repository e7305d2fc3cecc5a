// The matrix and annotations views are built alongside the shell. Until their modules exist the glob
// finds nothing and the shell shows a placeholder, so the build never depends on their progress.
import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';

type ViewModule = Record<string, unknown>;

function viewFrom(modules: Record<string, () => Promise<ViewModule>>, exportName: string): LazyExoticComponent<ComponentType> | null {
  const load = Object.values(modules)[0];
  if (!load) return null;
  return lazy(async () => ({ default: (await load())[exportName] as ComponentType }));
}

export const MatrixView = viewFrom(import.meta.glob<ViewModule>('../matrix/MatrixView.tsx'), 'MatrixView');
export const AnnotationsView = viewFrom(import.meta.glob<ViewModule>('../annotations/AnnotationsView.tsx'), 'AnnotationsView');
