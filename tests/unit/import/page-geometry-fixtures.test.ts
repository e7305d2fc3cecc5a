// The page view's geometry on the real fixture PDFs: the paragraphs' stored boxes and pdf.js's text
// positions (the same pdf.js the renderer runs, here in Node) must agree, so a quote lights the very
// glyphs that spell it — in Chinese and in English.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignTextToGlyphs, paragraphGlyphs, quoteLocated, quoteRects } from '../../../src/renderer/src/reader/page/geometry.ts';
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
