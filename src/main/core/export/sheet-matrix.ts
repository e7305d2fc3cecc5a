// The Matrix sheet: one row per domain, one column per actor, the alignment judgement colour-coded,
// and a legend under the table so the colours are explained on paper too.
import type { Workbook } from 'exceljs';
import type { Actor, Domain, Position } from '../../../shared/types.ts';
import { ALIGNMENT_VALUES } from '../../../shared/types.ts';
import { cell, linked, writeRow } from './cells.ts';
import type { Cell } from './cells.ts';
import { columnLetter } from './context.ts';
import type { SheetContext } from './context.ts';
import { ALIGNMENT_LABEL, ALIGNMENT_MEANING, HEAD, SHEET_TITLE, WORD } from './labels.ts';
import { cellKey, HEADER_ROW } from './plan.ts';
import { internalLink } from './sheet-names.ts';
import { addSheet } from './sheet-setup.ts';
import { bi, list, say } from './text.ts';

function actorHeader(actor: Actor, ctx: SheetContext): string {
  const zh = `${actor.name.zh.trim() || actor.name.en}${HEAD.positionOf.zh}`;
  const en = `${actor.name.en.trim() || actor.name.zh} ${HEAD.positionOf.en}`;
  return say({ zh, en }, ctx.lang);
}

function positionText(position: Position, ctx: SheetContext): string {
  const summary = bi(position.summary, ctx.lang);
  if (position.instruments.length === 0) return summary;
  const lead = ctx.lang === 'en' ? WORD.instruments.en : WORD.instruments.zh;
  return `${summary}\n${lead}${list(position.instruments, ctx.lang)}`;
}

function linkTo(ctx: SheetContext, domain: Domain, actorId: string | null): string | undefined {
  const row = ctx.plan.firstEvidenceRow.get(cellKey(domain.id, actorId));
  return row === undefined ? undefined : internalLink('evidence', row);
}

export async function writeMatrixSheet(wb: Workbook, ctx: SheetContext): Promise<number> {
  const { matrix } = ctx.input;
  const { styles: s, lang } = ctx;
  const actorWidth = Math.max(26, Math.min(46, Math.round(92 / Math.max(1, matrix.actors.length))));
  const widths = [16, ...matrix.actors.map(() => actorWidth), 12, 40, 26, 8];
  const ws = addSheet(wb, { key: 'matrix', title: SHEET_TITLE.matrix, lang, widths, frozenRows: HEADER_ROW, frozenColumns: 1, stamp: ctx.stamp });

  const headers = [HEAD.domain, ...matrix.actors.map((a) => actorHeader(a, ctx)), HEAD.alignment, HEAD.reason, HEAD.sourceNote, HEAD.annotationCount];
  writeRow(ws, HEADER_ROW, headers.map((h) => cell(typeof h === 'string' ? h : say(h, lang), s.header)));

  const tip = say(WORD.goToEvidence, lang);
  let row = HEADER_ROW;
  for (const domain of matrix.domains) {
    row += 1;
    const cells: Cell[] = [cell(bi(domain.name, lang), s.key)];
    for (const actor of matrix.actors) {
      const position = domain.positions[actor.id];
      cells.push(
        position
          ? linked(positionText(position, ctx), linkTo(ctx, domain, actor.id), tip, s.link, s.text)
          : cell(say(WORD.noPosition, lang), s.textMuted),
      );
    }
    const a = domain.alignment;
    const alignmentStyle = s.alignment[a.value];
    cells.push(linked(say(ALIGNMENT_LABEL[a.value], lang), linkTo(ctx, domain, null), tip, alignmentStyle, alignmentStyle));
    cells.push(cell(bi(a.reason, lang), s.text));
    cells.push(cell(bi(domain.sourceNote, lang), s.textMuted));
    cells.push(cell(ctx.plan.annotationCount.get(domain.id) ?? 0, s.number));
    writeRow(ws, row, cells);
    await ctx.progress.step();
  }
  const lastColumn = columnLetter(headers.length);
  ws.autoFilter = `A${HEADER_ROW}:${lastColumn}${row}`;

  // Legend: below the table (not beside it) so it prints on the last page, within the page width.
  let legendRow = row + 2;
  writeRow(ws, legendRow, [cell(say(WORD.legendTitle, lang), s.caption)]);
  for (const value of ALIGNMENT_VALUES) {
    legendRow += 1;
    writeRow(ws, legendRow, [cell(say(ALIGNMENT_LABEL[value], lang), s.swatch[value]), cell(say(ALIGNMENT_MEANING[value], lang), s.text)]);
  }
  ws.commit();
  return matrix.domains.length;
}
