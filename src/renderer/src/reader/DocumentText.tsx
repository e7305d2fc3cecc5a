import { Fragment, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Ref, RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { DocumentSummary, Paragraph } from '../../../shared/types.ts';
import { DocumentHeader } from './DocumentHeader.tsx';
import { footnoteLinks } from './footnotes.ts';
import { ParagraphBlock } from './ParagraphBlock.tsx';
import type { ReaderFocus } from './reader-focus.ts';
import { TextLayout, estimateHeight } from './text-layout.ts';
import type { Range, TextMetrics } from './text-layout.ts';
import type { TextView } from './text-view.ts';

interface Props {
  doc: DocumentSummary;
  paragraphs: readonly Paragraph[];
  focus: ReaderFocus | null;
  terms: readonly string[];
  scroller: RefObject<HTMLElement | null>;
  /** Filled with what the rest of the reader may ask of the text (reveal, place, scroll to a line). */
  view: Ref<TextView | null>;
  onFollowFootnote: (footnoteId: string) => void;
  onBackFromFootnote: (footnote: Paragraph) => void;
  /** For a PDF source: show a paragraph on its original page. */
  onShowOnPage?: ((paragraph: Paragraph) => void) | undefined;
}

/** Paragraphs rendered beyond the visible part, in pane heights on each side. */
const OVERSCAN = 1;
/** The rendered part is renewed once the view comes within this many pane heights of its edge. */
const REFILL = 0.5;
/** …or once it has grown beyond this many pane heights (so the DOM stays bounded). */
const MAX_SPAN = 5;
/**
 * While the pages lead, the text follows them within what it has rendered; rendering the next part
 * waits until the pages have stood still this long (ms). Rendering 25–60 paragraphs takes longer than
 * a frame, so doing it as the pages fly by dropped every fourth or fifth frame of their scrolling.
 */
const FOLLOW_PAUSE_MS = 120;
/** Measure-and-adjust passes one change may take before the text stops chasing itself. */
const MAX_PASSES = 6;

interface Window {
  layout: TextLayout;
  range: Range;
}

interface Pins {
  /** The paragraph that last held keyboard focus, and the one holding the selection: never unmounted. */
  focus: number | null;
  selection: number | null;
}

const NO_PINS: Pins = { focus: null, selection: null };

/** Whether the text is laid out at all (the reader stays mounted, hidden, while another view shows). */
const isLaidOut = (el: HTMLElement) => el.clientHeight > 0 && el.clientWidth > 0;

/** The width a body paragraph's lines get, as reader.css lays them out in a scroller this wide. */
function lineWidthFor(scrollerWidth: number): number {
  const vw = window.innerWidth;
  const column = Math.min(860, scrollerWidth);
  const padding = Math.min(24, Math.max(8, 0.02 * vw)) + Math.min(40, Math.max(16, 0.03 * vw));
  return column - padding - 76 - 12;
}

/**
 * A whole document's text, virtualised: the header, then only the paragraphs in and near view, with
 * spacers of the others' heights above and below (measured once a paragraph has been on screen,
 * estimated until then). The scroll position stays put while estimates become measurements, the
 * paragraph holding focus or the selection stays rendered wherever it scrolls, and a deep link is
 * rendered, measured and scrolled to before the first paint. Short and long documents alike.
 */
export function DocumentText({ doc, paragraphs, focus, terms, scroller, view, onFollowFootnote, onBackFromFootnote, onShowOnPage }: Props) {
  const links = useMemo(() => footnoteLinks(paragraphs), [paragraphs]);
  const indexById = useMemo(() => new Map(paragraphs.map((p, i) => [p.id, i] as const)), [paragraphs]);
  const focusHere = focus && focus.docId === doc.id ? focus : null;
  const list = useRef<HTMLDivElement>(null);
  const topSpacer = useRef<HTMLDivElement>(null);
  const bottomSpacer = useRef<HTMLDivElement>(null);
  const metrics = useRef<TextMetrics | null>(null);

  // One layout per text; estimates use the width the lines will have.
  const layout = useMemo(() => {
    const m = (metrics.current ??= { lineWidth: lineWidthFor(scroller.current?.clientWidth ?? 800) });
    return new TextLayout(paragraphs.length, (i) => estimateHeight(paragraphs[i]!, m));
  }, [paragraphs, scroller]);

  const firstRange = (l: TextLayout): Range => {
    const height = scroller.current?.clientHeight || 900;
    const target = focusHere ? indexById.get(focusHere.paragraphId) : undefined;
    if (target === undefined) return l.rangeFor(0, height, height * OVERSCAN);
    const at = l.offsetOf(target);
    return l.rangeFor(at - height, at + height, height * OVERSCAN);
  };
  const [win, setWin] = useState<Window>(() => ({ layout, range: firstRange(layout) }));
  let range = win.range;
  if (win.layout !== layout) {
    // A new text (another document, or a new version of this one): start afresh.
    range = firstRange(layout);
    setWin({ layout, range });
  }
  const [pins, setPins] = useState<Pins>(NO_PINS);
  const pinsHere = win.layout === layout ? pins : NO_PINS;

  // What the imperative half below works on: always this render's.
  const live = useRef({ layout, range, indexById, paragraphs });
  live.current = { layout, range, indexById, paragraphs };
  // The range last asked for: several passes of one commit may ask before React renders any of them,
  // and each must build on the one before, not on what is still rendered.
  const wanted = useRef(range);
  wanted.current = range;
  const ask = useCallback((lay: TextLayout, next: Range) => {
    wanted.current = next;
    setWin((w) => (w.layout === lay ? { layout: lay, range: next } : w));
  }, []);
  /** A reveal asked for before its paragraph was rendered: done by the layout pass that renders it. */
  const pending = useRef<{ index: number; block: ScrollLogicalPosition; focusElementId: string | null } | null>(null);
  // Following the pages (scrollToLine): the scroll position it set (its own scroll event renders
  // nothing), and the catch-up that renders and places the text once the pages pause.
  const followedTop = useRef<number | null>(null);
  const catchUp = useRef(0);
  const passes = useRef(0);

  /** The list's top in the scroller's scroll coordinates. */
  const listTop = useCallback((): number => {
    const s = scroller.current;
    const l = list.current;
    if (!s || !l) return 0;
    return l.getBoundingClientRect().top - s.getBoundingClientRect().top - s.clientTop + s.scrollTop;
  }, [scroller]);

  /** Spacers and pinned paragraphs placed from the layout (never through React: the layout changes between renders). */
  const place = useCallback(() => {
    const { layout: l, range: r } = live.current;
    if (topSpacer.current) topSpacer.current.style.height = `${l.offsetOf(r.from)}px`;
    if (bottomSpacer.current) bottomSpacer.current.style.height = `${Math.max(0, l.total() - l.offsetOf(r.to))}px`;
    for (const el of list.current?.querySelectorAll<HTMLElement>(':scope > [data-slot="pinned"]') ?? []) {
      el.style.top = `${l.offsetOf(Number(el.dataset['index']))}px`;
    }
  }, []);

  /**
   * Measures the rendered paragraphs into the layout. With `keep`, the paragraph at the top of the
   * pane stays exactly where it is on screen: whatever measured differently above it moves the
   * scroll position by as much, so estimates becoming measurements never make the text jump.
   */
  const measure = useCallback(
    (keep: boolean) => {
      const s = scroller.current;
      const l = list.current;
      const top = topSpacer.current;
      // Hidden (another view is shown): everything measures 0, which says nothing about the text.
      if (!s || !l || !top || !isLaidOut(s)) return;
      const { layout: lay } = live.current;
      const anchor = lay.indexAt(s.scrollTop - listTop());
      const before = lay.offsetOf(anchor);
      let bottom = top.getBoundingClientRect().bottom;
      for (const el of l.children) {
        if (!(el instanceof HTMLElement) || el.dataset['slot'] !== 'flow') continue;
        const r = el.getBoundingClientRect();
        lay.setHeight(Number(el.dataset['index']), r.bottom - bottom);
        bottom = r.bottom;
      }
      const moved = lay.offsetOf(anchor) - before;
      place();
      if (keep && moved !== 0) s.scrollTop += moved;
    },
    [scroller, listTop, place],
  );

  /** Renders another part of the text if the view has come near the edge of what is rendered. */
  const refill = useCallback(
    (now: boolean) => {
      const s = scroller.current;
      if (!s || !isLaidOut(s)) return;
      const { layout: lay } = live.current;
      const r = wanted.current;
      const height = s.clientHeight || 900;
      const top = s.scrollTop - listTop();
      const bottom = top + height;
      const span = lay.offsetOf(r.to) - lay.offsetOf(r.from);
      if (lay.covers(r, top, bottom, height * REFILL) && span <= height * MAX_SPAN) return;
      const next = lay.rangeFor(top, bottom, height * OVERSCAN);
      if (next.from === r.from && next.to === r.to) return;
      const update = () => ask(lay, next);
      // When not even the visible part is rendered (a drag of the scroll bar), render before this paint.
      if (now && !lay.covers(r, top, bottom, 0)) flushSync(update);
      else update();
    },
    [scroller, listTop, ask],
  );

  /** Scrolls a rendered paragraph into view and focuses what was asked; false if it is not rendered. */
  const revealNow = useCallback(
    (index: number, block: ScrollLogicalPosition, focusElementId: string | null): boolean => {
      const el = list.current?.querySelector<HTMLElement>(`:scope > [data-index="${index}"]`);
      if (!el || !scroller.current || !isLaidOut(scroller.current)) return false;
      el.scrollIntoView({ block });
      if (focusElementId) document.getElementById(focusElementId)?.focus({ preventScroll: true });
      return true;
    },
    [scroller],
  );

  const reveal = useCallback(
    (index: number, block: ScrollLogicalPosition, focusElementId: string | null) => {
      const { layout: lay, range: r } = live.current;
      if (index >= r.from && index < r.to && revealNow(index, block, focusElementId)) {
        pending.current = null;
        refill(false);
        return;
      }
      // Render the paragraph with a pane's height of text on either side; the layout pass scrolls.
      pending.current = { index, block, focusElementId };
      const height = scroller.current?.clientHeight || 900;
      const at = lay.offsetOf(index);
      const next = lay.rangeFor(at - height, at + lay.heightOf(index) + height, height * OVERSCAN);
      ask(lay, next);
    },
    [scroller, refill, revealNow, ask],
  );

  // After every render: spacers placed, new paragraphs measured (keeping the view still), a pending
  // reveal done, and more text rendered if the view needs it — all before the paint.
  useLayoutEffect(() => {
    passes.current++;
    place();
    measure(pending.current === null && passes.current <= MAX_PASSES);
    const asked = pending.current;
    if (asked && revealNow(asked.index, asked.block, asked.focusElementId)) pending.current = null;
    if (passes.current <= MAX_PASSES) refill(false);
    const settle = requestAnimationFrame(() => {
      passes.current = 0;
    });
    return () => cancelAnimationFrame(settle);
  });

  // Paragraphs that change size while on screen (fonts, a search mark, a narrower pane) are measured
  // again; a change of width estimates every paragraph anew, keeping the paragraph in view in place.
  useLayoutEffect(() => {
    const s = scroller.current;
    const l = list.current;
    if (!s || !l) return;
    let width = s.clientWidth;
    const onResize = () => {
      if (!isLaidOut(s)) return;
      const { layout: lay } = live.current;
      if (s.clientWidth !== width && s.clientWidth > 0) {
        width = s.clientWidth;
        const top = s.scrollTop - listTop();
        const anchor = lay.indexAt(top);
        const within = lay.heightOf(anchor) > 0 ? (top - lay.offsetOf(anchor)) / lay.heightOf(anchor) : 0;
        const body = l.querySelector<HTMLElement>(':scope > [data-kind="body"] [data-paragraph-text]');
        const m = { lineWidth: body ? body.clientWidth : lineWidthFor(width) };
        metrics.current = m;
        const { paragraphs: ps } = live.current;
        lay.reestimate((i) => estimateHeight(ps[i]!, m));
        place();
        measure(false);
        s.scrollTop = listTop() + lay.offsetOf(anchor) + within * lay.heightOf(anchor);
      } else {
        measure(true);
      }
      refill(true);
    };
    const observer = new ResizeObserver(onResize);
    observer.observe(s);
    // Only the paragraphs themselves: what this callback changes (spacers, scroll) never resizes them.
    for (const el of l.children) if (el instanceof HTMLElement && el.dataset['slot'] === 'flow') observer.observe(el);
    return () => observer.disconnect();
  });

  // Scrolling renders the next part of the text.
  useEffect(() => {
    const s = scroller.current;
    if (!s) return;
    const onScroll = () => {
      if (followedTop.current !== null && Math.abs(s.scrollTop - followedTop.current) < 1) return;
      // The analyst's own scroll (or another's): a pending catch-up must not undo it.
      followedTop.current = null;
      window.clearTimeout(catchUp.current);
      refill(true);
    };
    s.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      s.removeEventListener('scroll', onScroll);
      window.clearTimeout(catchUp.current);
    };
  }, [scroller, refill]);

  // The paragraph with keyboard focus and the one holding the selection stay rendered.
  useEffect(() => {
    const l = list.current;
    if (!l) return;
    const indexOf = (node: Node | null | undefined): number | null => {
      const el = node instanceof Element ? node : node?.parentElement;
      const para = el?.closest<HTMLElement>('[data-index]');
      return para && l.contains(para) ? Number(para.dataset['index']) : null;
    };
    const pin = (key: keyof Pins, index: number | null) => setPins((p) => (p[key] === index ? p : { ...p, [key]: index }));
    // Kept when focus or the selection leaves the text (a dialog opened from it gives focus back to
    // the paragraph on closing, so it must still be there); replaced when another paragraph takes them.
    const onFocusIn = (e: FocusEvent) => pin('focus', indexOf(e.target as Node));
    const onSelection = () => {
      const sel = document.getSelection();
      if (!sel || sel.rangeCount === 0) return;
      const at = indexOf(sel.anchorNode);
      if (at !== null) pin('selection', sel.isCollapsed ? null : at);
    };
    l.addEventListener('focusin', onFocusIn);
    document.addEventListener('selectionchange', onSelection);
    return () => {
      l.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('selectionchange', onSelection);
    };
  }, []);

  useImperativeHandle(
    view,
    (): TextView => ({
      reveal: (paragraphId, block, focusElementId = null) => {
        const index = live.current.indexById.get(paragraphId);
        if (index !== undefined) reveal(index, block, focusElementId);
      },
      place: (paragraphId) => {
        const index = live.current.indexById.get(paragraphId);
        if (index === undefined) return null;
        const { layout: lay } = live.current;
        return { top: listTop() + lay.offsetOf(index), height: lay.heightOf(index) };
      },
      scrollToLine: (paragraphId, fraction, line) => {
        const s = scroller.current;
        if (!s || !live.current.indexById.has(paragraphId)) return;
        const topOf = () => {
          const { layout: lay, indexById: ids } = live.current;
          const index = ids.get(paragraphId);
          return index === undefined ? null : lay.offsetOf(index) + fraction * lay.heightOf(index) - line;
        };
        const top = topOf()!;
        const { layout: lay, range: r } = live.current;
        // Rendered there already: move now (no render in this frame). If not, the text stays where it
        // is until the pages pause, then renders and moves (see FOLLOW_PAUSE_MS).
        if (lay.covers(r, top, top + s.clientHeight, 0)) {
          s.scrollTop = listTop() + top;
          followedTop.current = s.scrollTop;
        }
        window.clearTimeout(catchUp.current);
        catchUp.current = window.setTimeout(() => {
          const at = topOf();
          if (at === null) return;
          followedTop.current = null;
          s.scrollTop = listTop() + at;
          refill(true);
        }, FOLLOW_PAUSE_MS);
      },
      neighbour: (paragraphId, step) => {
        const index = live.current.indexById.get(paragraphId);
        return index === undefined ? null : (live.current.paragraphs[index + step]?.id ?? null);
      },
    }),
    [reveal, listTop, scroller, refill],
  );

  // A deep link, a search hit, a footnote: rendered and scrolled to before the paint (so the top of
  // the document never shows first). Another document without a target starts at its top.
  const shownSeq = useRef(0);
  const shownDoc = useRef<string | null>(null);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (focusHere && focusHere.seq !== shownSeq.current) {
      const index = indexById.get(focusHere.paragraphId);
      if (index === undefined) return;
      shownSeq.current = focusHere.seq;
      shownDoc.current = doc.id;
      reveal(index, 'center', focusHere.focusElementId);
    } else if (!focusHere && shownDoc.current !== doc.id) {
      shownDoc.current = doc.id;
      el.scrollTop = 0;
      refill(false);
    }
  }, [focusHere, doc.id, indexById, scroller, reveal, refill]);

  const pinned = [...new Set([pinsHere.focus, pinsHere.selection])]
    .filter((i): i is number => i !== null && i < paragraphs.length && (i < range.from || i >= range.to))
    .sort((a, b) => a - b);
  const item = (index: number, slot: 'flow' | 'pinned') => {
    const p = paragraphs[index]!;
    const highlighted = focusHere?.paragraphId === p.id;
    return (
      // Keyed by the request too, so the highlight's fade starts over each time it is asked for.
      <Fragment key={highlighted ? `${p.id}#${focusHere.seq}` : p.id}>
        <ParagraphBlock
          paragraph={p}
          index={index}
          setSize={paragraphs.length}
          slot={slot}
          markers={links.get(p.id)}
          terms={terms}
          highlighted={highlighted}
          quote={highlighted ? focusHere.highlight : undefined}
          onFollowFootnote={onFollowFootnote}
          onBackFromFootnote={onBackFromFootnote}
          onShowOnPage={onShowOnPage}
          pageLabels={doc.source?.pageLabels ?? null}
        />
      </Fragment>
    );
  };
  const shown: number[] = [];
  for (let i = range.from; i < range.to; i++) shown.push(i);

  return (
    <div className="doc-text" lang="zh-CN">
      <DocumentHeader doc={doc} />
      <div ref={list} className="doc-paras" data-rendered={range.to - range.from} data-from={range.from} data-to={range.to}>
        <div ref={topSpacer} className="doc-spacer" aria-hidden="true" />
        {/* One keyed list in reading order, so a paragraph going from the flow to pinned (or back) is
            the same element — keeping its focus and selection — not a new one. */}
        {[...pinned.filter((i) => i < range.from), ...shown, ...pinned.filter((i) => i >= range.to)].map((i) => item(i, i >= range.from && i < range.to ? 'flow' : 'pinned'))}
        <div ref={bottomSpacer} className="doc-spacer" aria-hidden="true" />
      </div>
    </div>
  );
}
