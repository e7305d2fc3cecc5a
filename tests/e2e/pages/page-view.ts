// Page model of the reader's original-page view (imported PDFs): the toggle, the pages, the toolbar
// (page up/down, zoom), the outlined paragraph and the lit quote. By role and accessible name in
// either language; state read from the data attributes the view keeps.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import path from 'node:path';
import { SCREENSHOTS } from '../harness.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class PageView {
  readonly page: Page;
  readonly view: Locator;
  readonly pane: Locator;

  constructor(page: Page) {
    this.page = page;
    this.view = page.locator('section.page-view');
    this.pane = this.view.getByRole('region', { name: /原文页面|Original pages/ });
  }

  get toggle(): Locator {
    return this.page.getByTestId('page-view-toggle');
  }

  /** The warning that the original cannot be shown (missing, changed on disk). */
  get unavailable(): Locator {
    return this.page.getByTestId('pages-unavailable');
  }

  get status(): Locator {
    return this.view.getByTestId('page-status');
  }

  pdfPage(n: number): Locator {
    return this.view.locator(`.pdf-page[data-page-number="${n}"]`);
  }

  get outlines(): Locator {
    return this.view.getByTestId('page-outline');
  }

  get quoteMarks(): Locator {
    return this.view.getByTestId('page-quote');
  }

  button(name: RegExp): Locator {
    return this.view.getByRole('toolbar').getByRole('button', { name });
  }

  get pageNumber(): Locator {
    return this.view.getByRole('textbox', { name: /页码|Page number/ });
  }

  /** The asked-for page is drawn (and the quote lit, when one was asked for). */
  async expectTargetShown(withQuote: boolean): Promise<void> {
    await expect(this.view).toHaveAttribute('data-target-painted', 'true');
    if (withQuote) await expect(this.view).toHaveAttribute('data-quote', 'lit');
    await expect(this.outlines.first()).toBeVisible();
  }

  async scale(): Promise<number> {
    return Number(await this.view.getAttribute('data-scale'));
  }

  async currentPage(): Promise<number> {
    return Number(await this.view.getAttribute('data-current-page'));
  }

  /** Pages holding a drawn canvas right now (the others are placeholders). */
  async drawnPages(): Promise<number> {
    return this.view.locator('.pdf-page canvas').count();
  }

  /**
   * Share of the canvas pixels under a box (page-relative CSS px) that are ink (dark): a lit quote
   * that sits on the words covers glyphs; one beside them covers paper.
   */
  async inkUnder(pageNumber: number, box: Box): Promise<number> {
    return this.pdfPage(pageNumber).evaluate((el, b) => {
      const canvas = el.querySelector('canvas');
      if (!canvas) throw new Error('page not drawn');
      const sx = canvas.width / el.clientWidth;
      const sy = canvas.height / el.clientHeight;
      const data = canvas.getContext('2d')!.getImageData(Math.round(b.x * sx), Math.round(b.y * sy), Math.max(1, Math.round(b.width * sx)), Math.max(1, Math.round(b.height * sy))).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 300) ink++;
      return ink / (data.length / 4);
    }, box);
  }

  /** A screenshot of the page around a mark (a few lines above and below), for a person to look at. */
  async closeUp(mark: Locator, name: string): Promise<string> {
    await mark.scrollIntoViewIfNeeded();
    const box = (await mark.boundingBox())!;
    const pane = (await this.pane.boundingBox())!;
    const x = Math.max(pane.x, box.x - 120);
    const y = Math.max(pane.y, box.y - 60);
    const file = path.join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path: file, clip: { x, y, width: Math.min(pane.x + pane.width - x, box.width + 240), height: Math.min(pane.y + pane.height - y, box.height + 120) } });
    return file;
  }

  /** A mark's box relative to its page, in CSS px. */
  async boxOf(mark: Locator): Promise<Box & { page: number }> {
    return mark.evaluate((el) => {
      const page = el.closest('.pdf-page') as HTMLElement;
      const r = el.getBoundingClientRect();
      const p = page.getBoundingClientRect();
      return { page: Number(page.dataset['pageNumber']), x: r.left - p.left, y: r.top - p.top, width: r.width, height: r.height };
    });
  }

  /** The text layer of a page, once pdf.js has placed its spans (a drawn page only). */
  textLayer(n: number): Locator {
    return this.pdfPage(n).locator('[data-testid="page-text-layer"][data-state="ready"]');
  }

  /** The bar that says what the selection on the page would quote (or why not). */
  get pickBar(): Locator {
    return this.view.getByTestId('page-pick-bar');
  }

  get pickMarks(): Locator {
    return this.view.getByTestId('page-pick');
  }

  /**
   * Drags the mouse over `text` as printed on page `n` (or from its start to the end of `upTo`, later
   * on the page): found in the page's text layer (its spans read in order, spaces left out), pressed
   * at the middle of the first character's left edge and released at the last one's right edge,
   * moving in steps — the browser makes the selection, as for an analyst.
   */
  async dragOver(n: number, text: string, upTo?: string): Promise<void> {
    await expect(this.textLayer(n)).toBeAttached();
    const ends = await this.textLayer(n).evaluate(
      (layer, { text, upTo }) => {
        const spans = [...layer.querySelectorAll<HTMLElement>('span[data-item]')].filter((s) => s.firstChild?.nodeType === Node.TEXT_NODE);
        // The printed characters in order, spaces left out (a line break in the PDF has none).
        const chars: Array<{ node: Text; at: number; ch: string }> = [];
        for (const s of spans) {
          const node = s.firstChild as Text;
          for (let i = 0; i < node.length; i++) if (!/\s/.test(node.data[i]!)) chars.push({ node, at: i, ch: node.data[i]! });
        }
        const all = chars.map((c) => c.ch).join('');
        const wanted = text.replace(/\s/g, '');
        const at = all.indexOf(wanted);
        if (at < 0) throw new Error(`"${text}" is not in the text layer of the page`);
        const until = upTo === undefined ? wanted : upTo.replace(/\s/g, '');
        const end = upTo === undefined ? at : all.indexOf(until, at + wanted.length);
        if (end < 0) throw new Error(`"${upTo}" does not follow "${text}" in the text layer of the page`);
        const charRect = (index: number) => {
          const { node, at: offset } = chars[index]!;
          const r = document.createRange();
          r.setStart(node, offset);
          r.setEnd(node, offset + 1);
          const box = r.getBoundingClientRect();
          return { left: box.left, right: box.right, middle: box.top + box.height / 2 };
        };
        // Where an analyst would start: with the words in view (a drag past the pane's edge scrolls it).
        chars[at]!.node.parentElement!.scrollIntoView({ block: 'center', inline: 'nearest' });
        const first = charRect(at);
        const last = charRect(end + until.length - 1);
        return { from: { x: first.left + 1, y: first.middle }, to: { x: last.right - 1, y: last.middle } };
      },
      { text, upTo },
    );
    await this.page.mouse.move(ends.from.x, ends.from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(ends.to.x, ends.to.y, { steps: 12 });
    await this.page.mouse.up();
  }
}
