// Short and full references to a source document, as printed on the Evidence and Sources sheets.
import type { DocumentMeta, Paragraph } from '../../../shared/types.ts';
import type { ExportLang } from './input.ts';
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
