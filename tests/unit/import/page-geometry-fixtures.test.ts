// The page view's geometry on the real fixture PDFs: the paragraphs' stored boxes and pdf.js's text
// positions (the same pdf.js the renderer runs, here in Node) must agree, so a quote lights the very
// glyphs that spell it — in Chinese and in English.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignTextToGlyphs, isVertical, paragraphGlyphs, quoteLocated, quoteRects } from '../../../src/renderer/src/reader/page/geometry.ts';
import type { Glyph } from '../../../src/renderer/src/reader/page/geometry.ts';
import { pageRuns } from './page-runs.ts';
import type { Paragraph } from '../../../src/shared/types.ts';
import { openWorkspace } from '../helpers.ts';
import { FIXTURES } from './truth.ts';


const fold = (s: string) => s.normalize('NFKC').replace(/[\s\-‐]/g, '');

/** The glyphs whose middle lies inside one of the lit rectangles, in order: what the analyst sees lit. */
function litText(glyphs: readonly Glyph[], rects: ReturnType<typeof quoteRects>['rects']): string {
  return glyphs
    .filter((g) => rects.some((r) => r.page === g.page && g.x + g.width / 2 > r.x && g.x + g.width / 2 < r.x + r.width && g.y + g.height / 2 > r.y && g.y + g.height / 2 < r.y + r.height))
    .map((g) => g.ch)
    .join('');
}

for (const file of ['zh-paper.pdf', 'en-report.pdf', 'ja-paper.pdf', 'three-column.pdf', 'ja-tagged.pdf']) {
  describe(`page geometry on ${file}`, () => {
    it('finds almost every character of every paragraph among the glyphs inside its boxes, and lights exactly a quote\'s glyphs', async () => {
      const ws = openWorkspace();
      const summary = await ws.sources.import(path.join(FIXTURES, file), { worker: false });
      const runs = await pageRuns(path.join(FIXTURES, file));
      const paragraphs: Paragraph[] = ws.listParagraphs(summary.id);
      let chars = 0;
      let mapped = 0;
      let quotes = 0;
      for (const p of paragraphs) {
        const glyphs = paragraphGlyphs(p.boxes ?? [], (n) => runs.get(n) ?? []);
        const map = alignTextToGlyphs(p.text, glyphs);
        for (let i = 0; i < p.text.length; i++) {
          if (/\s/.test(p.text[i]!)) continue;
          chars++;
          if (map[i]! >= 0) mapped++;
        }
        if (p.kind !== 'body' || p.text.length < 40) continue;
        // A quote from the middle of the paragraph, the way an analyst selects one.
        const start = Math.floor(p.text.length / 3);
        const quote = { start, length: Math.min(30, p.text.length - start) };
        const light = quoteRects(p.text, quote, glyphs, map);
        expect(quoteLocated(light), `${p.id}: ${p.text.slice(start, start + quote.length)}`).toBe(true);
        expect(fold(litText(glyphs, light.rects))).toBe(fold(p.text.slice(quote.start, quote.start + quote.length)));
        for (const r of light.rects) {
          const size = ws.listDocuments().find((d) => d.id === summary.id)!.source!.pageSizes![r.page - 1]!;
          expect(r.x).toBeGreaterThanOrEqual(0);
          expect(r.x + r.width).toBeLessThanOrEqual(size.width);
          expect(r.y + r.height).toBeLessThanOrEqual(size.height);
        }
        quotes++;
      }
      expect(quotes).toBeGreaterThan(3);
      expect(mapped / chars).toBeGreaterThan(0.98);
    });
  });
}

describe('page geometry on ja-vertical.pdf (縦書き)', () => {
  it('stores each column as a tall box on its glyphs, right to left, and lights a quote as a strip down each column it covers', async () => {
    const ws = openWorkspace();
    const summary = await ws.sources.import(path.join(FIXTURES, 'ja-vertical.pdf'), { worker: false });
    const runs = await pageRuns(path.join(FIXTURES, 'ja-vertical.pdf'));
    const paragraphs = ws.listParagraphs(summary.id);
    expect(paragraphs.map((p) => p.boxes!.length)).toEqual([1, 1, 5]);
    const size = ws.listDocuments().find((d) => d.id === summary.id)!.source!.pageSizes![0]!;
    const all = paragraphs.flatMap((p) => p.boxes!);
    for (const [i, b] of all.entries()) {
      expect(isVertical(b)).toBe(true);
      expect(b.x).toBeGreaterThan(0);
      expect(b.x + b.width).toBeLessThan(size.width);
      expect(b.y + b.height).toBeLessThan(size.height);
      // Columns read right to left.
      if (i > 0) expect(b.x).toBeLessThan(all[i - 1]!.x);
    }
    for (const p of paragraphs) {
      const glyphs = paragraphGlyphs(p.boxes!, (n) => runs.get(n) ?? []);
      const map = alignTextToGlyphs(p.text, glyphs);
      // Every character is found, and each glyph lies on its column box (the box is on the words).
      expect([...map].filter((g) => g < 0)).toEqual([]);
      for (const g of glyphs) {
        const box = p.boxes![g.line]!;
        expect(Math.abs(g.x + g.width / 2 - (box.x + box.width / 2))).toBeLessThan(1);
        expect(g.y + g.height / 2).toBeGreaterThan(box.y);
        expect(g.y + g.height / 2).toBeLessThan(box.y + box.height);
      }
    }
    // A quote across the first column break of the long paragraph: two strips, each down its column.
    const long = paragraphs[2]!;
    const glyphs = paragraphGlyphs(long.boxes!, (n) => runs.get(n) ?? []);
    const start = long.text.indexOf('経済安全保障推進法');
    const quote = { start, length: 'を指定して事業者の計画を認定し'.length + long.text.indexOf('を指定して事業者の計画を認定し') - start };
    const light = quoteRects(long.text, quote, glyphs);
    expect(quoteLocated(light)).toBe(true);
    expect(light.found).toBe(light.total);
    expect(fold(litText(glyphs, light.rects))).toBe(fold(long.text.slice(quote.start, quote.start + quote.length)));
    expect(light.rects.length).toBeGreaterThanOrEqual(2);
    for (const r of light.rects) {
      expect(r.height).toBeGreaterThan(3 * r.width);
      expect(r.width).toBeLessThan(14);
    }
    // Right to left, as the columns are read.
    for (let i = 1; i < light.rects.length; i++) expect(light.rects[i]!.x).toBeLessThan(light.rects[i - 1]!.x);
  });
});
