// Short and full references to a source document, as printed on the Evidence and Sources sheets.
import type { DocumentMeta, Paragraph } from '../../../shared/types.ts';
import type { ExportLang } from './input.ts';
import { labelOf } from '../../../shared/page-labels.ts';
import { bi } from './text.ts';

type One = 'zh' | 'en';

function pickName(name: { zh: string | null; en: string | null }, lang: One): string {
  const first = lang === 'zh' ? name.zh : name.en;
  const other = lang === 'zh' ? name.en : name.zh;
  return (first?.trim() || other?.trim() || '').trim();
}

function shortOne(doc: DocumentMeta, lang: One): string {
  const first = doc.authors[0] ? pickName(doc.authors[0], lang) : '';
  const year = doc.year === null ? '' : String(doc.year);
  if (first) {
    const more = doc.authors.length > 1 ? (lang === 'zh' ? '等' : ' et al.') : '';
    return [first + more, year].filter(Boolean).join(' ');
  }
  const title = pickName(doc.title, lang);
  if (title) return [title.length > 18 ? `${title.slice(0, 17)}…` : title, year].filter(Boolean).join(' ');
  return doc.id;
}

/** Author–year citation, e.g. `桂永涛 2023` / `Gui Yongtao 2023`: short enough for a narrow column. */
export function shortCitation(doc: DocumentMeta | undefined, docId: string, lang: ExportLang): string {
  if (!doc) return docId;
  if (lang !== 'both') return shortOne(doc, lang);
  const zh = shortOne(doc, 'zh');
  const en = shortOne(doc, 'en');
  return zh === en ? zh : `${zh}\n${en}`;
}

/**
 * The page(s) a paragraph is printed on, for paged sources (imported PDFs): `5` or `5–6` when its
 * printed lines run onto the next page. Empty for sources without pages. The fields are optional on
 * Paragraph: only paged sources carry `page` (where the paragraph starts) and `boxes` (its lines).
 */
export function pagesOf(p: Paragraph | undefined): string {
  const paged = p as { page?: unknown; boxes?: unknown } | undefined;
  const start = typeof paged?.page === 'number' && Number.isFinite(paged.page) ? paged.page : null;
  const lines = Array.isArray(paged?.boxes) ? (paged.boxes as Array<{ page?: unknown }>).map((b) => b.page).filter((n): n is number => typeof n === 'number') : [];
  const first = start ?? (lines.length ? Math.min(...lines) : null);
  if (first === null) return '';
  const last = lines.length ? Math.max(first, ...lines) : first;
  return last > first ? `${first}–${last}` : String(first);
}

/**
 * The page number(s) the author printed on the pages a paragraph is on (`47`, `47–48`, `xii`), from
 * the source's page labels; empty when the source has none for them. `pages` is pagesOf's answer.
 */
export function printedPagesOf(pages: string, labels: readonly string[] | null | undefined): string {
  if (!pages || !labels) return '';
  const [first, last] = pages.split('–').map(Number);
  const a = labelOf(labels, first!);
  if (a === null) return '';
  const b = last !== undefined ? labelOf(labels, last) : null;
  return b !== null && b !== a ? `${a}–${b}` : a;
}

/** `p. 12` / `pp. 12–13` / `第 12 页` / `第 12–13 页`. */
export function pageWords(pages: string, lang: One): string {
  if (lang === 'zh') return `第 ${pages} 页`;
  return pages.includes('–') ? `pp. ${pages}` : `p. ${pages}`;
}

/** The short citation of a quote's source with the page(s) it is on, when the source has pages: `王明等 2025，第 2 页`. */
export function citationWithPages(doc: DocumentMeta | undefined, docId: string, pages: string, lang: ExportLang): string {
  if (!pages) return shortCitation(doc, docId, lang);
  const one = (l: One) => `${shortCitation(doc, docId, l)}${l === 'zh' ? '，' : ', '}${pageWords(pages, l)}`;
  return lang === 'both' ? `${one('zh')}\n${one('en')}` : one(lang);
}

export function authorList(doc: DocumentMeta, lang: ExportLang): string {
  const sep = lang === 'en' ? ', ' : '、';
  if (lang !== 'both') return doc.authors.map((a) => pickName(a, lang)).filter(Boolean).join(sep);
  const zh = doc.authors.map((a) => pickName(a, 'zh')).filter(Boolean).join('、');
  const en = doc.authors.map((a) => pickName(a, 'en')).filter(Boolean).join(', ');
  return zh === en ? zh : [zh, en].filter(Boolean).join('\n');
}

