// The geometry of the page view without a browser: outlines from a paragraph's boxes, and the quote's
// characters mapped onto the printed glyphs (the fixture PDFs are checked in tests/unit/import).
import { describe, expect, it } from 'vitest';
import { alignTextToGlyphs, paragraphGlyphs, paragraphOutlines, quoteLocated, quoteRects } from '../../../src/renderer/src/reader/page/geometry.ts';
import type { PageTextRun } from '../../../src/renderer/src/reader/page/geometry.ts';

const line = (page: number, x: number, baseline: number, width: number, size = 10) => ({ page, x, y: baseline - size * 0.85, width, height: size });

describe('paragraph outlines', () => {
  it('merges the lines of a column into one rectangle and keeps a continuation on the next column and page apart', () => {
    const boxes = [line(1, 50, 100, 200), line(1, 50, 114, 200), line(1, 50, 128, 120), line(1, 300, 60, 200), line(2, 50, 80, 200)];
    const outlines = paragraphOutlines(boxes, 0);
    expect(outlines).toHaveLength(3);
    expect(outlines[0]).toEqual({ page: 1, x: 50, y: 91.5, width: 200, height: 38 });
    expect(outlines[1]).toMatchObject({ page: 1, x: 300 });
    expect(outlines[2]).toMatchObject({ page: 2, x: 50 });
  });
});

describe('quote rectangles', () => {
  const runs: PageTextRun[] = [
    { str: 'Export con-', x: 50, baseline: 100, width: 110, size: 10 },
    { str: 'trols on ﬁrms', x: 50, baseline: 114, width: 130, size: 10 },
    { str: 'Running head', x: 50, baseline: 20, width: 120, size: 10 },
  ];
  const boxes = [line(1, 50, 100, 110), line(1, 50, 114, 130)];
  const text = 'Export controls on firms';

  it('maps every character of the rebuilt text to its glyph, across an undone hyphen and a ligature', () => {
    const glyphs = paragraphGlyphs(boxes, () => runs);
    expect(glyphs.map((g) => g.ch).join('')).toBe('Export con-trols on ﬁrms');
    const map = alignTextToGlyphs(text, glyphs);
    const spelled = [...text].map((_, i) => (map[i]! >= 0 ? glyphs[map[i]!]!.ch : '·')).join('');
    expect(spelled).toBe('Export·controls·on·ﬁﬁrms');
  });

  it('lights one rectangle per line the quote covers, on the words', () => {
    const glyphs = paragraphGlyphs(boxes, () => runs);
    const light = quoteRects(text, { start: text.indexOf('controls'), length: 'controls on'.length }, glyphs);
    expect(quoteLocated(light)).toBe(true);
    expect(light.rects).toHaveLength(2);
    // "con" are characters 7–9 of an 11-character run 110 pt wide: x from 50 + 7 × 10 to 50 + 10 × 10.
    expect(light.rects[0]).toEqual({ page: 1, x: 120, y: 91.5, width: 30, height: 10 });
    // "trols on" are the first 8 characters of a 13-character run 130 pt wide.
    expect(light.rects[1]!.x).toBeCloseTo(50);
    expect(light.rects[1]!.width).toBeCloseTo(80);
  });

  it('splits a run by measured advances when it has them', () => {
    const measured: PageTextRun[] = [{ str: 'iiWW', x: 0, baseline: 10, width: 40, size: 10, advances: [1, 1, 4, 4] }];
    const glyphs = paragraphGlyphs([line(1, 0, 10, 40)], () => measured);
    expect(glyphs.map((g) => [g.x, g.width])).toEqual([[0, 4], [4, 4], [8, 16], [24, 16]]);
  });

  it('maps Chinese text without spaces, with a raised note number and a look-alike code point', () => {
    const zh: PageTextRun[] = [
      { str: '美国主要依靠事后审查', x: 100, baseline: 200, width: 100, size: 10 },
      { str: '1', x: 200, baseline: 196, width: 4, size: 6 },
      { str: '，日本则戶籍', x: 100, baseline: 214, width: 60, size: 10 },
    ];
    const glyphs = paragraphGlyphs([line(1, 100, 200, 104), line(1, 100, 214, 60)], () => zh);
    const para = '美国主要依靠事后审查¹，日本则户籍';
    const light = quoteRects(para, { start: para.indexOf('日本则户籍'), length: 5 }, glyphs);
    expect(light.found).toBe(5);
    expect(light.rects).toEqual([{ page: 1, x: 110, y: 205.5, width: 50, height: 10 }]);
    const first = quoteRects(para, { start: 2, length: 4 }, glyphs);
    expect(first.rects).toEqual([{ page: 1, x: 120, y: 191.5, width: 40, height: 10 }]);
  });

  it('says when a quote cannot be found on the page', () => {
    const glyphs = paragraphGlyphs(boxes, () => runs);
    const light = quoteRects('Something else entirely', { start: 0, length: 9 }, glyphs);
    expect(light.total).toBe(9);
    expect(quoteLocated(light)).toBe(false);
    expect(quoteLocated(quoteRects('x', { start: 0, length: 1 }, []))).toBe(false);
  });

  it('ignores runs on the lines of other paragraphs and pages', () => {
    const glyphs = paragraphGlyphs([line(2, 50, 100, 110)], (page) => (page === 2 ? runs : []));
    expect(glyphs.map((g) => g.ch).join('')).toBe('Export con-');
  });
});
