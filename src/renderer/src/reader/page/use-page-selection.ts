// The analyst's selection on the original pages (their text layers), kept mapped to the rebuilt text
// while they drag: the quote it makes, or why it makes none. Reads the document's own selection, so a
// selection extended with Shift+arrow keys counts exactly like a drag.
import { useCallback, useEffect, useState } from 'react';
import type { RefObject } from 'react';
import type { Paragraph } from '../../../../shared/types.ts';
import type { PageTextRun } from './geometry.ts';
import { pageText } from './page-text.ts';
import { END_OF_PAGE, pickFromPage } from './page-selection.ts';
import type { PagePick, PagePoint } from './page-selection.ts';
import type { PDFDocumentProxy } from './pdfjs.ts';

export interface PageSelection {
  pick: PagePick;
  /** Where the selection ends on screen (viewport coordinates). */
  anchor: { x: number; y: number };
}

const layerPage = (layer: Element) => Number(layer.closest('.pdf-page')?.getAttribute('data-page-number') ?? 0);

/** Code points in the first `offset` UTF-16 units of a string (the geometry counts characters as code points). */
const codePoints = (s: string, offset: number) => [...s.slice(0, offset)].length;

/** The page point at a boundary of the selection inside a page's text layer. */
function pointAt(layer: Element, node: Node, offset: number): PagePoint {
  const page = layerPage(layer);
  const span = (node.nodeType === Node.TEXT_NODE ? node.parentElement : null)?.closest('span[data-item]');
  if (span && layer.contains(span)) return { page, item: Number(span.getAttribute('data-item')), unit: codePoints(node.nodeValue ?? '', offset) };
  // Between spans (on the layer, a line break, past the end): before the next span.
  const at = document.createRange();
  at.setStart(node, offset);
  for (const next of layer.querySelectorAll('span[data-item]')) {
    if (at.comparePoint(next, 0) >= 0) return { page, item: Number(next.getAttribute('data-item')), unit: 0 };
  }
  return { page, item: END_OF_PAGE, unit: 0 };
}

/** The selection as page points [from, to), or null when it touches no text layer in `pane`. */
function selectionPoints(selection: Selection | null, pane: Element): { from: PagePoint; to: PagePoint; range: Range } | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const layers = [...pane.querySelectorAll('.textLayer')].filter((l) => range.intersectsNode(l));
  if (layers.length === 0) return null;
  const first = layers[0]!;
  const last = layers[layers.length - 1]!;
  const startLayer = (range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement)?.closest('.textLayer');
  const endLayer = (range.endContainer instanceof Element ? range.endContainer : range.endContainer.parentElement)?.closest('.textLayer');
  const from = startLayer === first ? pointAt(first, range.startContainer, range.startOffset) : { page: layerPage(first), item: 0, unit: 0 };
  const to = endLayer === last ? pointAt(last, range.endContainer, range.endOffset) : { page: layerPage(last), item: END_OF_PAGE, unit: 0 };
  return { from, to, range };
}

export function usePageSelection(pane: RefObject<HTMLElement | null>, pdf: PDFDocumentProxy | null, paragraphs: readonly Paragraph[], enabled: boolean): [PageSelection | null, () => void] {
  const [selection, setSelection] = useState<PageSelection | null>(null);

  useEffect(() => {
    if (!enabled || !pdf) {
      setSelection(null);
      return;
    }
    let frame = 0;
    let seq = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const mine = ++seq;
        const el = pane.current;
        const points = el ? selectionPoints(document.getSelection(), el) : null;
        if (!points) {
          setSelection(null);
          return;
        }
        const rects = points.range.getClientRects();
        const end = rects.length > 0 ? rects[rects.length - 1]! : points.range.getBoundingClientRect();
        const anchor = { x: end.right, y: end.bottom };
        // The selected pages' text, and that of every page a paragraph on them continues on.
        const selected = new Set<number>();
        for (let n = points.from.page; n <= points.to.page; n++) selected.add(n);
        const pages = new Set(selected);
        for (const p of paragraphs) if (p.boxes?.some((b) => selected.has(b.page))) for (const b of p.boxes) pages.add(b.page);
        void Promise.all([...pages].map(async (n) => [n, (await pageText(pdf, n)).runs] as const)).then(
          (entries) => {
            if (mine !== seq) return;
            const runs = new Map<number, PageTextRun[]>(entries);
            setSelection({ pick: pickFromPage(points.from, points.to, paragraphs, (n) => runs.get(n) ?? []), anchor });
          },
          () => mine === seq && setSelection(null),
        );
      });
    };
    document.addEventListener('selectionchange', update);
    return () => {
      cancelAnimationFrame(frame);
      seq++;
      document.removeEventListener('selectionchange', update);
    };
  }, [pane, pdf, paragraphs, enabled]);

  const clear = useCallback(() => {
    document.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);
  return [selection, clear];
}
