// Paper and printed type size. A sheet printed "one page wide" is shrunk until its columns fit, so
// 10 pt text on a wide table used to come out at 6–7 pt. Here the font size of each sheet is chosen
// from its column widths and the paper so that, after that shrinking, no text prints below 9 pt.
import type { ExportLang } from './input.ts';

/** OOXML paperSize codes. */
export const PAPER = { letter: 1, a4: 9 } as const;
export type PaperSize = (typeof PAPER)[keyof typeof PAPER];

/** Countries that use US Letter; everywhere else (and by default) uses A4 (ISO 216). */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'CR', 'GT', 'PR', 'DO', 'SV', 'NI', 'PA', 'BZ']);

/**
 * A4 for a Chinese or bilingual briefing, and for English by default; Letter only for an English
 * export made on a machine whose locale is in a Letter country (en-US, en-CA, es-MX, …).
 */
export function paperFor(lang: ExportLang, locale: string | undefined): PaperSize {
  if (lang !== 'en' || !locale) return PAPER.a4;
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale.replace(/_/g, '-').replace(/\..*$/, '')).maximize().region;
  } catch {
    return PAPER.a4;
  }
  return region && LETTER_REGIONS.has(region) ? PAPER.letter : PAPER.a4;
}

/** Page size in points, portrait. */
const PAGE_POINTS: Record<PaperSize, { w: number; h: number }> = {
  [PAPER.a4]: { w: 595.3, h: 841.9 },
  [PAPER.letter]: { w: 612, h: 792 },
};

/** Left + right page margins, in inches, set by sheet-setup.ts. */
export const SIDE_MARGINS_IN = 0.5;

/**
 * Points per unit of Excel column width: widths are in "characters of the default font" (Calibri
 * 11, 7 px per digit, padding included), i.e. 7 px = 5.25 pt each.
 */
const POINTS_PER_WIDTH = 5.25;

export const MIN_PRINTED_PT = 9;
const BASE_PT = 10;

/** The factor fit-to-width shrinks a sheet by (Excel prints whole percents, rounded down). */
export function printScale(widths: readonly number[], paper: PaperSize, portrait: boolean): number {
  const page = PAGE_POINTS[paper];
  const printable = (portrait ? page.w : page.h) - 2 * SIDE_MARGINS_IN * 72;
  const table = widths.reduce((a, b) => a + b, 0) * POINTS_PER_WIDTH;
  return Math.min(1, Math.floor((printable / table) * 100) / 100);
}

/** The smallest font size (in half points, at least 10 pt) that prints at 9 pt or more after shrinking. */
export function fontSizeFor(widths: readonly number[], paper: PaperSize, portrait: boolean): number {
  const scale = printScale(widths, paper, portrait);
  return Math.max(BASE_PT, Math.ceil((MIN_PRINTED_PT / scale) * 2) / 2);
}
