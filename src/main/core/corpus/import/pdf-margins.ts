import type { Line } from './pdf-lines.ts';

// Running heads, page numbers and footer lines of a one- or two-page document, where repetition
// across pages cannot decide (a head printed on page 2 only, a footer on page 1 only, a single
// page). Decided by place and print instead: the outermost line in the top or bottom margin band,
// set apart from the text block by clear white space, and either shaped like a page number
// (`- 3 -`, `第3页`, `3 / 12`, `Page 3 of 12`, `3ページ`) or printed smaller than the text and
// short. A heading is never furniture here: it is set at or above the body size.

interface MarginPage {
  page: number;
  width: number;
  height: number;
  lines: readonly Line[];
}

const DIGITS = '[0-9０-９]{1,4}';
/** What a page number alone on a line looks like, in the three languages. */
export const PAGE_NUMBER_RE = new RegExp(
  [
    // `3`, `- 3 -`, `– 3 –`, `· 3 ·`, `[3]`, `(3)`, `Page 3`, `p. 3`, `3 / 12`, `Page 3 of 12`
    `^[-–—·.|(（\\[\\s]*(?:page|p\\.|pp\\.)?\\s*${DIGITS}(?:\\s*(?:/|／|of)\\s*${DIGITS})?[-–—·.|)）\\]\\s]*$`,
    // `第3页`, `第 3 頁`, `第3页 共12页`, `共12页 第3页`
    `^第\\s*${DIGITS}\\s*[页頁](?:\\s*[,，、]?\\s*共\\s*${DIGITS}\\s*[页頁])?$`,
    `^共\\s*${DIGITS}\\s*[页頁]\\s*[,，、]?\\s*第\\s*${DIGITS}\\s*[页頁]$`,
    // `3ページ`, `3頁`, `- 3 / 12 -`
    `^${DIGITS}\\s*(?:ページ|頁|页)$`,
    `^[-–—]\\s*${DIGITS}\\s*(?:/|／)\\s*${DIGITS}\\s*[-–—]$`,
  ].join('|'),
  'iu',
);

/** A footnote opens with its label; such a line at the page bottom is a note, not a footer. */
const NOTE_LABEL_RE = /^(?:[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]|\d{1,3}(?=[\s).．、]|\p{Script=Han}|\p{L}))/u;

/** Small print at a page's foot that belongs to the text: captions, sources, notes to a table. */
const TEXT_LABEL_RE = /^(?:Figure|Fig\.|Table|Chart|Source|Sources|Note|Notes|图|表|図|圖|资料来源|来源|注|出典|出所|資料)/iu;

/**
 * The margin furniture of a short document: per page, the top-most and bottom-most lines that are
 * page numbers, or small short lines apart from the text. `known` are lines already found by
 * repetition; they are left out of the decision (a second footer line above a known one counts).
 */
export function marginFurniture(pages: readonly MarginPage[], known: ReadonlySet<Line>, bodySize: number): Line[] {
  const out: Line[] = [];
  for (const p of pages) {
    const lines = p.lines.filter((l) => !known.has(l) && !l.vertical).sort((a, b) => a.box.y - b.box.y);
    if (lines.length < 3) continue;
    const textLeft = Math.min(...lines.map((l) => l.left));
    const textRight = Math.max(...lines.map((l) => l.right));
    const textWidth = Math.max(1, textRight - textLeft);
    const apart = (gap: number) => gap > Math.max(1.2 * bodySize, 10);
    const small = (l: Line) => l.size < bodySize * 0.9;
    const short = (l: Line) => l.right - l.left < textWidth * 0.75 && [...l.text].length <= 80;
    const furniture = (l: Line, gap: number, bottom: boolean): boolean => {
      if (!apart(gap)) return false;
      if (PAGE_NUMBER_RE.test(l.text)) return true;
      if (!small(l) || !short(l) || TEXT_LABEL_RE.test(l.text)) return false;
      // At the bottom, a labelled small line is a footnote; a footer carries no label.
      return !(bottom && NOTE_LABEL_RE.test(l.text));
    };
    // Top: at most two lines in the top sixth of the page, above every line of body size or larger.
    const isText = (l: Line) => l.size >= bodySize * 0.95 && !PAGE_NUMBER_RE.test(l.text);
    const firstBody = lines.findIndex(isText);
    for (let i = 0; i < Math.min(2, lines.length - 1); i++) {
      const l = lines[i]!;
      const next = lines[i + 1]!;
      if (l.box.y > p.height / 6 || (firstBody !== -1 && i >= firstBody)) break;
      if (!furniture(l, next.box.y - (l.box.y + l.box.height), false)) break;
      out.push(l);
    }
    // Bottom: at most two lines in the bottom sixth, below every line of body size or larger.
    let lastBody = -1;
    lines.forEach((l, i) => {
      if (isText(l)) lastBody = i;
    });
    for (let i = lines.length - 1; i > Math.max(0, lines.length - 3); i--) {
      const l = lines[i]!;
      const above = lines[i - 1]!;
      if (l.box.y < p.height * (5 / 6) || i <= lastBody) break;
      if (!furniture(l, l.box.y - (above.box.y + above.box.height), true)) break;
      out.push(l);
    }
  }
  return out;
}
