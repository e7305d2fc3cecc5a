import { useEffect, useState } from 'react';
import type { RefObject } from 'react';
import type { TextView } from './text-view.ts';

// The reading line: a heading above it starts the section being read. A third of the way down
// rather than the very top, because targets are scrolled to the centre.
const READING_LINE = 1 / 3;

/**
 * The heading whose section is at the scroller's reading line, updated once per frame while scrolling.
 * Headings are placed by the text view (most are not rendered: the text is virtualised).
 */
export function useCurrentSection(scroller: RefObject<HTMLElement | null>, view: RefObject<TextView | null>, headingIds: readonly string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);

  useEffect(() => {
    const el = scroller.current;
    if (!el || headingIds.length === 0) {
      setCurrent(null);
      return;
    }
    let frame = 0;
    const measure = () => {
      const text = view.current;
      if (!text) return;
      const line = el.scrollTop + el.clientHeight * READING_LINE;
      // Headings are in reading order, so their places only grow: the last one above the line (found
      // by halving, a long document has hundreds) is the current section.
      let lo = 0;
      let hi = headingIds.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((text.place(headingIds[mid]!)?.top ?? Infinity) <= line) lo = mid;
        else hi = mid - 1;
      }
      setCurrent(headingIds[lo] ?? null);
    };
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    // After the text's first layout pass (it places the headings).
    frame = requestAnimationFrame(measure);
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', onScroll);
    };
  }, [scroller, view, headingIds]);

  return current;
}
