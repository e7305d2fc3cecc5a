// The Matrix sheet: one row per domain, one column per actor, the alignment judgement colour-coded,
// the analysts' notes on the same row, and a legend under the table so the colours are explained on
// paper too.
//
// Links to the evidence sit in a narrow "Quotes" cell beside each position and beside the alignment,
// not on the long text itself: LibreOffice (and WPS in some versions) turns a hyperlinked cell into a
// single unbreakable field, so a linked paragraph would print as one clipped line.
import type { Workbook } from 'exceljs';
import type { Actor, Annotation, Domain, Evidence, Position } from '../../../shared/types.ts';
import { ALIGNMENT_VALUES } from '../../../shared/types.ts';
import { cell, linked, writeRow } from './cells.ts';
import type { Cell } from './cells.ts';
import { columnLetter } from './context.ts';
import type { SheetContext } from './context.ts';
import { categoryNames } from '../../../shared/categories.ts';
import { ALIGNMENT_LABELS, ALIGNMENT_MEANINGS } from '../../../shared/labels.ts';
import { HEAD, SHEET_TITLE, WORD } from './labels.ts';
import { cellKey, HEADER_ROW } from './plan.ts';
import { internalLink } from './sheet-names.ts';
import { addSheet } from './sheet-setup.ts';
import type { Styles } from './styles.ts';
import { bi, list, say, tip } from './text.ts';

const QUOTES_WIDTH = 6;
/** "Quotes" needs a little more room than 引文. */
const QUOTES_WIDTH_LATIN = 8;

function actorHeader(actor: Actor, ctx: SheetContext): string {
  const zh = `${actor.name.zh.trim() || actor.name.en}${HEAD.positionOf.zh}`;
  const en = `${actor.name.en.trim() || actor.name.zh} ${HEAD.positionOf.en}`;
  return say({ zh, en }, ctx.lang);
}

/** Tags are stored by their English names; the Chinese ones come from data/terms/instruments.json. */
function instrumentLine(position: Position, ctx: SheetContext, lang: 'zh' | 'en'): string {
  const names = ctx.input.instrumentNames ?? {};
  const tags = position.instruments.map((t) => (lang === 'zh' ? (names[t] ?? t) : t));
  return `${WORD.instruments[lang]}${list(tags, lang)}`;
}

/** One language (the Matrix sheet gives a bilingual export one row per language). */
function positionText(position: Position, ctx: SheetContext): string {
  const lang = ctx.lang === 'both' ? 'zh' : ctx.lang;
  const summary = withStaleMark(bi(position.summary, lang), position.summaryStale, lang);
  return position.instruments.length === 0 ? summary : `${summary}\n${instrumentLine(position, ctx, lang)}`;
}

/**
 * A summary or reason printed in the language that is out of date carries the marker line above it:
 * an export never shows a stale translation unmarked.
 */
function withStaleMark(text: string, stale: 'zh' | 'en' | undefined, lang: 'zh' | 'en'): string {
  return stale === lang && text ? `${WORD.staleTranslation[lang]}\n${text}` : text;
}

/**
 * The notes on a domain, its cells and its quotes, each saying what it is about, its category and
 * who wrote it: `日本 · 时机：……（王分析师）`. Same order as the Annotations sheet.
 */
function notesText(ctx: SheetContext, notes: readonly Annotation[]): string {
  const lang = ctx.lang === 'both' ? 'zh' : ctx.lang;
  const actors = new Map(ctx.input.matrix.actors.map((a) => [a.id, a]));
  const rank = new Map(ctx.input.matrix.actors.map((a, i) => [a.id, i + 1]));
  const colon = lang === 'zh' ? '：' : ': ';
  return notes
    .slice()
    .sort((x, y) => (x.target.actorId === null ? 0 : (rank.get(x.target.actorId) ?? 99)) - (y.target.actorId === null ? 0 : (rank.get(y.target.actorId) ?? 99)) || x.createdAt.localeCompare(y.createdAt))
    .map((a) => {
      const actor = a.target.actorId === null ? null : actors.get(a.target.actorId);
      const where = actor
        ? say({ zh: actor.name.zh || actor.name.en, en: actor.name.en || actor.name.zh }, lang)
        : a.target.evidenceId !== null
          ? say(WORD.alignmentRow, lang)
          : say(WORD.wholeDomain, lang);
      const quote = a.target.evidenceId === null ? '' : ` · ${say(WORD.onQuote, lang)}`;
      const category = say(categoryNames(a.category, ctx.input.categories), lang);
      const by = lang === 'zh' ? `（${a.author}）` : ` (${a.author})`;
      return `▸ ${where}${quote} · ${category}${colon}${a.text.trim()}${by}`;
    })
    .join('\n');
}

