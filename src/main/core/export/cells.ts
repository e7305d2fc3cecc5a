// Writing one row of cells to a streaming worksheet.
import type { CellValue, Style, Worksheet } from 'exceljs';
import { rowHeight } from './row-height.ts';
import type { Measured } from './row-height.ts';

export interface Cell {
  value: CellValue;
  style: Partial<Style>;
}

export function cell(value: CellValue, style: Partial<Style>): Cell {
  return { value, style };
}

/** A cell that jumps elsewhere in the workbook when clicked. */
export function linked(text: string, target: string | undefined, tooltip: string, style: Partial<Style>, plain: Partial<Style>): Cell {
  if (!target) return { value: text, style: plain };
  return { value: { text, hyperlink: target, tooltip }, style };
}

function textOf(value: CellValue): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'hyperlink' in value && typeof value.text === 'string') return value.text;
  return '';
}

/** `widths` are the sheet's column widths, used to size the row so wrapped text is not clipped. */
export function writeRow(ws: Worksheet, rowNumber: number, cells: readonly Cell[], widths: readonly number[]): void {
  const row = ws.getRow(rowNumber);
  const measured: Measured[] = [];
  cells.forEach((c, i) => {
    const target = row.getCell(i + 1);
    target.value = c.value;
    // Whole-object assignment keeps the style shared (see styles.ts).
    target.style = c.style;
    const text = textOf(c.value);
    if (text) measured.push({ text, width: widths[i] ?? 10, size: c.style.font?.size ?? 10 });
  });
  row.height = rowHeight(measured);
  row.commit();
}
