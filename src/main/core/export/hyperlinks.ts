// In-document hyperlinks, added to the sheet XML after exceljs has written it. exceljs 4.4 stores
// every hyperlink as an external relationship, so a link to `#'Evidence'!A12` points at a "file" of
// that name (and its non-streaming writer produces `#…##…`; exceljs issues #749, #3027): Excel on
// Windows and other readers do not follow those. Excel itself stores such a link as
// `<hyperlink ref="C2" location="'Evidence'!A12"/>` with no relationship, which is what this writes.

export interface Hyperlink {
  /** Cell reference on the sheet holding the link, e.g. `C2`. */
  ref: string;
  /** Where it goes, without `#`: `'Evidence'!A12`. */
  location: string;
  tooltip: string;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}

export function hyperlinksXml(links: readonly Hyperlink[]): string {
  if (links.length === 0) return '';
  const escaped = new Map<string, string>();
  const esc = (s: string): string => {
    let e = escaped.get(s);
    if (e === undefined) escaped.set(s, (e = escapeXml(s)));
    return e;
  };
  const parts = links.map((l) => `<hyperlink ref="${l.ref}" location="${escapeXml(l.location)}"${l.tooltip ? ` tooltip="${esc(l.tooltip)}"` : ''}/>`);
  return `<hyperlinks>${parts.join('')}</hyperlinks>`;
}

/**
 * Inserts the links into the part of a sheet that follows its cell data. CT_Worksheet puts
 * <hyperlinks> after autoFilter/mergeCells and before printOptions/pageMargins; exceljs always
 * writes pageMargins and nothing of ours lies between, so the block goes right before it.
 */
export function insertHyperlinks(sheetTail: string, links: readonly Hyperlink[]): string {
  if (links.length === 0) return sheetTail;
  if (sheetTail.includes('<hyperlinks')) throw new Error('Sheet already has hyperlinks: links must be added in one place only');
  const at = sheetTail.search(/<printOptions\b|<pageMargins\b/);
  if (at < 0) throw new Error('Unexpected sheet XML: no <pageMargins> to put hyperlinks before');
  return `${sheetTail.slice(0, at)}${hyperlinksXml(links)}${sheetTail.slice(at)}`;
}
