// Writing one row of cells to a streaming worksheet.
import type { CellValue, Style, Worksheet } from 'exceljs';
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
    target.value = c.value;
    // Whole-object assignment keeps the style shared (see styles.ts).
    target.style = c.style;
    if (typeof c.value === 'string' && c.value) measured.push({ text: c.value, width: widths[i] ?? 10, size: c.style.font?.size ?? 10, font: c.style.font?.name ?? '' });
    if (c.link && links) links.push({ ref: `${columnLetter(i + 1)}${rowNumber}`, location: c.link.target.replace(/^#/, ''), tooltip: c.link.tooltip });
  });
  row.height = rowHeight(measured);
  row.commit();
}
