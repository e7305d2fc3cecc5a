// The page view's PDF: the original opened (or kept open) by original-doc.ts, and what became of it
// — ready, missing or changed on disk (then the reader says so and shows the text), or unreadable.
import { useEffect, useState } from 'react';
import { watchOriginal } from './original-doc.ts';
import type { OpenedOriginal } from './original-doc.ts';
import type { Opening } from './use-pages-state.ts';

export type OriginalPdf = { status: 'loading' } | OpenedOriginal;

export function useOriginalPdf(opening: Opening | null): OriginalPdf {
  const [state, setState] = useState<OriginalPdf>({ status: 'loading' });
  useEffect(() => {
    if (!opening) {
      // Another document (or none): the previous one's PDF is not this view's any more.
      setState({ status: 'loading' });
      return;
    }
    let live = true;
    let unwatch = () => {};
    setState({ status: 'loading' });
    void opening.opened.then((opened) => {
      if (!live) return;
      setState(opened);
      if (opened.status === 'ready') unwatch = watchOriginal(opening.docId, (problem) => live && setState(problem));
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [opening]);
  return state;
}
