// Turns exceljs' uncompressed output into the final .xlsx: gives each sheet its used range and its
// in-document links (see hyperlinks.ts), then deflates every part in parallel. Sheets are edited as
// lists of slices, so the megabytes of cell data in between are never copied.
import { columnLetter } from './context.ts';
import { insertHyperlinks } from './hyperlinks.ts';
import type { Hyperlink } from './hyperlinks.ts';
import { compressed, entryData, readZip, writeZip } from './zip.ts';
import type { ZipEntry } from './zip.ts';

const SHEET_VIEWS = Buffer.from('<sheetViews');
const SHEET_DATA = Buffer.from('<sheetData');
const END_OF_DATA = Buffer.from('</sheetData>');
const LAST_ROW = Buffer.from('<row r="');

/** Sheet name → its part in the package (`xl/worksheets/sheet2.xml`), from workbook.xml and its rels. */
function sheetParts(byName: ReadonlyMap<string, ZipEntry>): Map<string, string> {
  const read = (name: string): string => {
    const entry = byName.get(name);
    if (!entry) throw new Error(`Unexpected workbook package: no ${name}`);
    return entryData(entry).toString('utf8');
  };
  const targets = new Map<string, string>();
  for (const m of read('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*\/>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of read('xl/workbook.xml').matchAll(/<sheet\b[^>]*\/>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0])?.[1];
    const target = targets.get(/\br:id="([^"]+)"/.exec(m[0])?.[1] ?? '');
    if (name && target) parts.set(name, target);
  }
  return parts;
}

/**
 * exceljs' streaming writer leaves out <dimension> (the used range), which some readers rely on
 * (openpyxl in read-only mode, as pandas uses it, reports no rows without it). It is rebuilt from
 * the declared columns and the last row written.
 */
function dimension(sheet: Buffer): string {
  const head = sheet.toString('utf8', 0, Math.max(0, sheet.indexOf(SHEET_DATA)));
  const columns = Math.max(1, ...[...head.matchAll(/<col\b[^>]*\bmax="(\d+)"/g)].map((m) => Number(m[1])));
  const at = sheet.lastIndexOf(LAST_ROW);
  const rows = at < 0 ? 1 : Number.parseInt(sheet.toString('latin1', at + LAST_ROW.length, at + LAST_ROW.length + 10), 10);
  return `<dimension ref="A1:${columnLetter(columns)}${rows}"/>`;
}

function editSheet(sheet: Buffer, links: readonly Hyperlink[]): Buffer[] {
  const views = sheet.indexOf(SHEET_VIEWS);
  const end = sheet.lastIndexOf(END_OF_DATA);
  if (views < 0 || end < 0) throw new Error('Unexpected sheet XML: no <sheetViews> or </sheetData>');
  return [
    sheet.subarray(0, views),
    Buffer.from(dimension(sheet)),
    sheet.subarray(views, end),
    Buffer.from(insertHyperlinks(sheet.toString('utf8', end), links), 'utf8'),
  ];
}

/**
 * The mark cells.ts#quoted leaves on a style (an explicit default protection, which exceljs renders
 * as this attribute alone), replaced by quotePrefix. Nothing else in the export sets protection.
 */
const QUOTE_MARKER = / applyProtection="1"/g;

function quotePrefixStyles(styles: Buffer): Buffer {
  const xml = styles.toString('utf8');
  const start = xml.indexOf('<cellXfs');
  const end = xml.indexOf('</cellXfs>');
  if (start < 0 || end < 0) return styles;
  return Buffer.from(xml.slice(0, start) + xml.slice(start, end).replace(QUOTE_MARKER, ' quotePrefix="1"') + xml.slice(end), 'utf8');
}

/** `links` is keyed by sheet name. */
export async function finishPackage(stored: Buffer, links: ReadonlyMap<string, readonly Hyperlink[]>): Promise<Buffer> {
  const entries = readZip(stored);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const replaced = new Map<string, Buffer[]>();
  for (const [sheetName, part] of sheetParts(byName)) {
    const entry = byName.get(part);
    if (!entry) throw new Error(`Unexpected workbook package: no ${part} for sheet ${sheetName}`);
    replaced.set(part, editSheet(entryData(entry), links.get(sheetName) ?? []));
  }
  const styles = byName.get('xl/styles.xml');
  if (styles) replaced.set(styles.name, [quotePrefixStyles(entryData(styles))]);
  const done: ZipEntry[] = await Promise.all(entries.map((e) => compressed(e, replaced.get(e.name))));
  return writeZip(done);
}
