// pdf.js's text layer over a drawn page: the page's text items as transparent spans placed on the
// printed glyphs, so the analyst can select words on the page itself (the selection shows, the text
// stays invisible). Each span carries its item's index, which is how a selection is mapped back to
// the rebuilt text (page-selection.ts). Only drawn pages have one, built after the canvas.
import './text-layer.css';
import { useEffect, useRef } from 'react';
import { pageText } from './page-text.ts';
import type { PDFDocumentProxy } from './pdfjs.ts';

interface Props {
  pdf: PDFDocumentProxy;
  number: number;
  scale: number;
}

export function PdfTextLayer({ pdf, number, scale }: Props) {
  const holder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    let cancelled = false;
    let cancel = () => {};
    const build = async () => {
      const [{ content }, page, { TextLayer }] = await Promise.all([pageText(pdf, number), pdf.getPage(number), import('./pdfjs.ts')]);
      if (cancelled) return;
      const container = document.createElement('div');
      container.className = 'textLayer';
      container.style.setProperty('--total-scale-factor', String(scale));
      container.style.setProperty('--scale-round-x', '1px');
      container.style.setProperty('--scale-round-y', '1px');
      const layer = new TextLayer({ textContentSource: content, container, viewport: page.getViewport({ scale }) });
      cancel = () => layer.cancel();
      await layer.render();
      if (cancelled) return;
      layer.textDivs.forEach((span, item) => span.setAttribute('data-item', String(item)));
      // Past the last span: where a drag that leaves the text ends (pdf.js's viewer does the same).
      const end = document.createElement('div');
      end.className = 'endOfContent';
      container.append(end);
      container.addEventListener('pointerdown', () => {
        container.classList.add('selecting');
        document.addEventListener('pointerup', () => container.classList.remove('selecting'), { once: true });
      });
      el.replaceChildren(container);
      el.dataset['state'] = 'ready';
    };
    delete el.dataset['state'];
    // Without its text layer the page is still shown; it just cannot be selected (the text can).
    build().catch(() => {
      if (!cancelled) el.dataset['state'] = 'failed';
    });
    return () => {
      cancelled = true;
      cancel();
    };
  }, [pdf, number, scale]);

  return <div ref={holder} className="pdf-text" data-testid="page-text-layer" />;
}
