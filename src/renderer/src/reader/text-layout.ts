// The reader's text is virtualised: only the paragraphs in and near view are in the DOM, the rest are
// heights. This is the arithmetic of that, free of the DOM so it can be unit-tested: one height per
// paragraph (estimated from its text until it has been on screen, measured after), their running
// sums (where each paragraph starts), the paragraph at an offset, and the range to render for a view.
//
// A paragraph's slot is everything from the bottom of the one before it to its own bottom: its margin
// and its box. Slots add up exactly to the laid-out text, so a spacer of `offsetOf(from)` pixels above
// the first rendered paragraph puts every rendered one where it would be if all were rendered.

import type { Paragraph } from '../../../shared/types.ts';

export interface TextMetrics {
  /** Width of a body paragraph's text line (px). */
  lineWidth: number;
}

export interface Range {
  /** First rendered paragraph (index). */
  from: number;
  /** One past the last rendered paragraph. */
  to: number;
}

export class TextLayout {
  readonly count: number;
  private readonly heights: Float64Array;
  private readonly measured: Uint8Array;
  private readonly starts: Float64Array;
  private dirtyFrom: number;

  constructor(count: number, estimate: (index: number) => number) {
    this.count = count;
    this.heights = new Float64Array(count);
    this.measured = new Uint8Array(count);
    this.starts = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) this.heights[i] = estimate(i);
    this.dirtyFrom = 0;
  }

  /** Forgets every measurement and estimates again (the text's width changed: every line wraps anew). */
  reestimate(estimate: (index: number) => number): void {
    for (let i = 0; i < this.count; i++) this.heights[i] = estimate(i);
    this.measured.fill(0);
    this.dirtyFrom = 0;
  }

  heightOf(index: number): number {
    return this.heights[index] ?? 0;
  }

  isMeasured(index: number): boolean {
    return this.measured[index] === 1;
  }

  /** Records a measured slot height; returns how much it changed. */
  setHeight(index: number, height: number): number {
    if (index < 0 || index >= this.count || !Number.isFinite(height) || height < 0) return 0;
    this.measured[index] = 1;
    const delta = height - this.heights[index]!;
    if (delta === 0) return 0;
    this.heights[index] = height;
    if (index < this.dirtyFrom) this.dirtyFrom = index;
    return delta;
  }

  /** Where paragraph `index` starts (its slot's top), from the start of the text (px). */
  offsetOf(index: number): number {
    this.settle();
    return this.starts[Math.max(0, Math.min(this.count, index))]!;
  }

  /** The whole text's height (px). */
  total(): number {
    return this.offsetOf(this.count);
  }

  /** The paragraph whose slot holds `offset` (the first or last at either end). */
  indexAt(offset: number): number {
    if (this.count === 0) return 0;
    this.settle();
    let lo = 0;
    let hi = this.count - 1;
    // The last paragraph starting at or above the offset.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The paragraphs to render for a view from `top` to `bottom` (px into the text), `margin` px more on each side. */
  rangeFor(top: number, bottom: number, margin: number): Range {
    if (this.count === 0) return { from: 0, to: 0 };
    const from = this.indexAt(top - margin);
    const last = this.indexAt(bottom + margin);
    return { from, to: Math.min(this.count, last + 1) };
  }

  /** Whether `range` already covers the view with at least `margin` px to spare wherever there is more text. */
  covers(range: Range, top: number, bottom: number, margin: number): boolean {
    if (range.to <= range.from) return this.count === 0;
    const startsOk = range.from === 0 || this.offsetOf(range.from) <= top - margin;
    const endsOk = range.to === this.count || this.offsetOf(range.to) >= bottom + margin;
    return startsOk && endsOk;
  }

  private settle(): void {
    if (this.dirtyFrom > this.count) return;
    let y = this.starts[this.dirtyFrom]!;
    for (let i = this.dirtyFrom; i < this.count; i++) {
      this.starts[i] = y;
      y += this.heights[i]!;
    }
    this.starts[this.count] = y;
    this.dirtyFrom = this.count + 1;
  }
}

// Type sizes and line heights of reader.css (tokens.css: fs-sm 13, fs-lg 15, fs-xl 17, fs-2xl 19 px).
const BODY = { size: 17, zhLine: 1.95, enLine: 1.7 };
const GAP = 10; // margin between paragraphs (space-5)
const BODY_PAD = 8; // para-body's vertical padding (space-2 × 2)
const MARGIN_ROW = 15; // one row of the paragraph's margin column (ordinal, section, page, "On page")

/** How many ems of line a text takes: CJK and full-width characters one, the rest about half. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    ems += c >= 0x2e80 && c <= 0x9fff ? 1 : c >= 0xac00 && c <= 0xd7af ? 1 : c >= 0xf900 && c <= 0xfaff ? 1 : c >= 0xff00 && c <= 0xffef ? 1 : c >= 0x3000 && c <= 0x303f ? 1 : 0.5;
  }
  return ems;
}

function lines(ems: number, size: number, width: number, hardBreaks: number): number {
  const perLine = Math.max(1, width / size);
  return Math.max(1, Math.ceil(ems / perLine)) + hardBreaks;
}

/**
 * A paragraph's slot height before it has been on screen: its lines at the reader's type sizes for
 * its kind, or its margin column if that is taller. Only a first guess — the measured height replaces
 * it as soon as the paragraph is rendered, and the scroll position is kept while it does.
 */
export function estimateHeight(p: Paragraph, metrics: TextMetrics): number {
  const width = Math.max(120, metrics.lineWidth);
  const breaks = (p.text.match(/\n/g) ?? []).length;
  const ems = textEms(p.text);
  const en = p.lang === 'en';
  const marginRows = 1 + (p.section ? 1 : 0) + (p.page != null ? 1 : 0) + (p.boxes && p.boxes.length > 0 ? 1.4 : 0);
  const marginColumn = 6 + marginRows * MARGIN_ROW;
  let text: number;
  switch (p.kind) {
    case 'heading': {
      const size = p.level === 1 ? 19 : p.level === 2 ? 17 : 15;
      text = lines(ems, size, width, breaks) * size * 1.5;
      break;
    }
    case 'footnote':
      // Indented by 28 px, padded 12 px each side, the marker before it.
      text = lines(ems, 13, width - 60, breaks) * 13 * 1.7;
      break;
    case 'caption':
      text = lines(ems, 13, width, breaks) * 13 * 1.6 + 16;
      break;
    case 'abstract':
      text = lines(ems, 15, width - 44, breaks) * 15 * 1.85 + 16 + 26;
      break;
    default:
      text = lines(ems, BODY.size, width, breaks) * BODY.size * (en ? BODY.enLine : BODY.zhLine);
  }
  return GAP + Math.max(marginColumn, text + BODY_PAD);
}
