// The Matrix sheet: one row per domain, one column per actor, the alignment judgement colour-coded,
// and a legend under the table so the colours are explained on paper too.
//
// Links to the evidence sit in a narrow "Quotes" cell beside each position and beside the alignment,
// not on the long text itself: LibreOffice (and WPS in some versions) turns a hyperlinked cell into a
// single unbreakable field, so a linked paragraph would print as one clipped line.
import type { Workbook } from 'exceljs';
import type { Actor, Domain, Evidence, Position } from '../../../shared/types.ts';
import { ALIGNMENT_VALUES } from '../../../shared/types.ts';
import { cell, linked, writeRow } from './cells.ts';
import type { Cell } from './cells.ts';
import { columnLetter } from './context.ts';
import type { SheetContext } from './context.ts';
import { ALIGNMENT_LABELS, ALIGNMENT_MEANINGS } from '../../../shared/labels.ts';
import { HEAD, SHEET_TITLE, WORD } from './labels.ts';
import { cellKey, HEADER_ROW } from './plan.ts';
import { internalLink } from './sheet-names.ts';
import { addSheet } from './sheet-setup.ts';
import { bi, list, say, tip } from './text.ts';

const QUOTES_WIDTH = 7;

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

/** `3 →`, linked to the cell's first quote; red when one of them no longer anchors. */
function quotesCell(ctx: SheetContext, domain: Domain, actorId: string | null, evidence: readonly Evidence[] | null): Cell {
  const s = ctx.styles;
  if (evidence === null) return cell('', s.quoteNone);
  const row = ctx.plan.firstEvidenceRow.get(cellKey(domain.id, actorId));
  if (evidence.length === 0 || row === undefined) return cell('0', s.quoteNone);
  const broken = evidence.some((e) => e.status === 'broken');
  return linked(`${evidence.length} →`, internalLink('evidence', row), tip(WORD.goToEvidence, ctx.lang), broken ? s.quoteLinkBroken : s.quoteLink, s.quoteNone);
}

/** The domain's unsupported items, one per line: where (actor or alignment, language) and what. */
function claimsCell(ctx: SheetContext, domain: Domain): Cell {
  const s = ctx.styles;
  const flags = (ctx.input.claims ?? []).filter((f) => f.domainId === domain.id);
  if (flags.length === 0) return cell(say(WORD.claimsNone, ctx.lang), s.textMuted);
  const actorName = (id: string | null) => {
    if (id === null) return say(WORD.alignmentShort, ctx.lang);
    const actor = ctx.input.matrix.actors.find((a) => a.id === id);
    return actor ? say(actor.name, ctx.lang) : id;
  };
  const lines = flags.map((f) => {
    const where = `${actorName(f.actorId)} · ${f.lang === 'zh' ? '中文' : 'EN'}`;
    const exception = f.exception ? ` (${say(WORD.claimException, ctx.lang)}${f.exception})` : '';
    return `${where}: ${f.item}${exception}`;
  });
  return cell(lines.join('\n'), s.text);
}

export async function writeMatrixSheet(wb: Workbook, ctx: SheetContext): Promise<number> {
  const { matrix } = ctx.input;
  const { styles: s, lang } = ctx;
  // Stacked Chinese + English doubles the text, so 'both' gets wider text columns: otherwise long
  // source notes would need rows taller than Excel's 409-point limit and be cut off.
  const both = lang === 'both';
  const actorWidth = Math.max(24, Math.min(both ? 48 : 40, Math.round((both ? 96 : 80) / Math.max(1, matrix.actors.length))));
  // The claim-check column is there when the check was run (always, from the app and the CLI).
  const claims = ctx.input.claims !== undefined;
  const widths = [16, ...matrix.actors.flatMap(() => [actorWidth, QUOTES_WIDTH]), both ? 14 : 11, QUOTES_WIDTH, both ? 48 : 40, both ? 36 : lang === 'en' ? 30 : 24, 7, ...(claims ? [both ? 30 : 22] : [])];
  const ws = addSheet(wb, { key: 'matrix', title: SHEET_TITLE.matrix, lang, widths, frozenRows: HEADER_ROW, frozenColumns: 1, stamp: ctx.stamp });

  const quotes = say(HEAD.quotes, lang);
  const headers = [
    say(HEAD.domain, lang),
    ...matrix.actors.flatMap((a) => [actorHeader(a, ctx), quotes]),
    say(HEAD.alignment, lang),
    quotes,
    say(HEAD.reason, lang),
    say(HEAD.sourceNote, lang),
    say(HEAD.annotationCount, lang),
    ...(claims ? [say(HEAD.claimCheck, lang)] : []),
  ];
  writeRow(ws, HEADER_ROW, headers.map((h) => cell(h, s.header)), widths);

  let row = HEADER_ROW;
  for (const domain of matrix.domains) {
    row += 1;
    const cells: Cell[] = [cell(bi(domain.name, lang), s.key)];
    for (const actor of matrix.actors) {
      const position = domain.positions[actor.id];
      cells.push(position ? cell(positionText(position, ctx), s.text) : cell(say(WORD.noPosition, lang), s.textMuted));
      cells.push(quotesCell(ctx, domain, actor.id, position ? position.evidence : null));
    }
    const a = domain.alignment;
    cells.push(cell(say(ALIGNMENT_LABELS[a.value], lang), s.alignment[a.value]));
    cells.push(quotesCell(ctx, domain, null, a.evidence));
    cells.push(cell(bi(a.reason, lang), s.text));
    cells.push(cell(bi(domain.sourceNote, lang), s.textMuted));
    cells.push(cell(ctx.plan.annotationCount.get(domain.id) ?? 0, s.number));
    if (claims) cells.push(claimsCell(ctx, domain));
    writeRow(ws, row, cells, widths, ctx.links.matrix);
    await ctx.progress.step();
  }
  ws.autoFilter = `A${HEADER_ROW}:${columnLetter(headers.length)}${row}`;

  // Legend: below the table (not beside it) so it prints on the last page, within the page width.
  // The meanings go in column B, which is always a wide position column.
  let legendRow = row + 2;
  writeRow(ws, legendRow, [cell(say(WORD.legendTitle, lang), s.caption)], widths);
  for (const value of ALIGNMENT_VALUES) {
    legendRow += 1;
    writeRow(ws, legendRow, [cell(say(ALIGNMENT_LABELS[value], lang), s.swatch[value]), cell(say(ALIGNMENT_MEANINGS[value], lang), s.text)], widths);
  }
  legendRow += 1;
  writeRow(ws, legendRow, [cell('1 →', s.quoteLinkBroken), cell(say(WORD.brokenInCell, lang), s.text)], widths);
  ws.commit();
  return matrix.domains.length;
}
