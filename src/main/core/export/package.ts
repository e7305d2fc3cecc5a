// Turns exceljs' uncompressed output into the final .xlsx: repairs in-document links (see
// hyperlinks.ts), then deflates every part in parallel.
import { rewriteInternalLinks } from './hyperlinks.ts';
import { compressed, entryData, readZip, writeZip } from './zip.ts';
import type { ZipEntry } from './zip.ts';

const SHEET = /^xl\/worksheets\/(sheet\d+\.xml)$/;
const END_OF_DATA = Buffer.from('</sheetData>');

/**
 * Hyperlinks come after the cell data, so only the tail of a sheet is decoded and rewritten: the
 * Evidence sheet of a large export is tens of megabytes of cells that need no change.
 */
function splitSheet(xml: Buffer): { head: Buffer; tail: string } {
  const at = xml.lastIndexOf(END_OF_DATA);
  const cut = at < 0 ? 0 : at;
  return { head: xml.subarray(0, cut), tail: xml.toString('utf8', cut) };
}

export async function finishPackage(stored: Buffer, tooltip: (location: string) => string | undefined): Promise<Buffer> {
  const entries = readZip(stored);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const replaced = new Map<string, Buffer>();
  for (const entry of entries) {
    const sheet = SHEET.exec(entry.name)?.[1];
    const relsEntry = sheet ? byName.get(`xl/worksheets/_rels/${sheet}.rels`) : undefined;
    if (!relsEntry) continue;
    const { head, tail } = splitSheet(entryData(entry));
    const fixed = rewriteInternalLinks({ sheet: tail, rels: entryData(relsEntry).toString('utf8') }, tooltip);
    if (!fixed) continue;
    replaced.set(entry.name, Buffer.concat([head, Buffer.from(fixed.sheet, 'utf8')]));
    replaced.set(relsEntry.name, Buffer.from(fixed.rels, 'utf8'));
  }
  const done: ZipEntry[] = await Promise.all(entries.map((e) => compressed(e, replaced.get(e.name))));
  return writeZip(done);
}
