// The Annotations sheet: the analysts' notes, each tied to a domain, a cell or a single quote. The
// last column links to what the note is about (a short cell: see sheet-matrix.ts on long links).
import type { Workbook } from 'exceljs';
import type { Actor, Annotation, Domain } from '../../../shared/types.ts';
import { cell, linked, writeRow } from './cells.ts';
import type { Cell } from './cells.ts';
import { columnLetter } from './context.ts';
import type { SheetContext } from './context.ts';
import { categoryNames } from '../../../shared/categories.ts';
import { HEAD, SHEET_TITLE, WORD } from './labels.ts';
import { cellKey, HEADER_ROW, quoteKey } from './plan.ts';
import { internalLink } from './sheet-names.ts';
import { addSheet } from './sheet-setup.ts';
import { bi, clip, say, tip } from './text.ts';

/**
 * Excel dates carry no time zone, so the timestamp is shifted to the exporting machine's wall clock:
 * the analyst sees the time they wrote the note. Unparseable values are printed as given.
 */
function localDate(iso: string): Date | string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
}

function quoteText(domain: Domain | undefined, a: Annotation): string {
  if (!domain || a.target.evidenceId === null) return '';
  const list = a.target.actorId === null ? domain.alignment.evidence : (domain.positions[a.target.actorId]?.evidence ?? []);
  return list.find((e) => e.id === a.target.evidenceId)?.exact ?? `(${a.target.evidenceId})`;
}

export async function writeAnnotationsSheet(wb: Workbook, ctx: SheetContext): Promise<number> {
  const { lang, plan, input } = ctx;
  const widths = [16, 12, 34, 13, 50, 12, 15, 15, lang === 'both' ? 16 : 11];
  const ws = addSheet(wb, { key: 'annotations', title: SHEET_TITLE.annotations, lang, widths, frozenRows: HEADER_ROW, stamp: ctx.stamp, paper: ctx.paper });
  const s = ctx.stylesFor(widths);
  const headers = [HEAD.domain, HEAD.actor, HEAD.quote, HEAD.category, HEAD.text, HEAD.author, HEAD.created, HEAD.updated, HEAD.link];
  writeRow(ws, HEADER_ROW, headers.map((h) => cell(say(h, lang), s.header)), widths);

  const domains = new Map<string, Domain>(input.matrix.domains.map((d) => [d.id, d]));
  const actors = new Map<string, Actor>(input.matrix.actors.map((a) => [a.id, a]));
  const domainRank = new Map(input.matrix.domains.map((d, i) => [d.id, i]));
  const actorRank = new Map(input.matrix.actors.map((a, i) => [a.id, i + 1]));
  // Same order as the matrix reads: by domain, then actor (domain-level notes first), then age.
  const sorted = [...input.annotations].sort(
    (x, y) =>
      (domainRank.get(x.target.domainId) ?? Infinity) - (domainRank.get(y.target.domainId) ?? Infinity) ||
      (x.target.actorId === null ? 0 : (actorRank.get(x.target.actorId) ?? Infinity)) -
        (y.target.actorId === null ? 0 : (actorRank.get(y.target.actorId) ?? Infinity)) ||
      x.createdAt.localeCompare(y.createdAt),
  );
  // Link texts stay on one line in every language, so they never need to wrap.
  const oneLine = (w: { zh: string; en: string }): string => (lang === 'both' ? `${w.zh.replace(' →', '')} ${w.en}` : w[lang]);
  const toMatrix = { text: oneLine(WORD.toMatrix), tip: tip(WORD.goToMatrix, lang) };
  const toEvidence = { text: oneLine(WORD.toEvidence), tip: tip(WORD.goToEvidence, lang) };

  let row = HEADER_ROW;
  for (const a of sorted) {
    row += 1;
    const domain = domains.get(a.target.domainId);
    const { actorId, evidenceId } = a.target;
    const actorName =
      actorId !== null ? bi(actors.get(actorId)?.name ?? { zh: actorId, en: actorId }, lang) : evidenceId !== null ? say(WORD.alignmentRow, lang) : '';
    // A quote note goes to its quote; a cell note to the cell's first quote; a domain note to the matrix.
    const evidenceRow =
      evidenceId !== null
        ? plan.evidenceRow.get(quoteKey(a.target.domainId, actorId, evidenceId))
        : actorId !== null
          ? plan.firstEvidenceRow.get(cellKey(a.target.domainId, actorId))
          : undefined;
    const matrixRow = plan.matrixRow.get(a.target.domainId);
    const link =
      evidenceRow !== undefined
        ? linked(toEvidence.text, internalLink(lang, 'evidence', evidenceRow), toEvidence.tip, s.quoteLink, s.quoteNone)
        : matrixRow !== undefined
          ? linked(toMatrix.text, internalLink(lang, 'matrix', matrixRow), toMatrix.tip, s.quoteLink, s.quoteNone)
          : cell('', s.quoteNone);
    const cells: Cell[] = [
      cell(domain ? bi(domain.name, lang) : a.target.domainId, s.text),
      cell(actorName, s.text),
      cell(clip(quoteText(domain, a)), s.text),
      cell(say(categoryNames(a.category, ctx.input.categories), lang), s.text),
      cell(clip(a.text), s.text),
      cell(a.author, s.text),
      cell(localDate(a.createdAt), s.date),
      cell(localDate(a.updatedAt), s.date),
      link,
    ];
    writeRow(ws, row, cells, widths, ctx.links.annotations);
    await ctx.progress.step();
  }
  ws.autoFilter = `A${HEADER_ROW}:${columnLetter(headers.length)}${row}`;
  ws.commit();
  return sorted.length;
}