export function titleOf(doc: DocumentMeta, lang: ExportLang): string {
  return bi(doc.title, lang);
}

/** `三（二） 美国的出口管制`: the number the paper prints plus the section's title. */
export function sectionLabel(section: string | null, title: string | null): string {
  return [section ?? '', title ?? ''].map((s) => s.trim()).filter(Boolean).join(' ');
}

export function paragraphSection(p: Paragraph): string {
  return sectionLabel(p.section, p.sectionTitle);
}

const MISSING: Record<'venue' | 'year' | 'issue' | 'pages' | 'doi', { zh: string; en: string }> = {
  venue: { zh: '期刊', en: 'journal' },
  year: { zh: '年份', en: 'year' },
  issue: { zh: '期号', en: 'issue' },
  pages: { zh: '页码', en: 'pages' },
  doi: { zh: 'DOI', en: 'DOI' },
};

function missingParts(doc: DocumentMeta): Array<keyof typeof MISSING> {
  return (['venue', 'year', 'issue', 'pages', 'doi'] as const).filter((k) => doc[k] === null || String(doc[k]).trim() === '');
}

/** `73–98` or, when only the first page is known, `49–`: printed as "p. 49 ff." / "第 49 页起". */
function pagesText(pages: string, lang: One): string {
  const start = /^(\d+)\s*[–-]\s*$/.exec(pages);
  if (start) return lang === 'zh' ? `第 ${start[1]} 页起` : `pp. ${start[1]} ff.`;
  return lang === 'zh' ? pages : `pp. ${pages}`;
}

/**
 * The full reference as a reader cites it — GB/T 7714 style in Chinese, author–title–journal in
 * English — followed by what the source text does not give, so a gap is stated rather than hidden.
 */
function fullOne(doc: DocumentMeta, lang: One): string {
  const authors = doc.authors.map((a) => pickName(a, lang)).filter(Boolean);
  const title = pickName(doc.title, lang);
  const missing = missingParts(doc);
  if (lang === 'zh') {
    const where = [
      doc.venue ?? '',
      doc.year !== null ? `${doc.year}${doc.issue ? `（${doc.issue}）` : ''}` : doc.issue ? `第 ${doc.issue} 期` : '',
    ].filter(Boolean).join('，');
    const pages = doc.pages ? pagesText(doc.pages, 'zh') : '';
    let ref = `${authors.join('，')}．${title}［J］`;
    if (where) ref += `．${where}`;
    if (pages) ref += `${where ? '：' : '．'}${pages}`;
    ref += '．';
    if (doc.doi) ref += `DOI：${doc.doi}．`;
    if (missing.length > 0) ref += `\n原文未注明：${missing.map((m) => MISSING[m].zh).join('、')}`;
    return ref;
  }
  const names = authors.length <= 2 ? authors.join(' and ') : `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}`;
  const parts = [`${names}. “${title}.”`];
  const venue = [doc.venue ?? '', doc.year !== null ? String(doc.year) : '', doc.issue ? `no. ${doc.issue}` : ''].filter(Boolean).join(', ');
  if (venue) parts.push(venue + (doc.pages ? `: ${pagesText(doc.pages, 'en').replace(/^pp\. /, '')}` : ''));
  else if (doc.pages) parts.push(pagesText(doc.pages, 'en'));
  let ref = `${parts.join(' ')}.`;
  if (doc.doi) ref += ` DOI: ${doc.doi}.`;
  if (missing.length > 0) ref += `\nNot given in the source text: ${missing.map((m) => MISSING[m].en).join(', ')}`;
  return ref;
}

export function fullReference(doc: DocumentMeta & { origin?: 'shipped' | 'imported' }, lang: ExportLang): string {
  const ref = lang !== 'both' ? fullOne(doc, lang) : `${fullOne(doc, 'zh')}\n———\n${fullOne(doc, 'en')}`;
  // An imported source's note says what it was made from (format, pages, original file, address).
  return doc.origin === 'imported' && doc.note ? `${ref}\n${doc.note}` : ref;
}
