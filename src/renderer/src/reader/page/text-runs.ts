// pdf.js text content → text runs in the page frame the importer stored the boxes in. No DOM: the page
// view and the unit tests (pdf.js in Node) share it, so both see the same positions.
import type { PageTextRun } from './geometry.ts';

/** The parts of a pdf.js TextItem this needs (a TextMarkedContent has no `str` and is skipped). */
export interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  fontName?: string;
}

/** Scale-1 viewport: PDF user space → the displayed page's top-left frame (crop box, rotation). */
export interface ViewportLike {
  convertToViewportPoint: (x: number, y: number) => number[];
}

/** Per-character advances of a string in a font family at a size, for a finer split of a run's width. */
export type MeasureAdvances = (str: string, fontFamily: string, size: number) => number[] | undefined;

export function textRuns(items: readonly unknown[], styles: Record<string, { fontFamily?: string } | undefined>, viewport: ViewportLike, measure?: MeasureAdvances): PageTextRun[] {
  const runs: PageTextRun[] = [];
  let index = -1;
  for (const raw of items) {
    const item = raw as TextItemLike;
    if (typeof item.str === 'string') index++;
    if (typeof item.str !== 'string' || !item.transform || item.str === '') continue;
    const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
    const [x, baseline] = viewport.convertToViewportPoint(e, f) as [number, number];
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 0;
    const width = item.width ?? 0;
    const advances = measure?.(item.str, styles[item.fontName ?? '']?.fontFamily ?? 'sans-serif', size);
    runs.push({ str: item.str, x, baseline, width, size, item: index, ...(advances ? { advances } : {}) });
  }
  return runs;
}
