// Text and pages scroll together. Whichever pane the analyst is moving (wheel, pointer, keys, touch)
// leads; the other follows to the same paragraph — the line at the top of the text is brought to the
// top of the pages and the other way round. Scrolls made by code never lead, so the two never chase
// each other.
import { useEffect, useMemo, useRef } from 'react';
import type { RefObject } from 'react';
import type { Paragraph } from '../../../../shared/types.ts';
import type { TextView } from '../text-view.ts';
import { pageAt } from './zoom.ts';

type Lead = 'text' | 'pages';

/** Where, below the top of a pane, the line that both panes share sits (px). */
const READING_LINE = 24;

interface LineAt {
  paragraphId: string;
  /** Which of the paragraph's lines, and of how many. */
  line: number;
  lines: number;
  y: number;
  height: number;
}

export interface PageSync {
  scrollPagesTo: (top: number) => void;
  takeLead: (lead: Lead) => void;
}

export function usePageSync(
  textScroller: RefObject<HTMLElement | null>,
  textView: RefObject<TextView | null>,
  pane: RefObject<HTMLElement | null>,
  paragraphs: readonly Paragraph[],
  tops: readonly number[],
  scale: number,
): PageSync {
  const lead = useRef<Lead | null>(null);
  const layout = useRef({ tops, scale });
  layout.current = { tops, scale };

  // Each page's printed lines in order of position, with the paragraph they belong to.
  const linesByPage = useMemo(() => {
    const map = new Map<number, LineAt[]>();
    for (const p of paragraphs) {
      const boxes = p.boxes ?? [];
      boxes.forEach((b, line) => {
        const list = map.get(b.page) ?? [];
        list.push({ paragraphId: p.id, line, lines: boxes.length, y: b.y, height: b.height });
        map.set(b.page, list);
      });
    }
    for (const list of map.values()) list.sort((a, b) => a.y - b.y);
    return map;
  }, [paragraphs]);
  const byId = useMemo(() => new Map(paragraphs.map((p) => [p.id, p])), [paragraphs]);

  useEffect(() => {
    const text = textScroller.current;
    const pages = pane.current;
    if (!text || !pages) return;
    const leadFrom = (which: Lead) => () => {
      lead.current = which;
    };
    const cleanups: Array<() => void> = [];
    for (const [el, which] of [
      [text, 'text'],
      [pages, 'pages'],
    ] as const) {
      const take = leadFrom(which);
      for (const type of ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const) {
        el.addEventListener(type, take, { passive: true });
        cleanups.push(() => el.removeEventListener(type, take));
      }
    }

    let frame = 0;
    const follow = () => {
      frame = 0;
      const { tops: t, scale: s } = layout.current;
      if (s === 0 || t.length === 0) return;
      if (lead.current === 'text') {
        const found = topParagraph(text);
        const p = found && byId.get(found.id);
        const boxes = p?.boxes ?? [];
        if (!found || boxes.length === 0) return;
        const box = boxes[Math.min(boxes.length - 1, Math.floor(found.fraction * boxes.length))]!;
        pages.scrollTop = t[box.page - 1]! + box.y * s - READING_LINE;
      } else if (lead.current === 'pages') {
        const at = pages.scrollTop + READING_LINE;
        const page = pageAt(t, at);
        const y = (at - t[page - 1]!) / s;
        const lines = linesByPage.get(page) ?? [];
        const line = lines.find((l) => l.y + l.height >= y) ?? lines[lines.length - 1];
        if (!line) return;
        // The paragraph may be far from the rendered part of the (virtualised) text: the view places it.
        textView.current?.scrollToLine(line.paragraphId, line.line / line.lines, READING_LINE);
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(follow);
    };
    text.addEventListener('scroll', schedule, { passive: true });
    pages.addEventListener('scroll', schedule, { passive: true });
    return () => {
      cleanups.forEach((c) => c());
      text.removeEventListener('scroll', schedule);
      pages.removeEventListener('scroll', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [textScroller, textView, pane, linesByPage, byId]);

  return useMemo<PageSync>(
    () => ({
      scrollPagesTo: (top: number) => {
        const el = pane.current;
        if (!el) return;
        lead.current = null;
        el.scrollTop = top;
      },
      takeLead: (which: Lead) => {
        lead.current = which;
      },
    }),
    [pane],
  );
}

/** The paragraph at the top of the text pane, and how far into it (0–1) the top is. */
function topParagraph(scroller: HTMLElement): { id: string; fraction: number } | null {
  const items = scroller.querySelectorAll<HTMLElement>('[data-paragraph-id]');
  if (items.length === 0) return null;
  const top = scroller.getBoundingClientRect().top + READING_LINE;
  let lo = 0;
  let hi = items.length - 1;
  // The first paragraph whose bottom is below the reading line.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.getBoundingClientRect().bottom <= top) lo = mid + 1;
    else hi = mid;
  }
  const el = items[lo]!;
  const r = el.getBoundingClientRect();
  return { id: el.dataset['paragraphId']!, fraction: r.height > 0 ? Math.min(0.999, Math.max(0, (top - r.top) / r.height)) : 0 };
}
