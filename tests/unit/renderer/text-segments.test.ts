import { describe, expect, it } from 'vitest';
import { findTermRanges, layoutParagraph, markerRanges, queryTerms } from '../../../src/renderer/src/reader/text-segments.ts';
import type { Inline, ParagraphLayout } from '../../../src/renderer/src/reader/text-segments.ts';

/** The runs of a layout in reading order; the reader renders exactly these. */
function runs(layout: ParagraphLayout): Inline[] {
  return [...layout.before, ...(layout.quote ?? []), ...layout.after];
}

/** What the reader puts on screen must be the stored text, character for character (selection offsets are measured on it). */
function expectCovers(text: string, layout: ParagraphLayout): void {
  const all = runs(layout);
  let at = 0;
  for (const r of all) {
    expect(r.start).toBe(at);
    expect(r.end).toBeGreaterThan(r.start);
    at = r.end;
  }
  expect(at).toBe(text.length);
  expect(all.map((r) => text.slice(r.start, r.end)).join('')).toBe(text);
}

const TEXT = '日本除参与《瓦森纳协定》等国际多边出口管制外，还通过自己的“外国用户清单”实施出口管制。①';
const MARKERS = new Map([['①', 'gui-yongtao:fn1']]);

describe('query terms', () => {
  it('splits on any whitespace and drops quotation marks, as the backend does', () => {
    expect(queryTerms('  出口管制\u3000日本 ')).toEqual(['出口管制', '日本']);
    expect(queryTerms('"Clean Network" “实体清单”')).toEqual(['Clean', 'Network', '实体清单']);
    expect(queryTerms(' " ')).toEqual([]);
  });
});

describe('term ranges', () => {
  it('finds every occurrence, case-insensitively, sorted', () => {
    expect(findTermRanges('CFIUS and cfius; Cfius', ['cfius'])).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 15 },
      { start: 17, end: 22 },
    ]);
    expect(findTermRanges(TEXT, ['出口管制'])).toEqual([
      { start: 17, end: 21 },
      { start: 39, end: 43 },
    ]);
  });

  it('merges ranges that overlap or touch', () => {
    expect(findTermRanges('出口管制措施', ['出口', '管制', '制措'])).toEqual([{ start: 0, end: 5 }]);
    expect(findTermRanges('abab', ['ab'])).toEqual([{ start: 0, end: 4 }]);
  });

  it('finds nothing for absent or empty terms', () => {
    expect(findTermRanges(TEXT, ['半导体', ''])).toEqual([]);
    expect(findTermRanges('', ['x'])).toEqual([]);
  });

  it('gives up rather than misplace marks when lower-casing changes the length', () => {
    // "İ" lower-cases to two code units: offsets in the lower-cased text would be off by one.
    expect(findTermRanges('İstanbul export', ['export'])).toEqual([]);
  });
});

describe('footnote markers', () => {
  it('finds every occurrence of each marker with its footnote', () => {
    expect(markerRanges('甲①乙②丙①', new Map([['①', 'n1'], ['②', 'n2']]))).toEqual([
      { start: 1, end: 2, footnoteId: 'n1' },
      { start: 3, end: 4, footnoteId: 'n2' },
      { start: 5, end: 6, footnoteId: 'n1' },
    ]);
    expect(markerRanges('甲乙', new Map([['', 'n0']]))).toEqual([]);
  });
});

describe('paragraph layout', () => {
  it('without a quote, one plain run', () => {
    const layout = layoutParagraph('美日合作', {});
    expect(layout).toEqual({ before: [{ start: 0, end: 4, hit: false, footnoteId: null }], quote: null, after: [] });
  });

  it('cuts the quote out exactly', () => {
    const start = TEXT.indexOf('还通过自己的');
    const layout = layoutParagraph(TEXT, { quote: { start, length: 6 } });
    expectCovers(TEXT, layout);
    expect(layout.quote!.map((r) => TEXT.slice(r.start, r.end)).join('')).toBe('还通过自己的');
  });

  it('splits runs where hits and markers cross the quote, without losing a character', () => {
    const hits = findTermRanges(TEXT, ['管制外，还通过', '出口管制']);
    const start = TEXT.indexOf('还通过自己的“外国用户清单”实施出口');
    const layout = layoutParagraph(TEXT, { quote: { start, length: TEXT.length - start }, hits, markers: MARKERS });
    expectCovers(TEXT, layout);
    // The hits overlap, so they merge; the merged hit crosses the quote's start and is cut in two there,
    // both halves still marked as a hit.
    expect(layout.before.at(-1)).toMatchObject({ end: start, hit: true });
    expect(layout.quote![0]).toMatchObject({ start, hit: true });
    // The quote runs to the end, marker included; the marker is a run of its own that links.
    expect(layout.after).toEqual([]);
    expect(layout.quote!.at(-1)).toEqual({ start: TEXT.length - 1, end: TEXT.length, hit: false, footnoteId: 'gui-yongtao:fn1' });
    expect(runs(layout).filter((r) => r.hit).map((r) => TEXT.slice(r.start, r.end)).join('|')).toBe('出口管制外，|还通过|出口管制');
  });

  it('ignores a quote that is empty or starts outside the text', () => {
    for (const quote of [
      { start: 0, length: 0 },
      { start: 3, length: -2 },
      { start: -1, length: 3 },
      { start: TEXT.length, length: 1 },
      { start: 10_000, length: 4 },
    ]) {
      const layout = layoutParagraph(TEXT, { quote, markers: MARKERS });
      expect(layout.quote, JSON.stringify(quote)).toBeNull();
      expectCovers(TEXT, layout);
    }
  });

  it('clamps a quote that runs past the end (the source text changed)', () => {
    const layout = layoutParagraph('美日技术安全合作', { quote: { start: 4, length: 100 } });
    expectCovers('美日技术安全合作', layout);
    expect(layout.quote).toEqual([{ start: 4, end: 8, hit: false, footnoteId: null }]);
    expect(layout.after).toEqual([]);
  });

  it('keeps every character whatever the ranges, for many random layouts', () => {
    // A deterministic generator: the same cases on every run.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = '美日①②出口管制 ab';
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: next(30) }, () => alphabet[next(alphabet.length)]!).join('');
      const terms = [alphabet.slice(next(8), next(8) + 2)];
      const quote = { start: next(35) - 2, length: next(20) - 2 };
      const layout = layoutParagraph(text, { quote, hits: findTermRanges(text, terms), markers: new Map([['①', 'n1'], ['②', 'n2']]) });
      if (text.length > 0) expectCovers(text, layout);
      else expect(runs(layout)).toEqual([]);
      for (const r of runs(layout)) {
        const ch = text.slice(r.start, r.end);
        if (r.footnoteId) expect(ch === '①' || ch === '②').toBe(true);
      }
    }
  });
});
