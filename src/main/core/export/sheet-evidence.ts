// The Evidence sheet: one row per quote, in matrix order, with where it comes from and whether it
// was found word for word in the source text. A quote that was not is printed in red with the words
// NOT FOUND IN SOURCE (原文中未找到). The paragraph number links to the paragraph's full text; a
// quote from a paged source (an imported PDF) gives its page of the file in its own column, the page
// number the author printed there (the PDF's page labels) beside it, and in the citation the printed
// number where there is one (the one a reader finds on paper), else the page of the file;
// the internal paragraph ID, which only the app needs, is the narrow last column.
import type { Workbook } from 'exceljs';
import type { DocumentMeta, Evidence } from '../../../shared/types.ts';
import { cell, linked, writeRow } from './cells.ts';
import { columnLetter } from './context.ts';
import type { SheetContext } from './context.ts';
import { citationWithPages, pagesOf, printedPagesOf, sectionLabel } from './citation.ts';
import { HEAD, PROBLEM, SHEET_TITLE, STATUS_LABEL, WORD } from './labels.ts';
import { HEADER_ROW } from './plan.ts';
import { internalLink } from './sheet-names.ts';
import { addSheet } from './sheet-setup.ts';
import { bi, clip, say, tip } from './text.ts';

/** Why a quote was not found, in the export's words (the English `problem` is for logs and the CLI). */
function problemText(e: Evidence, lang: SheetContext['lang'], broken: string): string {
  const why = e.problemCode ? say(PROBLEM[e.problemCode], lang) : e.problem;
  return why ? `${broken}\n${why}` : broken;
}

export async function writeEvidenceSheet(wb: Workbook, ctx: SheetContext): Promise<number> {
  const { lang, plan } = ctx;
  const widths = [14, 11, 56, 16, 18, 8, 8, 9, 12, 12];
  const ws = addSheet(wb, { key: 'evidence', title: SHEET_TITLE.evidence, lang, widths, frozenRows: HEADER_ROW, stamp: ctx.stamp, paper: ctx.paper });
  const s = ctx.stylesFor(widths);
  const headers = [HEAD.domain, HEAD.actor, HEAD.quote, HEAD.document, HEAD.section, HEAD.ordinal, HEAD.page, HEAD.printedPage, HEAD.status, HEAD.paragraphId];
  writeRow(ws, HEADER_ROW, headers.map((h) => cell(say(h, lang), s.header)), widths);

  const docs = new Map<string, DocumentMeta>(ctx.input.documents.map((d) => [d.id, d]));
  const labels = new Map(ctx.input.documents.map((d) => [d.id, d.source?.pageLabels ?? null]));
  const citations = new Map<string, string>();
  const citation = (docId: string, pages: string): string => {
    const key = `${docId}\u0000${pages}`;
    let c = citations.get(key);
    if (c === undefined) citations.set(key, (c = citationWithPages(docs.get(docId), docId, pages, lang)));
    return c;
  };
  // Domain and actor labels repeat on every row: work them out once.
  const names = new Map<string, string>();
  const nameOf = (key: string, make: () => string): string => {
    let n = names.get(key);
    if (n === undefined) names.set(key, (n = make()));
    return n;
  };
  const alignmentLabel = say(WORD.alignmentRow, lang);
  const toSource = tip(WORD.goToSource, lang);
  const anchored = say(STATUS_LABEL.anchored, lang);
  const broken = say(STATUS_LABEL.broken, lang);

  let row = HEADER_ROW;
  for (const line of plan.evidence) {
    row += 1;
    const e = line.evidence;
    const isBroken = e.status === 'broken';
    const sourceRow = e.paragraphId ? plan.sourceRow.get(e.paragraphId) : undefined;
    // A broken quote has no paragraph now, so no page: a page would claim a place it is not at.
    const pages = e.paragraphId ? pagesOf(ctx.input.paragraphs.get(e.paragraphId)) : '';
    const printed = printedPagesOf(pages, labels.get(e.docId));
    writeRow(ws, row, [
      cell(nameOf(`d:${line.domain.id}`, () => bi(line.domain.name, lang)), s.text),
      cell(line.actor ? nameOf(`a:${line.actor.id}`, () => bi(line.actor?.name ?? null, lang)) : alignmentLabel, s.text),
      cell(clip(e.exact), isBroken ? s.brokenQuote : s.text),
      cell(citation(e.docId, printed || pages), s.text),
      cell(sectionLabel(e.section, e.sectionTitle), s.text),
      e.paragraphOrdinal === null
        ? cell(null, s.number)
        : linked(`¶ ${e.paragraphOrdinal}`, sourceRow === undefined ? undefined : internalLink(lang, 'sources', sourceRow), toSource, s.quoteLink, s.number),
      cell(pages === '' ? null : /^\d+$/.test(pages) ? Number(pages) : pages, s.number),
      cell(printed === '' ? null : /^\d+$/.test(printed) ? Number(printed) : printed, s.number),
      isBroken ? cell(problemText(e, lang, broken), s.brokenStatus) : cell(anchored, s.anchoredStatus),
      cell(e.paragraphId ?? '', s.code),
    ], widths, ctx.links.evidence);
    await ctx.progress.step();
  }
  ws.autoFilter = `A${HEADER_ROW}:${columnLetter(headers.length)}${row}`;
  ws.commit();
  return plan.evidence.length;
}
