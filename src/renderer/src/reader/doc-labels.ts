import type { DocumentMeta, Lang } from '../../../shared/types.ts';

/** Title in the interface language when the paper has one, else the other; null when neither. */
export function docTitle(doc: DocumentMeta, lang: Lang): string | null {
  return (lang === 'zh' ? doc.title.zh ?? doc.title.en : doc.title.en ?? doc.title.zh) ?? null;
}

/** The other-language title, when it differs from the main one. */
export function docSubtitle(doc: DocumentMeta, lang: Lang): string | null {
  const main = docTitle(doc, lang);
  const other = lang === 'zh' ? doc.title.en : doc.title.zh;
  return other && other !== main ? other : null;
}

export function docAuthors(doc: DocumentMeta, lang: Lang): string {
  const names = doc.authors.map((a) => (lang === 'zh' ? a.zh ?? a.en : a.en ?? a.zh)).filter((n): n is string => !!n);
  return names.join(lang === 'zh' ? '、' : ', ');
}

/** Short name for lists of hits: the authors, e.g. "吴怀中、从伊宁" or "GUI Yong-tao". */
export function docShortName(doc: DocumentMeta, lang: Lang): string {
  return docAuthors(doc, lang) || docTitle(doc, lang) || doc.id;
}

/** "国际安全研究 · 2025 年第 4 期 · 第 73–98 页" / "国际安全研究 · 2025, no. 4 · pp. 73–98", as far as known. */
export function docVenueLine(doc: DocumentMeta, lang: Lang): string {
  const zh = lang === 'zh';
  const issue = doc.issue ? (zh ? `第 ${doc.issue} 期` : `no. ${doc.issue}`) : null;
  const year = doc.year !== null ? (zh ? `${doc.year} 年` : String(doc.year)) : null;
  const when = [year, issue].filter(Boolean).join(zh ? '' : ', ');
  // `49–`: only the first page is known.
  const start = doc.pages ? /^(\d+)\s*[–-]\s*$/.exec(doc.pages)?.[1] : undefined;
  const pages = !doc.pages ? null : start ? (zh ? `第 ${start} 页起` : `pp. ${start} ff.`) : zh ? `第 ${doc.pages} 页` : `pp. ${doc.pages}`;
  return [doc.venue, when, pages].filter((p) => p).join(' · ');
}
