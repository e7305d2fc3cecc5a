// Writing one row of cells to a streaming worksheet.
import type { CellValue, Style, Worksheet } from 'exceljs';

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

export function writeRow(ws: Worksheet, rowNumber: number, cells: readonly Cell[]): void {
  const row = ws.getRow(rowNumber);
  cells.forEach((c, i) => {
    const target = row.getCell(i + 1);
    target.value = c.value;
    // Whole-object assignment keeps the style shared (see styles.ts).
    target.style = c.style;
  });
  row.commit();
}