/** `3 →`, linked to the cell's first quote; red when one of them no longer anchors. */
function quotesCell(ctx: SheetContext, s: Styles, domain: Domain, actorId: string | null, evidence: readonly Evidence[] | null): Cell {
  if (evidence === null) return cell('', s.quoteNone);
  const row = ctx.plan.firstEvidenceRow.get(cellKey(domain.id, actorId));
  if (evidence.length === 0 || row === undefined) return cell('0', s.quoteNone);
  const broken = evidence.some((e) => e.status === 'broken');
  return linked(`${evidence.length} →`, internalLink(ctx.lang, 'evidence', row), tip(WORD.goToEvidence, ctx.lang), broken ? s.quoteLinkBroken : s.quoteLink, s.quoteNone);
}

/** The domain's unsupported items, one per line: where (actor or alignment, language) and what. */
function claimsCell(ctx: SheetContext, s: Styles, domain: Domain): Cell {
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
  const { lang } = ctx;
  // The widths are kept to what fits A4 landscape at a readable scale: the wider the table, the more
  // fit-to-width shrinks it and the larger the type has to be set (paper.ts). Stacked Chinese and
  // English double the text, so rows grow tall; a row above Excel's 409-point limit would be cut
  // off, which the source notes and reasons stay well under.
  const both = lang === 'both';
  const actorWidth = Math.max(22, Math.min(34, Math.round(68 / Math.max(1, matrix.actors.length))));
  const qw = lang === 'zh' ? QUOTES_WIDTH : QUOTES_WIDTH_LATIN;
  // The claim-check column is there when the check was run (always, from the app and the CLI).
  const claims = ctx.input.claims !== undefined;
  const widths = [14, ...matrix.actors.flatMap(() => [actorWidth, qw]), both ? 13 : 10, qw, 32, 24, 26, ...(claims ? [22] : [])];
  const ws = addSheet(wb, { key: 'matrix', title: SHEET_TITLE.matrix, lang, widths, frozenRows: HEADER_ROW, frozenColumns: 1, stamp: ctx.stamp, paper: ctx.paper });
  const s = ctx.stylesFor(widths);
  const notesByDomain = new Map<string, Annotation[]>();
  for (const a of ctx.input.annotations) notesByDomain.set(a.target.domainId, [...(notesByDomain.get(a.target.domainId) ?? []), a]);

  const quotes = say(HEAD.quotes, lang);
  const headers = [
    say(HEAD.domain, lang),
    ...matrix.actors.flatMap((a) => [actorHeader(a, ctx), quotes]),
    say(HEAD.alignment, lang),
    quotes,
    say(HEAD.reason, lang),
    say(HEAD.sourceNote, lang),
    say(HEAD.annotations, lang),
    ...(claims ? [say(HEAD.claimCheck, lang)] : []),
  ];
  writeRow(ws, HEADER_ROW, headers.map((h) => cell(h, s.header)), widths);

  let row = HEADER_ROW;
  for (const domain of matrix.domains) {
    // A bilingual export gives each domain two rows, Chinese then English: stacked in one cell the
    // two texts would need rows above Excel's 409-point limit at a readable size, and be cut off.
    const rowLangs: Array<'zh' | 'en'> = both ? ['zh', 'en'] : [lang];
    for (const [k, rowLang] of rowLangs.entries()) {
      row += 1;
      const one: SheetContext = { ...ctx, lang: rowLang };
      const cells: Cell[] = [cell(bi(domain.name, rowLang), s.key)];
      for (const actor of matrix.actors) {
        const position = domain.positions[actor.id];
        cells.push(position ? cell(positionText(position, one), position.summaryStale === rowLang ? s.staleText : s.text) : cell(say(WORD.noPosition, rowLang), s.textMuted));
        cells.push(quotesCell(ctx, s, domain, actor.id, position ? position.evidence : null));
      }
      const a = domain.alignment;
      cells.push(cell(say(ALIGNMENT_LABELS[a.value], rowLang), s.alignment[a.value]));
      cells.push(quotesCell(ctx, s, domain, null, a.evidence));
      cells.push(cell(withStaleMark(bi(a.reason, rowLang), a.reasonStale, rowLang), a.reasonStale === rowLang ? s.staleText : s.text));
      cells.push(cell(bi(domain.sourceNote, rowLang), s.textMuted));
      // Notes are written in one language: printed once, on the domain's first row.
      cells.push(cell(k === 0 ? notesText(one, notesByDomain.get(domain.id) ?? []) : '', s.text));
      // The check's findings name their language: printed once, on the domain's first row.
      if (claims) cells.push(k === 0 ? claimsCell(one, s, domain) : cell('', s.text));
      writeRow(ws, row, cells, widths, ctx.links.matrix);
    }
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
  legendRow += 1;
  writeRow(ws, legendRow, [cell(say(WORD.staleShort, lang), s.staleText), cell(say(WORD.staleLegend, lang), s.text)], widths);
  ws.commit();
  return matrix.domains.length;
}
