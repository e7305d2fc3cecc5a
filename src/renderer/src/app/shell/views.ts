// The matrix and annotations views are separate chunks. The matrix is the home view, so its chunk
// starts loading (and, when the app opens on it, its data too: see boot.ts) as soon as the app
// starts, in parallel with the shell; a deep link into the reader never waits for it.
//
// Not React.lazy: a view that suspends shows its fallback, and React then holds the loaded view back
// until 300 ms after that fallback appeared (its Suspense "fallback throttle"). On startup that was a
// third of the time to the first matrix row. A chunk that has arrived renders at once instead; one
// still loading shows the loading screen and re-renders when it arrives, without suspending.
import { createElement, useEffect, useState } from 'react';
import type { ComponentType } from 'react';
import { LoadingScreen } from './LoadingScreen.tsx';

function chunkView(load: () => Promise<ComponentType>, eager: boolean): ComponentType {
  let loaded: ComponentType | null = null;
  let pending: Promise<ComponentType> | null = null;
  const start = () =>
    (pending ??= load().then(
      (view) => (loaded = view),
      (error: unknown) => {
        pending = null; // A later mount (Retry) tries again.
        throw error;
      },
    ));
  if (eager) void start().catch(() => undefined);

  return function ChunkView() {
    // The view as this component has it: the chunk that had arrived when it mounted, else the one
    // its effect hears of.
    const [view, setView] = useState<ComponentType | null>(() => loaded);
    const [error, setError] = useState<Error | null>(null);
    useEffect(() => {
      if (view) return;
      // Subscribe even when the chunk arrived between the render (which showed the loading screen)
      // and this effect: returning early then left the loading screen up for good, which happened
      // under load on startup and after reloads.
      let live = true;
      start().then(
        (arrived) => live && setView(() => arrived),
        (e: unknown) => live && setError(e instanceof Error ? e : new Error(String(e))),
      );
      return () => {
        live = false;
      };
    }, [view]);
    // The view's error boundary shows a failed load with Retry, as it would a failed render.
    if (error) throw error;
    return createElement(view ?? LoadingScreen);
  };
}

export const MatrixView = chunkView(async () => (await import('../../matrix/MatrixView.tsx')).MatrixView, true);
export const AnnotationsView = chunkView(async () => (await import('../../annotations/AnnotationsView.tsx')).AnnotationsView, false);
