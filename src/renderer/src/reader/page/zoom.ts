// Zoom of the page view. A scale is CSS pixels per PDF point; "100 %" is the printed size on a
// 96-dpi screen (96 / 72 px per point), as in every PDF reader.
import type { PageSize } from '../../../../shared/types.ts';

export type Zoom = { kind: 'fit-width' } | { kind: 'fit-page' } | { kind: 'scale'; scale: number };

export const CSS_PER_POINT = 96 / 72;
/** Zoom steps of + and −, as percentages. */
export const ZOOM_STEPS = [25, 33, 50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300, 400] as const;
/** Space around the pages inside the pane (px). */
export const PAGE_GAP = 12;

export function scaleFor(zoom: Zoom, pages: readonly PageSize[], view: { width: number; height: number }): number {
  if (zoom.kind === 'scale') return zoom.scale;
  const widest = Math.max(1, ...pages.map((p) => p.width));
  const fitWidth = Math.max(0.1, (view.width - 2 * PAGE_GAP) / widest);
  if (zoom.kind === 'fit-width') return fitWidth;
  const tallest = Math.max(1, ...pages.map((p) => p.height));
  return Math.max(0.1, Math.min(fitWidth, (view.height - 2 * PAGE_GAP) / tallest));
}

export function percentOf(scale: number): number {
  return Math.round((scale / CSS_PER_POINT) * 100);
}

/** The next step up (+1) or down (−1) from the current scale. */
export function stepZoom(scale: number, direction: 1 | -1): Zoom {
  const now = (scale / CSS_PER_POINT) * 100;
  const steps = direction > 0 ? ZOOM_STEPS.filter((s) => s > now + 0.5) : ZOOM_STEPS.filter((s) => s < now - 0.5).reverse();
  const next = steps[0] ?? (direction > 0 ? 400 : 25);
  return { kind: 'scale', scale: (next / 100) * CSS_PER_POINT };
}

/** Top of each page in the stacked layout at a scale (px), and the total height. */
export function pageTops(pages: readonly PageSize[], scale: number): { tops: number[]; height: number } {
  const tops: number[] = [];
  let y = PAGE_GAP;
  for (const p of pages) {
    tops.push(y);
    y += p.height * scale + PAGE_GAP;
  }
  return { tops, height: y };
}

/** The 1-based page at a scroll offset: the last page whose top is at or above it. */
export function pageAt(tops: readonly number[], offset: number): number {
  let lo = 0;
  let hi = tops.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tops[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export interface PageWindow {
  /** The page at the pane's reading line (a third of the way down), and the first and last page drawn. */
  current: number;
  first: number;
  last: number;
}

/**
 * The pages a scroll offset shows: the current one, and the range drawn — the visible part and
 * `margin` pane heights on either side (1-based; all 0 without pages).
 */
export function pageWindow(tops: readonly number[], top: number, height: number, margin: number): PageWindow {
  if (tops.length === 0) return { current: 0, first: 0, last: 0 };
  return { current: pageAt(tops, top + height / 3), first: pageAt(tops, top - height * margin), last: pageAt(tops, top + height * (1 + margin)) };
}

export const sameWindow = (a: PageWindow, b: PageWindow) => a.current === b.current && a.first === b.first && a.last === b.last;
