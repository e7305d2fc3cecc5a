import type { Line } from './pdf-lines.ts';

// Reading order on one page: one, two, three or more columns, and column counts that change on the
// page (a full-width title or standfirst over three columns, a box across the page between a band
// of three columns and a band of two).
//
// The page is cut into regions at wide lines (lines spanning most of the text's width cannot sit
// in a column); each region finds its own gutters, a gutter splitting the region's lines in two and
// then each side again, so three columns are two nested splits. Inside a region, lines are read in
// bands: column by column, top to bottom, until a line crosses a gutter (a centred heading over two
// columns), which closes the band.

export interface PageOrder {
  lines: Line[];
  /** Per line, the column it was read in (lines of one column share its edges), or `span`. */
  column: Map<Line, string>;
  /** Whether any region of the page has columns. */
  columned: boolean;
}

/** Lines wider than this share of the text's width are full-width: they cut the page into regions. */
const WIDE = 0.6;

export function orderPage(lines: readonly Line[], pageWidth: number): PageOrder {
  const sorted = [...lines].sort((a, b) => a.baseline - b.baseline || a.left - b.left);
  const column = new Map<Line, string>();
  if (sorted.length === 0 || sorted[0]!.vertical) {
    for (const l of sorted) column.set(l, '0');
    return { lines: sorted, column, columned: false };
  }
  const left = Math.min(...sorted.map((l) => l.left));
  const right = Math.max(...sorted.map((l) => l.right));
  const wide = (l: Line) => l.right - l.left > (right - left) * WIDE;
  // The page's own gutters, found over all its lines: what a region too small to show its own
  // columns (two lines under a full-width heading) falls back on.
  const pageGutters = findGutters(sorted, pageWidth);
  const regions: Line[][] = [];
  let run: Line[] = [];
  for (const l of sorted) {
    if (wide(l)) {
      if (run.length > 0) regions.push(run);
      regions.push([l]);
      run = [];
    } else run.push(l);
  }
  if (run.length > 0) regions.push(run);

  // A region whose gutters many of its lines cross holds two column layouts one above the other
  // (two columns, a short heading, three columns): cut it where white space runs across it.
  const parts: Part[] = [];
  for (const region of regions) {
    if (region.length === 1 && wide(region[0]!)) parts.push({ lines: region, gutters: [] });
    else parts.push(...cutByLayout(region, pageWidth, 0));
  }

  const out: Line[] = [];
  let columned = false;
  parts.forEach((part, r) => {
    const region = part.lines;
    if (region.length === 1 && wide(region[0]!)) {
      out.push(region[0]!);
      column.set(region[0]!, 'span');
      return;
    }
    let gutters = part.gutters;
    if (gutters.length === 0) gutters = pageGutters.filter((g) => region.every((l) => l.right <= g || l.left >= g));
    if (gutters.length > 0) columned = true;
    let band: Line[][] = gutters.map(() => []).concat([[]]);
    const flush = () => {
      for (const col of band) out.push(...col);
      band = gutters.map(() => []).concat([[]]);
    };
    for (const l of region) {
      const k = gutters.findIndex((g) => l.left < g);
      const index = k === -1 ? gutters.length : k;
      if (index < gutters.length && l.right > gutters[index]!) {
        // Crosses a gutter: whatever was above it in the columns is read first.
        flush();
        out.push(l);
        column.set(l, 'span');
        continue;
      }
      band[index]!.push(l);
      column.set(l, gutters.length === 0 ? 'span' : `${r}:${index}`);
    }
    flush();
  });
  if (!columned) for (const l of sorted) column.set(l, '0');
  return { lines: out, column, columned };
}

/** Lines read as one layout, with the gutters found for them. */
interface Part {
  lines: Line[];
  gutters: number[];
}

/** Lines of a region that cross one of the gutters found for it. */
function crossers(lines: readonly Line[], gutters: readonly number[]): number {
  let n = 0;
  for (const l of lines) if (gutters.some((g) => l.left < g && l.right > g)) n++;
  return n;
}

/**
 * Splits a region (lines sorted by baseline) at the clean horizontal cut — every line above ends
 * before every line below begins — that leaves the fewest lines crossing the gutters of the parts,
 * when the region's own gutters are crossed by several lines. Column text whose baselines do not
 * line up across columns has clean cuts only where one layout ends and the next begins.
 */
