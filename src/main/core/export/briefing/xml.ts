// Just enough WordprocessingML, written as strings: the briefing's body and footnotes are tens of
// thousands of paragraphs for a large matrix, and building them as objects (the docx library's model)
// costs more than ten times as long (see README, Word export). The package around them — styles,
// settings, header, footer, fields, section — is the docx library's (see skeleton.ts).
import { segments } from './fonts.ts';
import type { Script } from './fonts.ts';

// XML 1.0 allows no C0 controls except tab, newline and carriage return, and no lone surrogates.
const INVALID_SOURCE = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const INVALID = new RegExp(INVALID_SOURCE);
const INVALID_ALL = new RegExp(INVALID_SOURCE, 'g');

const SPECIAL = /[&<>"]/;
const SPECIAL_ALL = /[&<>"]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function esc(s: string): string {
  const clean = INVALID.test(s) ? s.replace(INVALID_ALL, '') : s;
  return SPECIAL.test(clean) ? clean.replace(SPECIAL_ALL, (c) => ENTITY[c] ?? c) : clean;
}

export interface RunStyle {
  bold?: boolean;
  /** Latin runs only: CJK text has no italics. */
  italic?: boolean;
  /** Hex RGB without '#'. */
  color?: string;
  /** Background of the run (hex RGB). */
  fill?: string;
  /** Half-points. */
  size?: number;
  /** A character style ID. */
  style?: string;
}

// The fonts themselves come from the paragraph's style (skeleton.ts). A CJK run says it is East-Asian
// text (w:hint, and ja-JP for Japanese; the default East-Asian language is zh-CN).
const SCRIPT_PROPS: Record<Script, string> = {
  latin: '',
  zh: '<w:rFonts w:hint="eastAsia"/>',
  ja: '<w:rFonts w:hint="eastAsia"/>',
};
const SCRIPT_LANG: Record<Script, string> = { latin: '', zh: '', ja: '<w:lang w:eastAsia="ja-JP"/>' };

const propsCache = new Map<string, string>();

/** rPr for one script; the same few combinations recur thousands of times, so they are cached. */
function runProps(script: Script, s: RunStyle): string {
  const key = `${script}|${s.style ?? ''}|${s.bold ? 1 : 0}${s.italic ? 1 : 0}|${s.color ?? ''}|${s.fill ?? ''}|${s.size ?? ''}`;
  let p = propsCache.get(key);
  if (p !== undefined) return p;
  const inner = [
    s.style ? `<w:rStyle w:val="${s.style}"/>` : '',
    SCRIPT_PROPS[script],
    s.bold ? '<w:b/><w:bCs/>' : '',
    s.italic && script === 'latin' ? '<w:i/><w:iCs/>' : '',
    s.color ? `<w:color w:val="${s.color}"/>` : '',
    s.size ? `<w:sz w:val="${s.size}"/><w:szCs w:val="${s.size}"/>` : '',
    s.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${s.fill}"/>` : '',
    SCRIPT_LANG[script],
  ].join('');
  p = inner ? `<w:rPr>${inner}</w:rPr>` : '';
  propsCache.set(key, p);
  return p;
}

function textXml(text: string): string {
  // Line breaks inside one paragraph (e.g. a multi-line note) become w:br.
  if (!text.includes('\n')) return `<w:t xml:space="preserve">${esc(text)}</w:t>`;
  return text
    .split('\n')
    .map((line) => (line ? `<w:t xml:space="preserve">${esc(line)}</w:t>` : ''))
    .join('<w:br/>');
}

/** Runs for `text`, one per script stretch. */
export function runs(text: string, style: RunStyle = {}): string {
  if (!text) return '';
  let out = '';
  for (const seg of segments(text)) out += `<w:r>${runProps(seg.script, style)}${textXml(seg.text)}</w:r>`;
  return out;
}

export interface ParagraphOptions {
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** Left indent in twips. */
  indent?: number;
  /** Bookmark around the whole paragraph (headings: targets of the table of contents). */
  bookmark?: { id: number; name: string };
  align?: 'left' | 'center' | 'right';
  spacingAfter?: number;
}

export function paragraph(content: string, o: ParagraphOptions = {}): string {
  const ppr = [
    o.style ? `<w:pStyle w:val="${o.style}"/>` : '',
    o.keepNext ? '<w:keepNext/>' : '',
    o.pageBreakBefore ? '<w:pageBreakBefore/>' : '',
    // Widow/orphan control is off unless a paragraph or its style says so (ECMA-376 17.3.1.44),
    // and docx cannot put it in the document defaults: every paragraph says so.
    '<w:widowControl/>',
    o.spacingAfter !== undefined ? `<w:spacing w:after="${o.spacingAfter}"/>` : '',
    o.indent ? `<w:ind w:left="${o.indent}"/>` : '',
    o.align && o.align !== 'left' ? `<w:jc w:val="${o.align}"/>` : '',
  ].join('');
  const body = o.bookmark
    ? `<w:bookmarkStart w:id="${o.bookmark.id}" w:name="${esc(o.bookmark.name)}"/>${content}<w:bookmarkEnd w:id="${o.bookmark.id}"/>`
    : content;
  return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ''}${body}</w:p>`;
}

/** A complex field with its cached result, so readers that do not update fields still show it. */
export function field(instruction: string, cached: string, style: RunStyle = {}): string {
  return (
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r><w:instrText xml:space="preserve"> ${esc(instruction)} </w:instrText></w:r>` +
    `<w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
    runs(cached, style) +
    `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
  );
}

export interface TableCell {
  content: string;
  fill?: string;
}

/** A fixed-layout table; `header` rows repeat at the top of each page; no row splits across pages. */
export function table(widths: readonly number[], header: readonly TableCell[], rows: readonly (readonly TableCell[])[]): string {
  const rule = '<w:top w:val="single" w:sz="4" w:space="0" w:color="BFC6D1"/><w:left w:val="single" w:sz="4" w:space="0" w:color="BFC6D1"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFC6D1"/><w:right w:val="single" w:sz="4" w:space="0" w:color="BFC6D1"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFC6D1"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFC6D1"/>';
  const total = widths.reduce((a, b) => a + b, 0);
  const cell = (c: TableCell, i: number): string =>
    `<w:tc><w:tcPr><w:tcW w:w="${widths[i] ?? 0}" w:type="dxa"/>${c.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.fill}"/>` : ''}</w:tcPr>${c.content || '<w:p/>'}</w:tc>`;
  const row = (cells: readonly TableCell[], head: boolean): string =>
    `<w:tr><w:trPr><w:cantSplit/>${head ? '<w:tblHeader/>' : ''}</w:trPr>${cells.map(cell).join('')}</w:tr>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${rule}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:w="30" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="30" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    row(header, true) +
    rows.map((r) => row(r, false)).join('') +
    `</w:tbl>`
  );
}
