import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../../src/main/core/corpus/import/pdf-structure.ts';
import type { Line } from '../../../src/main/core/corpus/import/pdf-lines.ts';
import { PAGE_NUMBER_RE } from '../../../src/main/core/corpus/import/pdf-margins.ts';

// Furniture of a one-page document, where nothing repeats: decided by place (the outermost line in
// the top or bottom band, apart from the text) and print (a page-number shape, or small and short).

function line(text: string, y: number, size = 10.5, left = 72, right = 523): Line {
  return { page: 1, text, refs: [], size, left, right, baseline: y, vertical: false, box: { page: 1, x: left, y: y - size * 0.85, width: right - left, height: size } };
}

/** A text block of body lines from y = 140 down. */
function body(from = 140, n = 20): Line[] {
  return Array.from({ length: n }, (_, i) => line(`Body line ${i + 1} of the running text, set full width.`, from + i * 15));
}

const onePage = (lines: Line[]) => [{ page: 1, width: 595, height: 842, lines }];
const furnitureOf = (lines: Line[]) => [...findFurniture(onePage(lines))].map((l) => l.text).sort();

describe('furniture of a one-page document', () => {
  it('removes a small head line over the title and a page number at the foot, keeping the title', () => {
    const lines = [line('Economic Security Memo · Tokyo Office', 40, 8, 220, 375), line('Screening Outbound Investment', 80, 17, 72, 330), ...body(), line('- 3 -', 808, 9, 290, 305)];
    expect(furnitureOf(lines)).toEqual(['- 3 -', 'Economic Security Memo · Tokyo Office']);
  });

  it('never takes a real first-line heading, even at the very top of the page', () => {
    expect(furnitureOf([line('1 Purpose', 40, 13, 72, 140), ...body(60)])).toEqual([]);
    // Set at body size, short, at the top: a heading or an opening line, not a running head.
    expect(furnitureOf([line('Memorandum', 40, 10.5, 72, 150), ...body(70)])).toEqual([]);
  });

  it('keeps a footnote at the foot of the page (it opens with its label), removes the footer under it', () => {
    const lines = [...body(), line('1 Executive order of August 2023.', 770, 8, 72, 260), line('Draft for comment — not for circulation', 820, 7, 72, 200)];
    expect(furnitureOf(lines)).toEqual(['Draft for comment — not for circulation']);
    expect(furnitureOf([...body(), line('① 评估清单见附件一。', 780, 8, 72, 200)])).toEqual([]);
  });

  it('keeps small print that belongs to the text: a source line, a line close under the text', () => {
    expect(furnitureOf([...body(), line('Source: Ministry of Finance, 2025.', 790, 8, 72, 230)])).toEqual([]);
    // No white space between it and the text above: the text's own small print.
    expect(furnitureOf([...body(500), line('printed small, right under the last line', 797, 8, 72, 230)])).toEqual([]);
    // The same line set apart at the foot is a footer.
    expect(furnitureOf([...body(500), line('printed small, right under the last line', 825, 8, 72, 230)])).toEqual(['printed small, right under the last line']);
  });

  it('knows the shapes of page numbers in the three languages', () => {
    for (const n of ['3', '- 3 -', '– 12 –', '· 3 ·', '[3]', 'Page 3', 'p. 3', '3 / 12', 'Page 3 of 12', '第3页', '第 3 頁', '第3页 共12页', '共12页 第3页', '3ページ', '- 3 / 12 -', '１２']) {
      expect(PAGE_NUMBER_RE.test(n), n).toBe(true);
    }
    for (const t of ['3 Findings', 'Chapter 3', 'Table 3', '第3章', 'See page 3.', '三、结论']) {
      expect(PAGE_NUMBER_RE.test(t), t).toBe(false);
    }
  });
});

describe('furniture of a two-page document', () => {
  it('removes a running head printed on page 2 only, not the heading right under it', () => {
    const p1 = [line('Title of the memo', 80, 17, 72, 300), ...body()];
    const p2 = [line('Economic Security Memo · Tokyo Office', 40, 8, 220, 375), line('3 Options', 75, 13, 72, 140), ...body(95)].map((l) => ({ ...l, page: 2, box: { ...l.box, page: 2 } }));
    const doc = [{ page: 1, width: 595, height: 842, lines: p1 }, { page: 2, width: 595, height: 842, lines: p2 }];
    expect([...findFurniture(doc)].map((l) => l.text)).toEqual(['Economic Security Memo · Tokyo Office']);
  });
});
