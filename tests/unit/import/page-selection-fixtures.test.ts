// A selection on the original page becomes a quote of the rebuilt text (the repair by a selection on
// the page): on the real fixture PDFs, with pdf.js's text items in Node as the text layer has them,
// a drag from a quote's first printed character to its last gives back exactly that quote — or is
// refused, never a different quote — and selections over two paragraphs or over a running head are refused.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignTextToGlyphs, paragraphGlyphs } from '../../../src/renderer/src/reader/page/geometry.ts';
import type { PageTextRun } from '../../../src/renderer/src/reader/page/geometry.ts';
import { END_OF_PAGE, pickFromPage } from '../../../src/renderer/src/reader/page/page-selection.ts';
import type { PagePoint } from '../../../src/renderer/src/reader/page/page-selection.ts';
import { pageRuns } from './page-runs.ts';
import type { Paragraph } from '../../../src/shared/types.ts';
import { openWorkspace } from '../helpers.ts';
import { FIXTURES } from './truth.ts';


async function load(file: string) {
  const ws = openWorkspace();
  const summary = await ws.sources.import(path.join(FIXTURES, file), { worker: false });
  const runs = await pageRuns(path.join(FIXTURES, file));
  const paragraphs: Paragraph[] = ws.listParagraphs(summary.id);
  return { paragraphs, runs, runsOf: (n: number) => runs.get(n) ?? [] };
}

const order = (a: PagePoint, b: PagePoint) => a.page - b.page || a.item - b.item || a.unit - b.unit;

/** The drag an analyst makes over the characters [start, end) of a paragraph: from the first printed one to just after the last. */
function dragOver(p: Paragraph, start: number, end: number, runsOf: (n: number) => readonly PageTextRun[]): { from: PagePoint; to: PagePoint } | null {
  const glyphs = paragraphGlyphs(p.boxes ?? [], runsOf);
  const map = alignTextToGlyphs(p.text, glyphs);
  const points: PagePoint[] = [];
  for (let i = start; i < end; i++) {
    const g = map[i]! >= 0 ? glyphs[map[i]!]! : null;
    if (g && g.item !== undefined && g.unit !== undefined) points.push({ page: g.page, item: g.item, unit: g.unit });
  }
  if (points.length === 0) return null;
  points.sort(order);
  const last = points[points.length - 1]!;
  return { from: points[0]!, to: { ...last, unit: last.unit + 1 } };
}

for (const file of ['zh-paper.pdf', 'en-report.pdf', 'ja-paper.pdf', 'three-column.pdf', 'ja-tagged.pdf']) {
  describe(`a selection on the page of ${file}`, () => {
    it('gives back exactly the quote dragged over, in (almost) every body paragraph, and never another one', async () => {
      const { paragraphs, runsOf } = await load(file);
      let tried = 0;
      let exact = 0;
      for (const p of paragraphs) {
        if (p.kind !== 'body' || p.text.length < 40) continue;
        let start = Math.floor(p.text.length / 3);
        let end = Math.min(p.text.length, start + 30);
        while (/\s/.test(p.text[start]!)) start++;
        while (/\s/.test(p.text[end - 1]!)) end--;
        const drag = dragOver(p, start, end, runsOf);
        if (!drag) continue;
        tried++;
        const pick = pickFromPage(drag.from, drag.to, paragraphs, runsOf);
        if (pick.kind !== 'quote') continue;
        expect(pick, `${p.id}: ${p.text.slice(start, end)}`).toMatchObject({ paragraphId: p.id, start, exact: p.text.slice(start, end) });
        expect(pick.rects.length).toBeGreaterThan(0);
        exact++;
      }
      expect(tried).toBeGreaterThan(3);
      expect(exact / tried).toBeGreaterThan(0.9);
    });

    it('refuses a selection that runs from one paragraph into the next, changing nothing', async () => {
      const { paragraphs, runsOf } = await load(file);
      const body = paragraphs.filter((p) => p.kind === 'body' && p.text.length >= 20 && p.boxes?.length);
      const pair = body.findIndex((p, i) => i + 1 < body.length && body[i + 1]!.page === p.page && body[i + 1]!.ordinal === p.ordinal + 1);
      expect(pair).toBeGreaterThanOrEqual(0);
      const a = body[pair]!;
      const b = body[pair + 1]!;
      const first = dragOver(a, a.text.length - 6, a.text.length, runsOf)!;
      const second = dragOver(b, 0, 6, runsOf)!;
      const [from, to] = order(first.from, second.to) < 0 ? [first.from, second.to] : [second.from, first.to];
      const pick = pickFromPage(from, to, paragraphs, runsOf);
      expect(['several', 'outside']).toContain(pick.kind);
    });
  });
}

describe('a selection on the page, refused', () => {
  it('names the running head or page number it took in (text the rebuilt paragraphs leave out)', async () => {
    const { paragraphs, runs, runsOf } = await load('en-report.pdf');
    // Page 2's whole text: the running head and the page number are on it, in no paragraph.
    const pick = pickFromPage({ page: 2, item: 0, unit: 0 }, { page: 2, item: END_OF_PAGE, unit: 0 }, paragraphs, runsOf);
    expect(pick.kind).toBe('outside');
    if (pick.kind !== 'outside') return;
    const pageText = (runs.get(2) ?? []).map((r) => r.str).join('');
    expect(pick.text.length).toBeGreaterThan(0);
    for (const ch of pick.text) expect(pageText).toContain(ch);
  });

  it('says a selection of nothing (spaces only, or an empty range) is empty', async () => {
    const { paragraphs, runsOf } = await load('en-report.pdf');
    expect(pickFromPage({ page: 1, item: 3, unit: 2 }, { page: 1, item: 3, unit: 2 }, paragraphs, runsOf).kind).toBe('empty');
  });

  it('refuses a selection whose printed characters are not the text\'s (a character the text has that the page does not print)', () => {
    const line = (baseline: number, width: number) => ({ page: 1, x: 50, y: baseline - 8.5, width, height: 10 });
    const runs: PageTextRun[] = [
      { str: 'Export controls on', x: 50, baseline: 100, width: 180, size: 10, item: 0 },
      { str: 'firms abroad', x: 50, baseline: 114, width: 120, size: 10, item: 1 },
    ];
    const p = (text: string): Paragraph => ({ id: 'd.1', docId: 'd', ordinal: 1, kind: 'body', section: '', sectionTitle: '', level: null, lang: 'en', text, marker: null, noteOf: null, page: 1, boxes: [line(100, 180), line(114, 120)] });
    // "controls on firms", from the c to the s on the next line.
    const from = { page: 1, item: 0, unit: 7 };
    const to = { page: 1, item: 1, unit: 5 };
    expect(pickFromPage(from, to, [p('Export controls on firms abroad')], () => runs)).toMatchObject({ kind: 'quote', start: 7, exact: 'controls on firms' });
    // The rebuilt text has a comma the page does not print: the selection is not exactly that text.
    expect(pickFromPage(from, to, [p('Export controls, on firms abroad')], () => runs)).toMatchObject({ kind: 'differs', text: 'controls, on firms' });
  });
});
