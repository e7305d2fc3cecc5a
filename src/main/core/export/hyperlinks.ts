// exceljs 4.4 writes every hyperlink as an external relationship, so an in-document link such as
// `#'Evidence'!A12` ends up as a "file" called `#'Evidence'!A12` (and, in the non-streaming writer,
// as `#…##…`; exceljs issues #749, #3027). Excel on Windows and other readers do not follow those.
// This pass rewrites each such link the way Excel itself stores one, `<hyperlink ref location>`
// with no relationship, and drops the relationships.
import { entryData, readZip, withData, writeZip } from './zip.ts';
import type { ZipEntry } from './zip.ts';

const SHEET = /^xl\/worksheets\/(sheet\d+\.xml)$/;
const HYPERLINK_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out.set(m[1] ?? '', unescapeXml(m[2] ?? ''));
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|quot|apos|amp);/g, (_, e: string) => {
    switch (e) {
      case 'lt': return '<';
      case 'gt': return '>';
      case 'quot': return '"';
      case 'apos': return "'";
      case 'amp': return '&';
      default: return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Relationship ID → in-document location (without the leading `#`). */
function internalTargets(rels: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*\/>/g)) {
    const a = attributes(m[0]);
    const target = a.get('Target') ?? '';
    if (a.get('Type') === HYPERLINK_TYPE && target.startsWith('#')) out.set(a.get('Id') ?? '', target.slice(1));
  }
  return out;
}

function fixSheet(xml: string, targets: ReadonlyMap<string, string>, tooltip: (location: string) => string | undefined): string {
  return xml.replace(/<hyperlink\b[^>]*\/>/g, (tag) => {
    const a = attributes(tag);
    const location = targets.get(a.get('r:id') ?? '');
    if (location === undefined) return tag;
    const tip = a.get('tooltip') ?? tooltip(location);
    return `<hyperlink ref="${escapeXml(a.get('ref') ?? '')}" location="${escapeXml(location)}"${tip ? ` tooltip="${escapeXml(tip)}"` : ''}/>`;
  });
}

function dropRelationships(rels: string, ids: ReadonlyMap<string, string>): string {
  return rels.replace(/<Relationship\b[^>]*\/>/g, (tag) => (ids.has(attributes(tag).get('Id') ?? '') ? '' : tag));
}

/** Returns the workbook with in-document hyperlinks stored as locations; other links are left alone. */
export function fixInternalHyperlinks(xlsx: Buffer, tooltip: (location: string) => string | undefined = () => undefined): Buffer {
  const entries = readZip(xlsx);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const replaced = new Map<string, ZipEntry>();

  for (const entry of entries) {
    const sheet = SHEET.exec(entry.name)?.[1];
    if (!sheet) continue;
    const relsEntry = byName.get(`xl/worksheets/_rels/${sheet}.rels`);
    if (!relsEntry) continue;
    const rels = entryData(relsEntry).toString('utf8');
    const targets = internalTargets(rels);
    if (targets.size === 0) continue;
    const xml = entryData(entry).toString('utf8');
    replaced.set(entry.name, withData(entry, Buffer.from(fixSheet(xml, targets, tooltip), 'utf8')));
    replaced.set(relsEntry.name, withData(relsEntry, Buffer.from(dropRelationships(rels, targets), 'utf8')));
  }
  if (replaced.size === 0) return xlsx;
  return writeZip(entries.map((e) => replaced.get(e.name) ?? e));
}
