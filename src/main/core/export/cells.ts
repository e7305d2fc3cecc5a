// Writing one row of cells to a streaming worksheet.
import type { CellValue, Style, Worksheet } from 'exceljs';
import { stripUnsafeChars } from '../../../shared/text-rules.ts';
import { columnLetter } from './context.ts';
import type { Hyperlink } from './hyperlinks.ts';
import { rowHeight } from './row-height.ts';
import type { Measured } from './row-height.ts';

export interface Cell {
  value: CellValue;
  style: Partial<Style>;
  /** In-document link target (`#'Evidence'!A12`), added after exceljs has written the sheet. */
  link?: { target: string; tooltip: string };
}

export function cell(value: CellValue, style: Partial<Style>): Cell {
  return { value, style };
}

/**
 * A short cell that jumps elsewhere in the workbook when clicked. Keep linked text short and on one
 * line: LibreOffice turns a linked cell into one unbreakable field, so long linked text is clipped.
 */
export function linked(text: string, target: string | undefined, tooltip: string, style: Partial<Style>, plain: Partial<Style>): Cell {
  if (!target) return { value: text, style: plain };
  return { value: text, style, link: { target, tooltip } };
}

/**
 * `widths` are the sheet's column widths, used to size the row so wrapped text is not clipped;
 * links found in `cells` are appended to `links`.
 */
export function writeRow(ws: Worksheet, rowNumber: number, cells: readonly Cell[], widths: readonly number[], links?: Hyperlink[]): void {
  const row = ws.getRow(rowNumber);
  const measured: Measured[] = [];
  cells.forEach((c, i) => {
    const target = row.getCell(i + 1);
    const value = typeof c.value === 'string' ? xmlSafe(c.value) : c.value;
    target.value = value;
    // Whole-object assignment keeps the style shared (see styles.ts).
    target.style = typeof value === 'string' && looksLikeFormula(value) ? quoted(c.style) : c.style;
    if (typeof value === 'string' && value) measured.push({ text: value, width: widths[i] ?? 10, size: c.style.font?.size ?? 10, font: c.style.font?.name ?? '' });
    if (c.link && links) links.push({ ref: `${columnLetter(i + 1)}${rowNumber}`, location: c.link.target.replace(/^#/, ''), tooltip: c.link.tooltip });
  });
  row.height = rowHeight(measured);
  row.commit();
}

/**
 * Text that Excel turns into a formula when the cell is edited (F2, Enter): `=`, `+`, `-`, `@` and
 * their full-width forms, which Japanese and Chinese input methods type. Such cells are written with
 * quotePrefix ("stored as text", like typing a leading apostrophe): shown exactly, never evaluated.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(text);
}

/**
 * The same style marked for quotePrefix. exceljs cannot write that attribute, so the style carries
 * an explicit (default) protection as a marker, and finishPackage turns the marker into
 * quotePrefix="1" in styles.xml (see QUOTE_MARKER in package.ts). One clone per style, so the
 * style-ID cache of exceljs keeps working.
 */
const quotedStyles = new WeakMap<Partial<Style>, Partial<Style>>();
export function quoted(style: Partial<Style>): Partial<Style> {
  let q = quotedStyles.get(style);
  if (!q) quotedStyles.set(style, (q = { ...style, protection: { locked: true } }));
  return q;
}

/** Text the app stores is already free of characters XML cannot carry; this is the last guard. */
function xmlSafe(text: string): string {
  return stripUnsafeChars(text).text;
}
