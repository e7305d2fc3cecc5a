import { useEffect, useState } from 'react';
import type { RefObject } from 'react';
import { paragraphDomId } from './footnotes.ts';

// The reading line: a heading above it starts the section being read. A third of the way down
// rather than the very top, because targets are scrolled to the centre.
const READING_LINE = 1 / 3;

/** The heading whose section is at the scroller's reading line, updated once per frame while scrolling. */
export function useCurrentSection(scroller: RefObject<HTMLElement | null>, headingIds: readonly string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);

  useEffect(() => {
    const el = scroller.current;
    if (!el || headingIds.length === 0) {
      setCurrent(null);
      return;
    }
    let frame = 0;
    const measure = () => {
      const box = el.getBoundingClientRect();
      const top = box.top + box.height * READING_LINE;
      let found: string | null = null;
      // Headings are in reading order, so the last one above the line is the current section.
      for (const id of headingIds) {
        const heading = document.getElementById(paragraphDomId(id));
        if (!heading) continue;
        if (heading.getBoundingClientRect().top <= top) found = id;
        else break;
      }
      setCurrent(found ?? headingIds[0] ?? null);
    };
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    measure();
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', onScroll);
    };
  }, [scroller, headingIds]);

  return current;
}
