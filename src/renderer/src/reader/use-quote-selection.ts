import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { quoteFromSelection } from './selection.ts';
import type { QuoteSelection } from './selection.ts';

export interface SelectedQuote {
  quote: QuoteSelection;
  /** The container's box when measured, to keep a floating control inside it. */
  bounds: DOMRect;
}

/**
 * The quote the analyst has selected in the reader's text, kept up to date while they drag or scroll.
 * `enabled` is false while the reader is hidden, so selections elsewhere are ignored.
 */
export function useQuoteSelection(
  container: RefObject<HTMLElement | null>,
  textOf: (paragraphId: string) => string | undefined,
  enabled: boolean,
): [SelectedQuote | null, () => void] {
  const [quote, setQuote] = useState<SelectedQuote | null>(null);
  const latestTextOf = useRef(textOf);
  useEffect(() => {
    latestTextOf.current = textOf;
  });

  useEffect(() => {
    if (!enabled) {
      setQuote(null);
      return;
    }
    let frame = 0;
    // selectionchange fires for every pixel of a drag: measure at most once per frame.
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const el = container.current;
        const quote = el ? quoteFromSelection(document.getSelection(), el, latestTextOf.current) : null;
        setQuote(el && quote ? { quote, bounds: el.getBoundingClientRect() } : null);
      });
    };
    const scroller = container.current;
    // A selection made before (e.g. kept while the picker was open) counts as soon as we listen again.
    update();
    document.addEventListener('selectionchange', update);
    scroller?.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      scroller?.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [container, enabled]);

  const clear = useCallback(() => {
    document.getSelection()?.removeAllRanges();
    setQuote(null);
  }, []);
  return [quote, clear];
}
