// Cell styles. Every cell gets one of these shared objects, assigned whole (never `cell.font = …`,
// which would mutate the shared object): exceljs caches style IDs per object identity, and that
// cache is what keeps a 50,000-row export inside its time budget.
import type { Alignment as CellAlignment, Borders, Fill, Font, Style } from 'exceljs';
import type { AlignmentValue } from '../../../shared/types.ts';
import type { ExportLang } from './input.ts';

/** Excel's own Good / Neutral / Bad palette, which analysts already read as green / amber / red. */
export const ALIGNMENT_COLOURS: Record<AlignmentValue, { fill: string; text: string }> = {
  aligned: { fill: 'FFC6EFCE', text: 'FF006100' },
  partly: { fill: 'FFFFEB9C', text: 'FF9C5700' },
  divergent: { fill: 'FFFFC7CE', text: 'FF9C0006' },
  'not-covered': { fill: 'FFE7E6E6', text: 'FF3A3A3A' },
};

export const HEADER_FILL = 'FFD9E1F2';
export const BROKEN_TEXT = 'FFC00000';
const LINK_TEXT = 'FF1F4E79';
const MUTED_TEXT = 'FF595959';
const RULE = 'FFBFBFBF';
/** Amber, as the interface marks an out-of-date translation. */
const STALE_FILL = 'FFFFF2CC';

export interface Styles {
  header: Partial<Style>;
  caption: Partial<Style>;
  text: Partial<Style>;
  textMuted: Partial<Style>;
  number: Partial<Style>;
  date: Partial<Style>;
  code: Partial<Style>;
  codeLink: Partial<Style>;
  quoteLink: Partial<Style>;
  quoteLinkBroken: Partial<Style>;
  quoteNone: Partial<Style>;
  brokenStatus: Partial<Style>;
  /** A summary or reason printed in a language that is out of date (its marker line above it). */
  staleText: Partial<Style>;
  brokenQuote: Partial<Style>;
  anchoredStatus: Partial<Style>;
  key: Partial<Style>;
  alignment: Record<AlignmentValue, Partial<Style>>;
  swatch: Record<AlignmentValue, Partial<Style>>;
}

function solid(argb: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}

/** `size`: the sheet's body text size in points (see paper.ts); nothing is smaller. */
export function makeStyles(lang: ExportLang, size = 10): Styles {
  // DengXian (等线) ships with Office 2016+ on Windows and macOS and covers Latin and CJK, so a
  // Chinese briefing does not depend on Excel's font fallback. English-only exports keep Calibri.
  const name = lang === 'en' ? 'Calibri' : 'DengXian';
  const font = (extra: Partial<Font> = {}): Partial<Font> => ({ name, size, family: 2, ...extra });
  const rule = { style: 'thin' as const, color: { argb: RULE } };
  const border: Partial<Borders> = { top: rule, left: rule, bottom: rule, right: rule };
  const wrap: Partial<CellAlignment> = { wrapText: true, vertical: 'top' };
  const centred: Partial<CellAlignment> = { wrapText: true, vertical: 'top', horizontal: 'center' };

  const alignment = {} as Record<AlignmentValue, Partial<Style>>;
  const swatch = {} as Record<AlignmentValue, Partial<Style>>;
  for (const [value, c] of Object.entries(ALIGNMENT_COLOURS) as Array<[AlignmentValue, { fill: string; text: string }]>) {
    alignment[value] = { font: font({ bold: true, color: { argb: c.text } }), fill: solid(c.fill), border, alignment: centred };
    swatch[value] = { font: font({ bold: true, color: { argb: c.text } }), fill: solid(c.fill), border, alignment: { vertical: 'top', horizontal: 'center' } };
  }

  return {
    header: {
      font: font({ bold: true, color: { argb: 'FF1F1F1F' } }),
      fill: solid(HEADER_FILL),
      border: { ...border, bottom: { style: 'medium', color: { argb: 'FF8EA9DB' } } },
      alignment: { wrapText: true, vertical: 'middle', horizontal: 'left' },
    },
    caption: { font: font({ bold: true, size: size + 2 }), alignment: { vertical: 'bottom' } },
    text: { font: font(), border, alignment: wrap },
    textMuted: { font: font({ color: { argb: MUTED_TEXT } }), border, alignment: wrap },
    number: { font: font(), border, alignment: { vertical: 'top', horizontal: 'right' } },
    date: { font: font(), border, alignment: { vertical: 'top', horizontal: 'left' }, numFmt: 'yyyy-mm-dd hh:mm' },
    code: { font: font({ color: { argb: MUTED_TEXT } }), border, alignment: wrap },
    codeLink: { font: font({ color: { argb: LINK_TEXT }, underline: true }), border, alignment: wrap },
    quoteLink: { font: font({ color: { argb: LINK_TEXT }, underline: true }), border, alignment: centred },
    quoteLinkBroken: { font: font({ bold: true, color: { argb: BROKEN_TEXT }, underline: true }), border, alignment: centred },
    quoteNone: { font: font({ color: { argb: MUTED_TEXT } }), border, alignment: centred },
    brokenStatus: { font: font({ bold: true, color: { argb: BROKEN_TEXT } }), fill: solid('FFFFC7CE'), border, alignment: wrap },
    brokenQuote: { font: font({ color: { argb: BROKEN_TEXT } }), border, alignment: wrap },
    staleText: { font: font(), fill: solid(STALE_FILL), border, alignment: wrap },
    anchoredStatus: { font: font({ color: { argb: MUTED_TEXT } }), border, alignment: wrap },
    key: { font: font({ bold: true }), border, alignment: wrap },
    alignment,
    swatch,
  };
}
