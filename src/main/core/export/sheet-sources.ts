// The Sources sheet: the bibliography, then the full text of every cited paragraph so a reader can
// check each quote in context without the app.
import type { Workbook } from 'exceljs';
import { authorList, citationWithPages, fullReference, pagesOf, paragraphSection, shortCitation } from './citation.ts';
import { cell, writeRow } from './cells.ts';
import type { SheetContext } from './context.ts';
import { HEAD, SHEET_TITLE, WORD } from './labels.ts';
import type { Words } from './labels.ts';
import { addSheet } from './sheet-setup.ts';
import { clip, say } from './text.ts';

/** More documents than this and a frozen bibliography would eat the screen: freeze nothing then. */
const MAX_FROZEN_DOCUMENTS = 6;

const REFERENCE: Words = { zh: '完整文献信息', en: 'Full reference' };

export async function writeSourcesSheet(wb: Workbook, ctx: SheetContext): Promise<number> {
  const { lang, plan, input } = ctx;
  const layout = plan.sourcesLayout;
  const frozen = input.documents.length <= MAX_FROZEN_DOCUMENTS ? layout.paraHeaderRow : 0;
  // The two tables share columns A–E so that neither leaves half the printed page empty: the wide
  // column D holds the full reference above and the paragraph text below; the internal paragraph
  // ID (which only the app needs) is the narrow last column.
  const widths = [15, 18, 8, 88, 13];
  const ws = addSheet(wb, { key: 'sources', title: SHEET_TITLE.sources, lang, widths, frozenRows: frozen, stamp: ctx.stamp, paper: ctx.paper });
  const s = ctx.stylesFor(widths);

  writeRow(ws, layout.bibCaptionRow, [cell(say(WORD.bibliography, lang), s.caption)], widths);
  writeRow(ws, layout.bibHeaderRow, [HEAD.document, HEAD.authors, HEAD.year, REFERENCE].map((h) => cell(say(h, lang), s.header)), widths);
  input.documents.forEach((doc, i) => {
    writeRow(ws, layout.bibHeaderRow + 1 + i, [
      cell(shortCitation(doc, doc.id, lang), s.key),
      cell(authorList(doc, lang), s.text),
      cell(doc.year, s.number),
      cell(clip(fullReference(doc, lang)), s.text),
    ], widths);
  });

  writeRow(ws, layout.paraCaptionRow, [cell(say(WORD.citedParagraphs, lang), s.caption)], widths);
  writeRow(ws, layout.paraHeaderRow, [HEAD.document, HEAD.section, HEAD.ordinal, HEAD.paragraphText, HEAD.paragraphId].map((h) => cell(say(h, lang), s.header)), widths);
  const docs = new Map(input.documents.map((d) => [d.id, d]));
  let row = layout.paraHeaderRow;
  for (const p of plan.cited) {
    row += 1;
    writeRow(ws, row, [
      cell(citationWithPages(docs.get(p.docId), p.docId, pagesOf(p), lang), s.text),
      cell(paragraphSection(p), s.text),
      cell(p.ordinal, s.number),
      cell(clip(p.text), s.text),
      cell(p.id, s.code),
    ], widths);
    await ctx.progress.step();
  }
  // One autofilter per sheet is all Excel allows: it goes on the paragraph table, the one worth filtering.
  ws.autoFilter = `A${layout.paraHeaderRow}:E${row}`;
  ws.commit();
  return plan.cited.length;
}
