// exceljs 4.4 writes every hyperlink as an external relationship, so an in-document link such as
// `#'Evidence'!A12` ends up pointing at a "file" called `#'Evidence'!A12` (and, in its non-streaming
// writer, at `#…##…`; exceljs issues #749, #3027); Excel on Windows and other readers do not follow
// those. This rewrites each such link the way Excel itself stores one, `<hyperlink ref location>`
// with no relationship, and drops the relationships. Other links are left alone.

const HYPERLINK_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** Value of one attribute of a single tag; plain string search because this runs ~50,000 times. */
function attr(tag: string, name: string): string | undefined {
  const key = ` ${name}="`;
  const at = tag.indexOf(key);
  if (at < 0) return undefined;
  const end = tag.indexOf('"', at + key.length);
  const raw = tag.slice(at + key.length, end);
  return raw.includes('&') ? unescapeXml(raw) : raw;
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|quot|apos|amp);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    if (e === 'amp') return '&';
    return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Relationship ID → in-document location (without the leading `#`). */
function internalTargets(rels: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*\/>/g)) {
    const tag = m[0];
    const target = attr(tag, 'Target');
    if (target?.startsWith('#') && attr(tag, 'Type') === HYPERLINK_TYPE) out.set(attr(tag, 'Id') ?? '', target.slice(1));
  }
  return out;
}

export interface SheetParts {
  sheet: string;
  rels: string;
}

/** Returns the rewritten sheet and relationships, or null when the sheet has no in-document links. */
export function rewriteInternalLinks(parts: SheetParts, tooltip: (location: string) => string | undefined): SheetParts | null {
  const targets = internalTargets(parts.rels);
  if (targets.size === 0) return null;
  const tips = new Map<string, string>();
  const sheet = parts.sheet.replace(/<hyperlink\b[^>]*\/>/g, (tag) => {
    const location = targets.get(attr(tag, 'r:id') ?? '');
    if (location === undefined) return tag;
    const sheetPart = location.slice(0, location.lastIndexOf('!') + 1);
    let tip = attr(tag, 'tooltip');
    if (tip === undefined) {
      tip = tips.get(sheetPart);
      if (tip === undefined) tips.set(sheetPart, (tip = escapeXml(tooltip(location) ?? '')));
    } else {
      tip = escapeXml(tip);
    }
    return `<hyperlink ref="${escapeXml(attr(tag, 'ref') ?? '')}" location="${escapeXml(location)}"${tip ? ` tooltip="${tip}"` : ''}/>`;
  });
  const rels = parts.rels.replace(/<Relationship\b[^>]*\/>/g, (tag) => (targets.has(attr(tag, 'Id') ?? '') ? '' : tag));
  return { sheet, rels };
}
