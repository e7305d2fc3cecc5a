// Reading our own exports back for assertions. exceljs 4.4's reader drops in-document hyperlinks
// (those stored as `location`, exceljs issue #920), so links are read from the sheet XML here and
// checked again through SheetJS and openpyxl in their own tests.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { entryData, readZip } from '../../../src/main/core/export/zip.ts';

export async function loadExcelJs(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Plain text of a cell, whatever exceljs made of it (string, hyperlink object, rich text). */
export function text(ws: ExcelJS.Worksheet, address: string): string {
  const v = ws.getCell(address).value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'text' in v && typeof v.text === 'string') return v.text;
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (v instanceof Date) return v.toISOString();
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

export function fillOf(ws: ExcelJS.Worksheet, address: string): string | undefined {
  const fill = ws.getCell(address).fill;
  return fill && fill.type === 'pattern' ? fill.fgColor?.argb : undefined;
}

/** Sheet name → { cell ref → location } from the raw package. */
export function rawHyperlinks(file: string): Map<string, Map<string, string>> {
  const entries = readZip(fs.readFileSync(file));
  const byName = new Map(entries.map((e) => [e.name, e]));
  const workbook = entryData(byName.get('xl/workbook.xml')!).toString('utf8');
  const rels = entryData(byName.get('xl/_rels/workbook.xml.rels')!).toString('utf8');
  const out = new Map<string, Map<string, string>>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels);
    const part = `xl/${(target?.[1] ?? target?.[2] ?? '').replace(/^\/?xl\//, '')}`;
    const xml = entryData(byName.get(part)!).toString('utf8');
    const links = new Map<string, string>();
    for (const h of xml.matchAll(/<hyperlink ([^>]*)\/>/g)) {
      const ref = /ref="([^"]+)"/.exec(h[1]!)?.[1];
      const location = /location="([^"]+)"/.exec(h[1]!)?.[1];
      if (ref) links.set(ref, (location ?? '').replace(/&apos;/g, "'"));
    }
    out.set(m[1]!, links);
  }
  return out;
}

/** `'Evidence'!A12` → 12. */
export function rowOf(location: string, sheetName: string): number {
  const m = new RegExp(`^#?'?${sheetName}'?!A(\\d+)$`).exec(location);
  if (!m) throw new Error(`not a link to ${sheetName}: ${location}`);
  return Number(m[1]);
}
