// The arithmetic of the virtualised reader text without a DOM: where each paragraph starts, which one
// is at an offset, which to render for a view, and the first guesses of heights it starts from.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../src/shared/types.ts';
import { TextLayout, estimateHeight, textEms } from '../../../src/renderer/src/reader/text-layout.ts';

const para = (over: Partial<Paragraph>): Paragraph => ({
  id: 'd.0000000000',
  docId: 'd',
  ordinal: 1,
  kind: 'body',
  section: '',
  sectionTitle: '',
  level: null,
  lang: 'zh',
  text: '',
  marker: null,
  noteOf: null,
  ...over,
});

describe('text layout', () => {
  it('starts each paragraph where the ones before it end', () => {
    const layout = new TextLayout(5, (i) => 10 * (i + 1));
    expect([0, 1, 2, 3, 4, 5].map((i) => layout.offsetOf(i))).toEqual([0, 10, 30, 60, 100, 150]);
    expect(layout.total()).toBe(150);
  });

  it('moves every later paragraph by what a measurement changed, and only those', () => {
    const layout = new TextLayout(5, () => 100);
    expect(layout.setHeight(2, 130)).toBe(30);
    expect(layout.isMeasured(2)).toBe(true);
    expect(layout.isMeasured(1)).toBe(false);
    expect([0, 1, 2, 3, 4].map((i) => layout.offsetOf(i))).toEqual([0, 100, 200, 330, 430]);
    expect(layout.setHeight(2, 130)).toBe(0);
    // Out of range or nonsense: ignored.
    expect(layout.setHeight(9, 50)).toBe(0);
    expect(layout.setHeight(1, Number.NaN)).toBe(0);
    expect(layout.total()).toBe(530);
  });

  it('finds the paragraph at an offset, clamped at both ends', () => {
    const layout = new TextLayout(4, () => 50);
    expect(layout.indexAt(-20)).toBe(0);
    expect(layout.indexAt(0)).toBe(0);
    expect(layout.indexAt(49.9)).toBe(0);
    expect(layout.indexAt(50)).toBe(1);
    expect(layout.indexAt(199)).toBe(3);
    expect(layout.indexAt(10_000)).toBe(3);
    expect(new TextLayout(0, () => 1).indexAt(5)).toBe(0);
  });

  it('renders a bounded range for a view anywhere in a 7,500-paragraph text', () => {
    const layout = new TextLayout(7_500, (i) => 60 + (i % 7) * 20);
    for (const top of [0, 50_000, 300_000, layout.total() - 900]) {
      const range = layout.rangeFor(top, top + 900, 900);
      expect(layout.offsetOf(range.from)).toBeLessThanOrEqual(Math.max(0, top - 900));
      expect(range.to === layout.count || layout.offsetOf(range.to) >= top + 1800).toBe(true);
      // Three pane heights of paragraphs at least 60 px tall: at most ~45 of them, never thousands.
      expect(range.to - range.from).toBeLessThanOrEqual(47);
      expect(layout.covers(range, top, top + 900, 450)).toBe(true);
      // A view three thousand pixels on is not covered: it needs its own range.
      if (range.to < layout.count) expect(layout.covers(range, top + 3_000, top + 3_900, 0)).toBe(false);
    }
  });

  it('estimates everything anew when the width changes, forgetting measurements', () => {
    const layout = new TextLayout(3, () => 100);
    layout.setHeight(1, 40);
    layout.reestimate((i) => 200 + i);
    expect(layout.isMeasured(1)).toBe(false);
    expect(layout.heightOf(1)).toBe(201);
    expect(layout.total()).toBe(603);
  });
});

describe('first guesses of paragraph heights', () => {
  it('counts CJK and full-width characters as one em, the rest as about half', () => {
    expect(textEms('美日同盟')).toBe(4);
    expect(textEms('abcd')).toBe(2);
    expect(textEms('（２０２５）')).toBe(6);
  });

  it('grows with the text and shrinks with the line width', () => {
    const short = estimateHeight(para({ text: '短。' }), { lineWidth: 600 });
    const long = estimateHeight(para({ text: '美'.repeat(400) }), { lineWidth: 600 });
    const narrow = estimateHeight(para({ text: '美'.repeat(400) }), { lineWidth: 300 });
    expect(long).toBeGreaterThan(short);
    expect(narrow).toBeGreaterThan(long * 1.8);
    // 400 characters at 17 px in a 600 px line: 12 lines of 33 px, plus padding and the gap.
    expect(long).toBeGreaterThan(12 * 17 * 1.95);
    expect(long).toBeLessThan(13 * 17 * 1.95 + 30);
  });

  it('gives a short paragraph at least the height of its margin column', () => {
    const withPage = estimateHeight(para({ text: 'A.', lang: 'en', section: '2.1', page: 3, boxes: [{ page: 3, x: 0, y: 0, width: 10, height: 10 }] }), { lineWidth: 600 });
    const bare = estimateHeight(para({ text: 'A.', lang: 'en' }), { lineWidth: 600 });
    expect(withPage).toBeGreaterThan(bare);
  });
});
