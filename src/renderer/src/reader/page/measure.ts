// Per-character advances of a text run, measured in a font like the one pdf.js names for it (serif,
// sans-serif, monospace): a proportional Latin line is split where its letters really are, not in
// equal parts. The result is scaled to the run's printed width by the geometry, so only ratios count.
import type { MeasureAdvances } from './text-runs.ts';

const cache = new Map<string, number>();
let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null = null;

function ctx() {
  context ??= typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1).getContext('2d') : document.createElement('canvas').getContext('2d');
  return context;
}

export const measureAdvances: MeasureAdvances = (str, fontFamily) => {
  const c = ctx();
  if (!c) return undefined;
  const family = /^[\w\s,-]+$/.test(fontFamily) ? fontFamily : 'sans-serif';
  c.font = `100px ${family}`;
  const out: number[] = [];
  for (let i = 0; i < str.length; i++) {
    const ch = str[i]!;
    const key = `${family}\u0000${ch}`;
    let w = cache.get(key);
    if (w === undefined) {
      w = c.measureText(ch).width;
      cache.set(key, w);
    }
    out.push(w);
  }
  return out;
};
