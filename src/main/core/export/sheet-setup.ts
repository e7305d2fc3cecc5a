// Page and view setup shared by every sheet: what makes a table print as a briefing handout.
import type { PaperSize as ExcelPaperSize, Workbook, Worksheet } from 'exceljs';
import type { ExportLang } from './input.ts';
import { WORD } from './labels.ts';
import type { Words } from './labels.ts';
import { fontSizeFor, SIDE_MARGINS_IN } from './paper.ts';
import type { PaperSize } from './paper.ts';
import { sheetName } from './sheet-names.ts';
import type { SheetKey } from './sheet-names.ts';
import { say } from './text.ts';

export interface SheetOptions {
  key: SheetKey;
  title: Words;
  lang: ExportLang;
  /** Column widths in Excel character units. */
  widths: readonly number[];
  /** Rows kept on screen while scrolling, and repeated on every printed page (the last of them). */
  frozenRows: number;
  frozenColumns?: number;
  /** Text for the right-hand side of the printed page header (export time, scope). */
  stamp: string;
  portrait?: boolean;
  paper: PaperSize;
}

/** Header/footer codes treat `&` as an escape; Excel also caps each section at 255 characters. */
function hf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const short = flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
  return short.replace(/&/g, '&&');
}

export function addSheet(wb: Workbook, o: SheetOptions): Worksheet {
  const xSplit = o.frozenColumns ?? 0;
  const ySplit = o.frozenRows;
  const topLeft = `${String.fromCharCode(65 + xSplit)}${ySplit + 1}`;
  // Page headers and footers shrink with the sheet too ("scale with document"): size them like the text.
  const size = Math.ceil(fontSizeFor(o.widths, o.paper, o.portrait ?? false));
  const ws = wb.addWorksheet(sheetName(o.key, o.lang), {
    views: [
      ySplit > 0 || xSplit > 0
        ? { state: 'frozen', xSplit, ySplit, topLeftCell: topLeft, activeCell: topLeft, showGridLines: false }
        : { state: 'normal', showGridLines: false },
    ],
    pageSetup: {
      // exceljs' enum has no Letter member (it leaves Letter implicit); the file should say it.
      paperSize: o.paper as unknown as ExcelPaperSize,
      orientation: o.portrait ? 'portrait' : 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      // 0 = as many pages tall as needed; only the width is squeezed onto the page.
      fitToHeight: 0,
      margins: { left: SIDE_MARGINS_IN, right: SIDE_MARGINS_IN, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(ySplit > 0 ? { printTitlesRow: `${ySplit}:${ySplit}` } : {}),
    },
    headerFooter: {
      oddHeader: `&L&${size}&B${hf(`${say(WORD.appName, o.lang)} · ${say(o.title, o.lang)}`)}&B&R&${size}${hf(o.stamp)}`,
      oddFooter: `&L&${size}${hf(say(o.title, o.lang))}&R&${size}${say(WORD.page, o.lang === 'both' ? 'zh' : o.lang)}`,
    },
  });
  ws.columns = o.widths.map((width) => ({ width }));
  return ws;
}
