// The bibliography: every document the footnotes cite, in the order the project lists them. The
// documents' provenance notes (how the text was obtained) stay in the workbook's Sources sheet: a
// briefing's reader needs the reference, not the ingestion history.
import type { DocumentMeta } from '../../../../shared/types.ts';
import { authorList, shortCitation } from '../citation.ts';
import type { BriefContext } from './context.ts';
import { headingBookmark } from './context.ts';
import { BIB, BRIEF } from './labels.ts';
import { langsOf, pick, word } from './lang.ts';
import { paragraph, runs } from './xml.ts';

function entry(doc: DocumentMeta, l: 'zh' | 'en'): string {
  const sep = l === 'zh' ? '，' : ', ';
  const title = pick(doc.title, l);
  const authors = authorList(doc, l);
  const where = [doc.venue, doc.year === null ? null : String(doc.year), doc.issue, doc.pages].filter((x): x is string => Boolean(x?.trim()));
  const parts = [
    runs(`${shortCitation(doc, doc.id, l)}`, { bold: true }) + runs(l === 'zh' ? '　' : '  '),
    runs([authors, l === 'zh' ? `《${title}》` : `“${title}”`].filter(Boolean).join(sep)),
  ];
  if (where.length) parts.push(runs(`${sep}${where.join(sep)}`));
  if (doc.doi) parts.push(runs(`${sep}${BIB.doi[l]} ${doc.doi}`));
  parts.push(runs(l === 'zh' ? '。' : '.'));
  return parts.join('');
}

export function bibliography(ctx: BriefContext): string {
  const { lang, input, notes } = ctx;
  const cited = input.documents.filter((d) => notes.citedDocuments.has(d.id));
  const title = word(BRIEF.bibliography, lang);
  let xml = paragraph(runs(title), { style: 'Heading1', bookmark: headingBookmark(ctx, title, 1) });
  for (const l of langsOf(lang)) xml += paragraph(runs(BRIEF.bibliographyLead[l]), { style: 'BriefNote' });
  // Cited documents that the project no longer lists (a broken quote to a removed document).
  const known = new Set(input.documents.map((d) => d.id));
  const missing = [...notes.citedDocuments].filter((id) => !known.has(id));
  for (const doc of cited) xml += paragraph(entry(doc, lang === 'en' ? 'en' : 'zh'), { style: 'Bibliography' });
  for (const id of missing) xml += paragraph(runs(id, { bold: true }), { style: 'Bibliography' });
  return xml;
}
