import { describe, expect, it } from 'vitest';
import { orderPage } from '../../../src/main/core/corpus/import/pdf-columns.ts';
import type { Line } from '../../../src/main/core/corpus/import/pdf-lines.ts';

// Reading order of printed lines on one A4 page (595 pt wide, text from 64 to 531), by geometry
// alone: the lines are given bottom-up and interleaved, as a content stream may draw them.

function line(text: string, left: number, right: number, baseline: number, size = 9.5): Line {
  return { page: 1, text, refs: [], size, left, right, baseline, box: { page: 1, x: left, y: baseline - size, width: right - left, height: size }, vertical: false };
}

/** `rows` lines per column, columns of `width` from `x0` with `gutter` between, from `top` down. */
function columns(label: string, n: number, rows: number, top: number, gutter = 18, x0 = 64, x1 = 531): Line[] {
  const width = (x1 - x0 - (n - 1) * gutter) / n;
  const out: Line[] = [];
  for (let c = 0; c < n; c++) {
    for (let r = 0; r < rows; r++) {
      const left = x0 + c * (width + gutter);
      // Ragged right edges, a short last line now and then.
      const right = left + width - (r % 5 === 4 ? width * 0.6 : (r * 7) % 11);
      out.push(line(`${label}${c + 1}.${r + 1}`, left, right, top + r * 13.8));
    }
  }
  return out;
}

const texts = (lines: readonly Line[]) => lines.map((l) => l.text);
const shuffled = (lines: readonly Line[]) => [...lines].reverse();

describe('reading order by columns', () => {
  it('reads three columns under a full-width title and standfirst, column by column', () => {
    const title = line('Title', 148, 449, 100, 20);
    const standfirst = [line('Standfirst one', 64, 518, 126, 10.5), line('Standfirst two', 64, 515, 141, 10.5), line('year.', 64, 85, 157, 10.5)];
    const body = columns('c', 3, 30, 190);
    const notes = [line('1 A note across the page', 64, 330, 800, 8), line('2 Another note across the page, long enough', 64, 420, 811, 8)];
    const order = orderPage(shuffled([title, ...standfirst, ...body, ...notes]), 595);
    expect(texts(order.lines)).toEqual(texts([title, ...standfirst, ...body, ...notes]));
    expect(order.columned).toBe(true);
    // Lines of one column share a column; the three columns differ.
    const cols = new Set(body.map((l) => order.column.get(l)));
    expect(cols.size).toBe(3);
  });

  it('reads a band of three columns, a full-width box, then two columns, on one page', () => {
    const three = columns('t', 3, 8, 80);
    const box = [line('Box line one across the page', 64, 528, 200), line('Box line two across the page', 64, 470, 214)];
    const two = columns('w', 2, 12, 245);
    const order = orderPage(shuffled([...three, ...box, ...two]), 595);
    expect(texts(order.lines)).toEqual(texts([...three, ...box, ...two]));
  });

  it('reads four columns (newspaper width) column by column', () => {
    const body = columns('n', 4, 40, 80, 12);
    const order = orderPage(shuffled(body), 595);
    expect(texts(order.lines)).toEqual(texts(body));
    expect(new Set(body.map((l) => order.column.get(l))).size).toBe(4);
  });

  it('reads two columns, a short heading, then three columns (no full-width line between the layouts)', () => {
    const two = columns('w', 2, 12, 80);
    const heading = line('Three columns below', 64, 180, 270, 11.5);
    const three = columns('t', 3, 12, 295);
    const order = orderPage(shuffled([...two, heading, ...three]), 595);
    expect(texts(order.lines)).toEqual(texts([...two, heading, ...three]));
  });

  it('does not cut one set of columns in two where centred headings cross its gutter', () => {
    const a = columns('a', 2, 10, 80);
    const h1 = line('A centred heading across the gutter', 220, 375, 230, 11.5);
    const b = columns('b', 2, 10, 250);
    const h2 = line('Another centred heading', 230, 365, 400, 11.5);
    const c = columns('c', 2, 10, 420);
    const h3 = line('A third centred heading', 230, 365, 570, 11.5);
    const d = columns('d', 2, 10, 590);
    const order = orderPage(shuffled([...a, h1, ...b, h2, ...c, h3, ...d]), 595);
    expect(texts(order.lines)).toEqual(texts([...a, h1, ...b, h2, ...c, h3, ...d]));
  });

  it('reads two columns as before, and a region too small for its own gutter uses the page’s', () => {
    const above = columns('a', 2, 20, 80);
    const heading = line('A heading set across both columns of the page', 64, 470, 380, 12);
    const below = columns('b', 2, 2, 400);
    const order = orderPage(shuffled([...above, heading, ...below]), 595);
    expect(texts(order.lines)).toEqual(texts([...above, heading, ...below]));
  });

  it('keeps a single column top to bottom, short lines and a centred heading included', () => {
    const lines = [line('Centred heading', 230, 365, 80, 13), line('First line of the text block', 64, 531, 100), line('second line', 64, 528, 114), line('short end.', 64, 140, 128), line('Indented new paragraph', 80, 531, 142), line('last.', 64, 100, 156)];
    const order = orderPage(shuffled(lines), 595);
    expect(texts(order.lines)).toEqual(texts(lines));
    expect(order.columned).toBe(false);
  });

  it('does not split a narrow column into columns of its own (a two-column page stays two)', () => {
    const body = columns('c', 2, 40, 80);
    const order = orderPage(shuffled(body), 595);
    expect(new Set(body.map((l) => order.column.get(l))).size).toBe(2);
    expect(texts(order.lines)).toEqual(texts(body));
  });
});
