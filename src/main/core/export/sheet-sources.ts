// The Sources sheet: the bibliography, then the full text of every cited paragraph so a reader can
// check each quote in context without the app.
import type { Workbook } from 'exceljs';
import type { DocumentMeta } from '../../../shared/types.ts';
import { authorList, paragraphSection, shortCitation, titleOf } from './citation.ts';
import { cell, writeRow } from './cells.ts';
import type { SheetContext } from './context.ts';
import { HEAD, SHEET_TITLE, WORD } from './labels.ts';
import type { Words } from './labels.ts';
import { addSheet } from './sheet-setup.ts';
import { clip, say } from './text.ts';

/** More documents than this and a frozen bibliography would eat the screen: freeze nothing then. */
const MAX_FROZEN_DOCUMENTS = 6;

const ISSUE_PAGES: Words = { zh: '期号 / 页码', en: 'Issue / pages' };
const DETAILS: Words = { zh: '标题 / 期刊 / DOI / 备注', en: 'Title / venue / DOI / note' };

function labelled(label: Words, value: string | null, lang: SheetContext['lang']): string | null {
  if (!value?.trim()) return null;
  return lang === 'en' ? `${label.en}: ${value}` : `${label.zh}：${value}`;
}

function issuePages(doc: DocumentMeta, lang: SheetContext['lang']): string {
  return [labelled(HEAD.issue, doc.issue, lang), labelled(HEAD.pages, doc.pages, lang)].filter(Boolean).join('\n');
}

function details(doc: DocumentMeta, lang: SheetContext['lang']): string {
  return clip(
    [titleOf(doc, lang), labelled(HEAD.venue, doc.venue, lang), labelled(HEAD.doi, doc.doi, lang), labelled(HEAD.note, doc.note, lang)]
      .filter(Boolean)
      .join('\n'),
  );
}

export async function writeSourcesSheet(wb: Workbook, ctx: SheetContext): Promise<number> {
  const { styles: s, lang, plan, input } = ctx;
  const layout = plan.sourcesLayout;
  const frozen = input.documents.length <= MAX_FROZEN_DOCUMENTS ? layout.paraHeaderRow : 0;
  const widths = [15, 18, 8, 20, 84];
  const ws = addSheet(wb, { key: 'sources', title: SHEET_TITLE.sources, lang, widths, frozenRows: frozen, stamp: ctx.stamp });

  // The two tables share columns A–E so that neither leaves half the printed page empty.
  writeRow(ws, layout.bibCaptionRow, [cell(say(WORD.bibliography, lang), s.caption)], widths);
  writeRow(ws, layout.bibHeaderRow, [HEAD.document, HEAD.authors, HEAD.year, ISSUE_PAGES, DETAILS].map((h) => cell(say(h, lang), s.header)), widths);
  input.documents.forEach((doc, i) => {
    writeRow(ws, layout.bibHeaderRow + 1 + i, [
      cell(shortCitation(doc, doc.id, lang), s.key),
      cell(authorList(doc, lang), s.text),
      cell(doc.year, s.number),
      cell(issuePages(doc, lang), s.text),
      cell(details(doc, lang), s.text),
    ], widths);
  });

  writeRow(ws, layout.paraCaptionRow, [cell(say(WORD.citedParagraphs, lang), s.caption)], widths);
  writeRow(ws, layout.paraHeaderRow, [HEAD.document, HEAD.section, HEAD.ordinal, HEAD.paragraphId, HEAD.paragraphText].map((h) => cell(say(h, lang), s.header)), widths);
  const docs = new Map(input.documents.map((d) => [d.id, d]));
  let row = layout.paraHeaderRow;
  for (const p of plan.cited) {
    row += 1;
    writeRow(ws, row, [
      cell(shortCitation(docs.get(p.docId), p.docId, lang), s.text),
      cell(paragraphSection(p), s.text),
      cell(p.ordinal, s.number),
      cell(p.id, s.code),
      cell(clip(p.text), s.text),
    ], widths);
    await ctx.progress.step();
  }
  // One autofilter per sheet is all Excel allows: it goes on the paragraph table, the one worth filtering.
  ws.autoFilter = `A${layout.paraHeaderRow}:E${row}`;
  ws.commit();
  return plan.cited.length;
}
