// The Evidence sheet: one row per quote, in matrix order, with where it comes from and whether it
// still anchors in the source text. Broken quotes are printed in red with the word BROKEN (失效).
import type { Workbook } from 'exceljs';
import type { DocumentMeta } from '../../../shared/types.ts';
import { cell, linked, writeRow } from './cells.ts';
import { columnLetter } from './context.ts';
import type { SheetContext } from './context.ts';
import { sectionLabel, shortCitation } from './citation.ts';
import { HEAD, SHEET_TITLE, STATUS_LABEL, WORD } from './labels.ts';
import { HEADER_ROW } from './plan.ts';
import { internalLink } from './sheet-names.ts';
import { addSheet } from './sheet-setup.ts';
import { bi, clip, say, tip } from './text.ts';

export async function writeEvidenceSheet(wb: Workbook, ctx: SheetContext): Promise<number> {
  const { styles: s, lang, plan } = ctx;
  const widths = [16, 12, 60, 14, 20, 8, 20, 11];
  const ws = addSheet(wb, { key: 'evidence', title: SHEET_TITLE.evidence, lang, widths, frozenRows: HEADER_ROW, stamp: ctx.stamp });
  const headers = [HEAD.domain, HEAD.actor, HEAD.quote, HEAD.document, HEAD.section, HEAD.ordinal, HEAD.paragraphId, HEAD.status];
  writeRow(ws, HEADER_ROW, headers.map((h) => cell(say(h, lang), s.header)), widths);

  const docs = new Map<string, DocumentMeta>(ctx.input.documents.map((d) => [d.id, d]));
  const citations = new Map<string, string>();
  const citation = (docId: string): string => {
    let c = citations.get(docId);
    if (c === undefined) citations.set(docId, (c = shortCitation(docs.get(docId), docId, lang)));
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
    writeRow(ws, row, [
      cell(nameOf(`d:${line.domain.id}`, () => bi(line.domain.name, lang)), s.text),
      cell(line.actor ? nameOf(`a:${line.actor.id}`, () => bi(line.actor?.name ?? null, lang)) : alignmentLabel, s.text),
      cell(clip(e.exact), isBroken ? s.brokenQuote : s.text),
      cell(citation(e.docId), s.text),
      cell(sectionLabel(e.section, e.sectionTitle), s.text),
      cell(e.paragraphOrdinal, s.number),
      linked(e.paragraphId ?? '', sourceRow === undefined ? undefined : internalLink('sources', sourceRow), toSource, s.codeLink, s.code),
      isBroken ? cell(e.problem ? `${broken}\n${e.problem}` : broken, s.brokenStatus) : cell(anchored, s.anchoredStatus),
    ], widths, ctx.links.evidence);
    await ctx.progress.step();
  }
  ws.autoFilter = `A${HEADER_ROW}:${columnLetter(headers.length)}${row}`;
  ws.commit();
  return plan.evidence.length;
}
