// The Sources sheet: the bibliography, then the full text of every cited paragraph so a reader can
// check each quote in context without the app.
import type { Workbook } from 'exceljs';
import { authorList, citationWithPages, fullReference, pagesOf, paragraphSection, printedPagesOf, shortCitation } from './citation.ts';
import { cell, writeRow } from './cells.ts';
import type { SheetContext } from './context.ts';
import { HEAD, SHEET_TITLE, WORD } from './labels.ts';
import type { Words } from './labels.ts';
import type { SourceInfo, TextLang } from '../../../shared/types.ts';
import type { ExportLang } from './input.ts';
import { addSheet } from './sheet-setup.ts';
import { clip, say } from './text.ts';

/** More documents than this and a frozen bibliography would eat the screen: freeze nothing then. */
const MAX_FROZEN_DOCUMENTS = 6;

const REFERENCE: Words = { zh: '完整文献信息', en: 'Full reference' };

/**
 * The metadata of imported sources, as columns of their own to the right of the bibliography (F–M),
 * so they can be sorted and filtered. They are left out of the printed page, which keeps A–E at a
 * readable size; the full reference in D already names what a printed reader needs.
 */
const SOURCE_COLUMNS: Array<{ head: Words; width: number; value: (info: SourceInfo, lang: ExportLang) => string | number | null }> = [
  { head: { zh: '格式', en: 'Format' }, width: 8, value: (i) => i.format.toUpperCase() },
  { head: { zh: '页数', en: 'Pages' }, width: 7, value: (i) => i.pages },
  { head: { zh: '发布机构', en: 'Publisher' }, width: 24, value: (i) => i.publisher },
  { head: { zh: '日期', en: 'Date' }, width: 12, value: (i) => i.date },
  { head: { zh: '语言', en: 'Language' }, width: 9, value: (i, lang) => (i.language ? say(LANGUAGE[i.language], lang) : null) },
  { head: { zh: '来源网址', en: 'Source URL' }, width: 36, value: (i) => i.sourceUrl },
  { head: { zh: '原始文件', en: 'Original file' }, width: 24, value: (i) => i.fileName },
  { head: { zh: '导入时间', en: 'Imported' }, width: 18, value: (i) => i.importedAt.slice(0, 16).replace('T', ' ') },
];
const FIRST_SOURCE_COLUMN = 6;
const LANGUAGE: Record<TextLang, Words> = { zh: { zh: '中文', en: 'Chinese' }, ja: { zh: '日文', en: 'Japanese' }, en: { zh: '英文', en: 'English' } };

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
  const imported = input.documents.some((d) => d.source);
  const bibWidths = imported ? [...widths, ...SOURCE_COLUMNS.map((c) => c.width)] : widths;
  if (imported) {
    SOURCE_COLUMNS.forEach((c, i) => (ws.getColumn(FIRST_SOURCE_COLUMN + i).width = c.width));
    // Print A–E only (see SOURCE_COLUMNS); the rows end where the paragraph table does.
    ws.pageSetup.printArea = `A1:E${layout.paraHeaderRow + plan.cited.length}`;
  }
  const bibHead = [HEAD.document, HEAD.authors, HEAD.year, REFERENCE].map((h) => cell(say(h, lang), s.header));
  const sourceHead = imported ? [cell('', s.text), ...SOURCE_COLUMNS.map((c) => cell(say(c.head, lang), s.header))] : [];
  writeRow(ws, layout.bibHeaderRow, [...bibHead, ...sourceHead], bibWidths);
  input.documents.forEach((doc, i) => {
    const info = doc.source;
    const sourceCells = imported ? [cell('', s.text), ...SOURCE_COLUMNS.map((c) => { const v = info ? c.value(info, lang) : null; return typeof v === 'number' ? cell(v, s.number) : cell(v === null ? '' : clip(v), s.text); })] : [];
    writeRow(ws, layout.bibHeaderRow + 1 + i, [
      cell(shortCitation(doc, doc.id, lang), s.key),
      cell(authorList(doc, lang), s.text),
      cell(doc.year, s.number),
      cell(clip(fullReference(doc, lang)), s.text),
      ...sourceCells,
    ], bibWidths);
  });

  writeRow(ws, layout.paraCaptionRow, [cell(say(WORD.citedParagraphs, lang), s.caption)], widths);
  writeRow(ws, layout.paraHeaderRow, [HEAD.document, HEAD.section, HEAD.ordinal, HEAD.paragraphText, HEAD.paragraphId].map((h) => cell(say(h, lang), s.header)), widths);
  const docs = new Map(input.documents.map((d) => [d.id, d]));
  let row = layout.paraHeaderRow;
  for (const p of plan.cited) {
    row += 1;
    writeRow(ws, row, [
      // The page number printed on the page where there is one, as on the Evidence sheet.
      cell(citationWithPages(docs.get(p.docId), p.docId, printedPagesOf(pagesOf(p), docs.get(p.docId)?.source?.pageLabels) || pagesOf(p), lang), s.text),
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
