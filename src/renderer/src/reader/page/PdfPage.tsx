import { memo, useEffect, useRef, useState } from 'react';
import type { PageSize } from '../../../../shared/types.ts';
import { useT } from '../../app/i18n.ts';
import type { PageRect } from './geometry.ts';
import { pageMessages } from './page-messages.ts';
import { PdfTextLayer } from './PdfTextLayer.tsx';
import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from './pdfjs.ts';

interface Props {
  pdf: PDFDocumentProxy | null;
  number: number;
  size: PageSize;
  scale: number;
  top: number;
  /** Near the visible part of the pane: drawn. Pages far from it hold no canvas at all. */
  live: boolean;
  outlines: readonly PageRect[];
  lit: readonly PageRect[];
  /** What a selection on the page would make the quote (page-selection.ts), lit before it is used. */
  picked?: readonly PageRect[];
  /** A canvas at this scale now shows the page (null: the page holds none any more). */
  onPainted: (page: number, scale: number | null) => void;
}

const NO_RECTS: PageRect[] = [];

/** The most canvas pixels one page may take (a page zoomed far in is drawn sharper only up to this). */
const MAX_CANVAS_PIXELS = 16_000_000;

/**
 * One page of the original: a placeholder of the page's size always (so the stack has its height at
 * once, from the stored page sizes), the drawn canvas only while live. A zoom change draws a new
 * canvas off screen and swaps it in, so the old one stays (stretched) until the new one is ready.
 */
export const PdfPage = memo(function PdfPage({ pdf, number, size, scale, top, live, outlines, lit, picked = NO_RECTS, onPainted }: Props) {
  const t = useT(pageMessages);
  const holder = useRef<HTMLDivElement>(null);
  const [painted, setPainted] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Whether pdf.js holds this page's data for a drawing (only then is there anything to give back).
  const held = useRef(false);
  const width = size.width * scale;
  const height = size.height * scale;

  useEffect(() => {
    const el = holder.current;
    if (!live || !pdf || !el) {
      el?.replaceChildren();
      setPainted(null);
      onPainted(number, null);
      return;
    }
    let cancelled = false;
    let task: RenderTask | null = null;
    let page: PDFPageProxy | null = null;
    const draw = async () => {
      held.current = true;
      page = await pdf.getPage(number);
      if (cancelled) return;
      const ratio = window.devicePixelRatio || 1;
      const wanted = scale * ratio;
      const area = size.width * size.height * wanted * wanted;
      const viewport = page.getViewport({ scale: area > MAX_CANVAS_PIXELS ? Math.sqrt(MAX_CANVAS_PIXELS / (size.width * size.height)) : wanted });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.className = 'pdf-canvas';
      canvas.setAttribute('aria-hidden', 'true');
      task = page.render({ canvas, viewport });
      await task.promise;
      if (cancelled) return;
      el.replaceChildren(canvas);
      setError(null);
      setPainted(scale);
      onPainted(number, scale);
    };
    draw().catch((e: unknown) => {
      if (cancelled || (e as { name?: string })?.name === 'RenderingCancelledException') return;
      setError(e instanceof Error ? e.message : String(e));
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [live, pdf, number, scale, size.width, size.height, onPainted]);

  // A page scrolled far away gives its canvas and pdf.js's page data back. Only a page that was
  // drawn: asking every other page of the document for its data to clean it up made pdf.js load all
  // 300 page objects (their parts of the file through the range transport) as the view opened.
  useEffect(() => {
    if (live || !pdf || !held.current) return;
    held.current = false;
    void pdf.getPage(number).then((p) => p.cleanup(), () => undefined);
  }, [live, pdf, number]);

  const state = error ? 'error' : painted === scale ? 'painted' : live ? 'drawing' : 'idle';
  return (
    <div
      className="pdf-page"
      style={{ top, width, height }}
      data-page-number={number}
      data-state={state}
      role="img"
      aria-label={t('pageAlt', { n: number })}
    >
      <div ref={holder} className="pdf-page__canvas" />
      {state === 'drawing' && painted === null && <span className="pdf-page__status">{t('pageLoading', { n: number })}</span>}
      {error && (
        <span className="pdf-page__status pdf-page__status--error" role="alert">
          {t('pageFailed', { n: number, message: error })}
        </span>
      )}
      {outlines.map((r, i) => (
        <div key={`o${i}`} className="pdf-outline" data-testid="page-outline" style={box(r, scale)} />
      ))}
      {lit.map((r, i) => (
        <div key={`q${i}`} className="pdf-quote" data-testid="page-quote" style={box(r, scale)} />
      ))}
      {picked.map((r, i) => (
        <div key={`p${i}`} className="pdf-pick" data-testid="page-pick" style={box(r, scale)} />
      ))}
      {/* Selectable text once the page is drawn at this zoom (drawn pages only: the pages in view). */}
      {live && pdf && state === 'painted' && <PdfTextLayer pdf={pdf} number={number} scale={scale} />}
    </div>
  );
});

function box(r: PageRect, scale: number) {
  return { left: r.x * scale, top: r.y * scale, width: r.width * scale, height: r.height * scale };
}
