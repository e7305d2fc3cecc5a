// The original pages of an imported PDF beside the rebuilt text: every page laid out at once from
// the stored page sizes, only the pages near the visible part drawn, the asked-for paragraph outlined
// and, when the reader came from a quote, the quote's own characters lit on the page.
import './page.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import type { PageSize, Paragraph } from '../../../../shared/types.ts';
import { distinctLabel } from '../../../../shared/page-labels.ts';
import { useT } from '../../app/i18n.ts';
import { paragraphGlyphs, paragraphOutlines, quoteLocated, quoteRects } from './geometry.ts';
import type { PageRect, PageTextRun } from './geometry.ts';
import { measureAdvances } from './measure.ts';
import { pageMessages } from './page-messages.ts';
import type { PageTarget } from './page-target.ts';
import type { TextView } from '../text-view.ts';
import { Button } from '../../ui/Button.tsx';
import { PdfPage } from './PdfPage.tsx';
import { PagePickBar } from './PagePickBar.tsx';
import type { QuoteSelection } from '../selection.ts';
import { usePageSelection } from './use-page-selection.ts';
import { textRuns } from './text-runs.ts';
import { useOriginalPdf } from './use-original-pdf.ts';
import type { Opening } from './use-pages-state.ts';
import { usePageSync } from './use-page-sync.ts';
import { PAGE_GAP, pageAt, pageTops, pageWindow, percentOf, sameWindow, scaleFor, stepZoom } from './zoom.ts';
import type { Zoom } from './zoom.ts';

interface Props {
  /** The original, opened (or being opened) by the pages state. */
  opening: Opening | null;
  pageSizes: readonly PageSize[];
  /** The page numbers the author printed (the PDF's page labels), where it declares them. */
  pageLabels?: readonly string[] | null;
  paragraphs: readonly Paragraph[];
  target: PageTarget | null;
  /** The rebuilt text's scroller and its (virtualised) text, kept in step with the pages. */
  textScroller: RefObject<HTMLElement | null>;
  textView: RefObject<TextView | null>;
  /** The original cannot be shown (missing, changed on disk, unreadable): the reader says why and shows the text. */
  onUnavailable: (message: string) => void;
  onClose: () => void;
  /** The asked-for page is painted (the reader then loads what it held back for it). */
  onTargetShown?: () => void;
  /** What a selection on the page is used for (repair the quote being repaired, or cite it), and the button's words. */
  pick?: { label: string; onUse: (quote: QuoteSelection) => void } | undefined;
}

const NONE: PageRect[] = [];

/** How far beyond the visible part pages are drawn (in pane heights), so a scroll finds them ready. */
const LIVE_MARGIN = 1;

interface Light {
  seq: number;
  rects: PageRect[];
  located: boolean;
}