function cutByLayout(region: readonly Line[], pageWidth: number, depth: number): Part[] {
  const gutters = findGutters(region, pageWidth);
  const whole = [{ lines: [...region], gutters }];
  if (depth > 2 || region.length < 16) return whole;
  const before = crossers(region, gutters);
  if (gutters.length === 0 || before < 3) return whole;
  const bottoms: number[] = [];
  let maxBottom = -Infinity;
  for (const l of region) bottoms.push((maxBottom = Math.max(maxBottom, l.box.y + l.box.height)));
  let best: { at: number; score: number } | null = null;
  let minTop = Infinity;
  const tops: number[] = new Array<number>(region.length);
  for (let i = region.length - 1; i >= 0; i--) tops[i] = minTop = Math.min(minTop, region[i]!.box.y);
  // Each part big enough to show its columns, and the layouts must differ: a cut between two parts
  // with the same gutters would split one set of columns and read it in two halves.
  for (let i = 8; i <= region.length - 8; i++) {
    if (bottoms[i - 1]! >= tops[i]!) continue;
    const upper = region.slice(0, i);
    const lower = region.slice(i);
    const up = findGutters(upper, pageWidth);
    const down = findGutters(lower, pageWidth);
    if (up.length === down.length && up.every((g, k) => Math.abs(g - down[k]!) < 12)) continue;
    const score = crossers(upper, up) + crossers(lower, down);
    if (!best || score < best.score) best = { at: i, score };
  }
  if (!best || best.score > before / 2) return whole;
  return [...cutByLayout(region.slice(0, best.at), pageWidth, depth + 1), ...cutByLayout(region.slice(best.at), pageWidth, depth + 1)];
}

/** The gutters of a set of lines, left to right: one split, then each side split again. */
function findGutters(lines: readonly Line[], pageWidth: number): number[] {
  const first = findGutter(lines, pageWidth * 0.3, pageWidth * 0.7, 3, 2);
  if (first === null) return [];
  const out = [first];
  const split = (side: readonly Line[], depth: number): void => {
    if (depth > 2 || side.length < 8) return;
    const lo = Math.min(...side.map((l) => l.left));
    const hi = Math.max(...side.map((l) => l.right));
    // Too narrow to hold two columns.
    if (hi - lo < pageWidth * 0.3) return;
    const g = findGutter(side, lo + (hi - lo) * 0.25, hi - (hi - lo) * 0.25, 4, 4);
    // A column narrower than an eighth of the page is a table cell or a list label, not a column.
    if (g === null || g - lo < pageWidth * 0.12 || hi - g < pageWidth * 0.12) return;
    out.push(g);
    split(side.filter((l) => l.right <= g), depth + 1);
    split(side.filter((l) => l.left >= g), depth + 1);
  };
  split(lines.filter((l) => l.right <= first), 1);
  split(lines.filter((l) => l.left >= first), 1);
  return out.sort((a, b) => a - b);
}

function findGutter(lines: readonly Line[], from: number, to: number, minLeft: number, minRight: number): number | null {
  // Try positions across the range; a gutter has lines ending left of it and starting right of
  // it, and few lines crossing it.
  let best: { x: number; score: number } | null = null;
  for (let x = from; x <= to; x += 4) {
    // Only the band where the right column has text counts: a title above or notes below cross any gutter.
    let top = Infinity;
    let bottom = -Infinity;
    for (const line of lines) {
      if (line.left >= x) {
        top = Math.min(top, line.baseline);
        bottom = Math.max(bottom, line.baseline);
      }
    }
    let l = 0;
    let r = 0;
    let cross = 0;
    for (const line of lines) {
      if (line.right <= x) l++;
      else if (line.left >= x) r++;
      else if (line.baseline >= top - 1 && line.baseline <= bottom + 1) cross++;
    }
    if (l >= minLeft && r >= minRight && cross <= Math.min(l, r) / 2) {
      // The gutter that puts the most lines clearly on one side wins.
      const score = l + r - cross * 4;
      if (!best || score > best.score) best = { x, score };
    }
  }
  return best ? best.x : null;
}