export function PageView({ opening, pageSizes, pageLabels = null, paragraphs, target, textScroller, textView, onUnavailable, onClose, onTargetShown, pick }: Props) {
  const t = useT(pageMessages);
  const original = useOriginalPdf(opening);
  const pdf = original.status === 'ready' ? original.pdf : null;
  const pane = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ width: 0, height: 0 });
  const [zoom, setZoom] = useState<Zoom>({ kind: 'fit-width' });
  const [scrollTop, setScrollTop] = useState(0);
  const [light, setLight] = useState<Light | null>(null);
  const [pageInput, setPageInput] = useState<string | null>(null);
  const painted = useRef<{ seq: number; page: number } | null>(null);
  const [targetPainted, setTargetPainted] = useState<number | null>(null);

  const scale = view.width > 0 ? scaleFor(zoom, pageSizes, view) : 0;
  const { tops, height } = useMemo(() => pageTops(pageSizes, scale), [pageSizes, scale]);
  // As wide as the widest page (and the pane): a page zoomed wider than the pane scrolls sideways.
  const stackWidth = Math.max(view.width, Math.max(0, ...pageSizes.map((p) => p.width)) * scale + 2 * PAGE_GAP);
  const shown = pageWindow(tops, scrollTop, view.height, LIVE_MARGIN);
  const current = shown.current;
  const printed = current > 0 ? distinctLabel(pageLabels, current) : null;
  // A scroll re-renders the pages only when it changes which page is current or which are drawn: a
  // state update per scroll event re-rendered all 300 pages' elements every frame.
  const follow = useCallback(
    (top: number) => setScrollTop((prev) => (sameWindow(pageWindow(tops, prev, view.height, LIVE_MARGIN), pageWindow(tops, top, view.height, LIVE_MARGIN)) ? prev : top)),
    [tops, view.height],
  );

  const reported = useRef(false);
  useEffect(() => {
    if (reported.current) return;
    if (original.status === 'unavailable') {
      reported.current = true;
      onUnavailable(t(original.reason, { file: original.fileName }));
    } else if (original.status === 'error') {
      reported.current = true;
      onUnavailable(t('openFailed', { message: original.message }));
    }
  }, [original, onUnavailable, t]);

  // The pane's size decides fit width / fit page.
  useLayoutEffect(() => {
    const el = pane.current;
    if (!el) return;
    const measure = () => setView({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The view may start from the target paragraph alone (the reader's first open) and get the whole
  // document's a moment later: the same paragraph again keeps its object, so nothing lit or scrolled
  // for it is done twice.
  const found = useMemo(() => (target ? paragraphs.find((p) => p.id === target.paragraphId) ?? null : null), [target, paragraphs]);
  const targetParagraph = useSameParagraph(found);
  const outlines = useMemo(() => paragraphOutlines(targetParagraph?.boxes ?? []), [targetParagraph]);
  const targetPage = targetParagraph?.boxes?.[0]?.page ?? null;

  // The quote's characters on the page: the paragraph's boxes and pdf.js's text positions of those pages.
  // Asked for once the page is drawn: pdf.js's one worker would otherwise read the text positions
  // before it draws, and the page would appear later for it.
  const pageShown = target !== null && targetPainted === target.seq;
  useEffect(() => {
    if (!pdf || !pageShown || !target?.quote || !targetParagraph?.boxes?.length) return;
    let live = true;
    const { quote, seq } = target;
    const boxes = targetParagraph.boxes;
    const pages = [...new Set(boxes.map((b) => b.page))];
    void Promise.all(
      pages.map(async (n) => {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        return [n, textRuns(content.items, content.styles, page.getViewport({ scale: 1 }), measureAdvances)] as const;
      }),
    ).then(
      (entries) => {
        if (!live) return;
        const runs = new Map<number, PageTextRun[]>(entries);
        const glyphs = paragraphGlyphs(boxes, (n) => runs.get(n) ?? []);
        const lit = quoteRects(targetParagraph.text, quote, glyphs);
        setLight({ seq, rects: lit.rects, located: quoteLocated(lit) });
      },
      () => live && setLight({ seq, rects: [], located: false }),
    );
    return () => {
      live = false;
    };
  }, [pdf, pageShown, target, targetParagraph]);
  const lit = light && target && light.seq === target.seq && light.located ? light.rects : NONE;

  // Scroll the pane to the asked-for paragraph (to the quote once it is lit), a third down the pane.
  // Each request scrolls once for the outline and once more when the quote is found; a zoom keeps
  // the place the analyst is at instead.
  const scrolledFor = useRef<{ seq: number; lit: boolean } | null>(null);
  const sync = usePageSync(textScroller, textView, pane, paragraphs, tops, scale);
  useLayoutEffect(() => {
    const el = pane.current;
    if (!el || !target || scale === 0 || !targetParagraph?.boxes?.length) return;
    const done = scrolledFor.current;
    if (done && done.seq === target.seq && (done.lit || lit.length === 0)) return;
    scrolledFor.current = { seq: target.seq, lit: lit.length > 0 };
    const anchor = lit[0] ?? targetParagraph.boxes[0]!;
    sync.scrollPagesTo(tops[anchor.page - 1]! + anchor.y * scale - el.clientHeight / 3);
    const pageLeft = (stackWidth - pageSizes[anchor.page - 1]!.width * scale) / 2;
    el.scrollLeft = Math.max(0, pageLeft + anchor.x * scale - 2 * PAGE_GAP);
    follow(el.scrollTop);
  }, [target, targetParagraph, scale, tops, lit, sync, stackWidth, pageSizes, follow]);

  // A zoom keeps the point at the middle of the pane where it was on the page.
  const lastLayout = useRef<{ scale: number; tops: number[] } | null>(null);
  useLayoutEffect(() => {
    const el = pane.current;
    const last = lastLayout.current;
    lastLayout.current = { scale, tops };
    if (!el || !last || last.scale === 0 || last.scale === scale || tops.length === 0) return;
    const middle = el.scrollTop + el.clientHeight / 2;
    const page = pageAt(last.tops, middle);
    const within = (middle - last.tops[page - 1]!) / last.scale;
    el.scrollTop = tops[page - 1]! + within * scale - el.clientHeight / 2;
    follow(el.scrollTop);
  }, [scale, tops, follow]);

  // Which pages hold a canvas, at which scale. The target is shown once its page holds one at the
  // current scale — drawn for it, or already drawn (then nothing is drawn again: a callback that
  // changed with every target made every drawn page draw itself again, four renders for one).
  const drawn = useRef(new Map<number, number>());
  const asked = useRef({ target, targetPage, scale });
  asked.current = { target, targetPage, scale };
  const markShown = useCallback(() => {
    const { target: want, targetPage: page, scale: at } = asked.current;
    if (!want || page === null || drawn.current.get(page) !== at || painted.current?.seq === want.seq) return;
    painted.current = { seq: want.seq, page };
    performance.mark('pm:page-painted');
    setTargetPainted(want.seq);
  }, []);
  const onPainted = useCallback(
    (page: number, at: number | null) => {
      if (at === null) drawn.current.delete(page);
      else drawn.current.set(page, at);
      markShown();
    },
    [markShown],
  );
  useEffect(() => markShown(), [target, targetPage, scale, markShown]);
  useEffect(() => {
    if (targetPainted !== null) onTargetShown?.();
  }, [targetPainted, onTargetShown]);

  // A selection on the page's text layer: what it would quote, lit on the page, used by the bar's button (or Enter).
  const [pageSelection, clearPageSelection] = usePageSelection(pane, pdf, paragraphs, pick !== undefined);
  const chosen = pageSelection?.pick.kind === 'quote' ? pageSelection.pick : null;
  const picked = chosen ? chosen.rects : NONE;
  const pickedParagraph = chosen ? paragraphs.find((p) => p.id === chosen.paragraphId) : undefined;
  const applyPicked = () => {
    if (pick && chosen && pageSelection) pick.onUse({ paragraphId: chosen.paragraphId, start: chosen.start, exact: chosen.exact, anchor: pageSelection.anchor });
  };

  const waiting = target !== null && targetPage !== null && !pageShown;

  const onScroll = () => follow(pane.current?.scrollTop ?? 0);
  // A new pane size or zoom changes which pages the same offset shows.
  useEffect(() => {
    if (pane.current) follow(pane.current.scrollTop);
  }, [follow]);

  const goToPage = (n: number) => {
    const el = pane.current;
    if (!el || tops.length === 0) return;
    const page = Math.min(Math.max(1, n), tops.length);
    sync.takeLead('pages');
    el.scrollTop = tops[page - 1]! - PAGE_GAP / 2;
    follow(el.scrollTop);
  };
  const zoomBy = (direction: 1 | -1) => setZoom(stepZoom(scale, direction));

  function onKeyDown(event: KeyboardEvent) {
    if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey) return;
    const handled = (() => {
      switch (event.key) {
        case 'Enter':
          if (event.target instanceof HTMLButtonElement || !chosen) return false;
          applyPicked();
          return true;
        case 'Escape':
          if (!pageSelection) return false;
          clearPageSelection();
          return true;
        case 'PageDown':
          goToPage(current + 1);
          return true;
        case 'PageUp':
          goToPage(current - 1);
          return true;
        case 'Home':
          goToPage(1);
          return true;
        case 'End':
          goToPage(tops.length);
          return true;
        case '+':
        case '=':
          zoomBy(1);
          return true;
        case '-':
          zoomBy(-1);
          return true;
        case 'w':
        case 'W':
          setZoom({ kind: 'fit-width' });
          return true;
        case 'f':
        case 'F':
          setZoom({ kind: 'fit-page' });
          return true;
        default:
          return false;
      }
    })();
    if (handled) event.preventDefault();
  }

  const status =
    original.status === 'loading' ? t('loading') : target && targetParagraph && targetPage !== null
      ? target.quote && light?.seq === target.seq
        ? light.located
          ? t('quoteLit', { p: lit[0]?.page ?? targetPage })
          : t('quoteNotLocated')
        : t('paragraphOutlined', { n: targetParagraph.ordinal, p: targetPage })
      : target && targetParagraph && targetPage === null
        ? t('noBoxes')
        : '';

  return (
    <section
      className="page-view"
      aria-label={t('pagesRegion')}
      data-state={original.status}
      data-target-painted={targetPainted !== null && targetPainted === target?.seq ? 'true' : undefined}
      data-quote={target?.quote ? (light?.seq === target.seq ? (light.located ? 'lit' : 'not-located') : 'pending') : undefined}
      data-scale={scale.toFixed(4)}
      data-current-page={current || undefined}
      onKeyDown={onKeyDown}
    >
      <div className="page-toolbar" role="toolbar" aria-label={t('toolbar')}>
        <Button size="small" onClick={() => goToPage(current - 1)} disabled={current <= 1} title={t('prevPage')} aria-label={t('prevPage')}>
          ↑
        </Button>
        <input
          className="pm-input page-number"
          aria-label={t('pageNumber')}
          inputMode="numeric"
          value={pageInput ?? String(current || '')}
          onChange={(e) => setPageInput(e.target.value.replace(/\D/g, ''))}
          onBlur={() => setPageInput(null)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            if (pageInput) goToPage(Number(pageInput));
            setPageInput(null);
          }}
        />
        <span className="page-total">{t('pageOf', { total: pageSizes.length })}</span>
        {printed !== null && (
          <span className="page-printed" data-testid="page-printed">
            {t('printedPage', { label: printed, n: current, total: pageSizes.length })}
          </span>
        )}
        <Button size="small" onClick={() => goToPage(current + 1)} disabled={current >= pageSizes.length} title={t('nextPage')} aria-label={t('nextPage')}>
          ↓
        </Button>
        <span className="page-toolbar__sep" />
        <Button size="small" onClick={() => zoomBy(-1)} title={t('zoomOut')} aria-label={t('zoomOut')}>
          −
        </Button>
        <span className="page-zoom" aria-live="polite" title={t('zoom')}>
          {scale > 0 ? t('zoomLevel', { n: percentOf(scale) }) : ''}
        </span>
        <Button size="small" onClick={() => zoomBy(1)} title={t('zoomIn')} aria-label={t('zoomIn')}>
          +
        </Button>
        <Button size="small" aria-pressed={zoom.kind === 'fit-width'} onClick={() => setZoom({ kind: 'fit-width' })} title={t('fitWidthKey')}>
          {t('fitWidth')}
        </Button>
        <Button size="small" aria-pressed={zoom.kind === 'fit-page'} onClick={() => setZoom({ kind: 'fit-page' })} title={t('fitPageKey')}>
          {t('fitPage')}
        </Button>
        <span className="page-toolbar__sep" />
        <Button size="small" onClick={onClose} aria-label={t('closePages')} title={t('closePages')}>
          ✕
        </Button>
      </div>
      {status && (
        <p className="page-status" role="status" data-testid="page-status">
          {status}
        </p>
      )}
      {pick && <PagePickBar pick={pageSelection?.pick ?? null} paragraph={pickedParagraph} useLabel={pick.label} onUse={applyPicked} onClear={clearPageSelection} />}
      <div ref={pane} className="page-scroll" tabIndex={0} role="region" aria-label={t('pagesRegion')} aria-busy={original.status === 'loading'} onScroll={onScroll}>
        <div className="page-stack" style={{ height: scale > 0 ? height : 0, width: stackWidth }}>
          {scale > 0 &&
            pageSizes.map((size, i) => {
              const n = i + 1;
              const top = tops[i]!;
              const near = n >= shown.first && n <= shown.last;
              // While the asked-for page is not drawn yet it is the only page being drawn (wherever the
              // pane is): pdf.js would otherwise draw the pages around it at the same time, and it would
              // appear after all of them. Pages already drawn stay.
              const live = pdf !== null && (waiting ? n === targetPage || (near && drawn.current.get(n) === scale) : near);
              return (
                <PdfPage
                  key={n}
                  pdf={pdf}
                  number={n}
                  size={size}
                  scale={scale}
                  top={top}
                  live={live}
                  outlines={outlinesOn(outlines, n)}
                  lit={outlinesOn(lit, n)}
                  picked={outlinesOn(picked, n)}
                  onPainted={onPainted}
                />
              );
            })}
        </div>
      </div>
    </section>
  );
}

/** `paragraph`, or the object given before when that one is the same paragraph with the same text and boxes. */
function useSameParagraph(paragraph: Paragraph | null): Paragraph | null {
  const kept = useRef<Paragraph | null>(null);
  const prev = kept.current;
  const same = prev !== null && paragraph !== null && prev.id === paragraph.id && prev.text === paragraph.text && JSON.stringify(prev.boxes) === JSON.stringify(paragraph.boxes);
  const result = same ? prev : paragraph;
  useEffect(() => {
    kept.current = result;
  });
  return result;
}

const byPage = new WeakMap<readonly PageRect[], Map<number, PageRect[]>>();
/** The rectangles on one page, the same array each time (so pages that did not change do not re-render). */
function outlinesOn(rects: readonly PageRect[], page: number): PageRect[] {
  if (rects.length === 0) return NONE;
  let map = byPage.get(rects);
  if (!map) {
    map = new Map();
    for (const r of rects) map.set(r.page, [...(map.get(r.page) ?? []), r]);
    byPage.set(rects, map);
  }
  return map.get(page) ?? NONE;
}
