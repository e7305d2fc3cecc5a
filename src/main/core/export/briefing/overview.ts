// The overview: one row per domain, each actor's position in one line, the alignment coloured as in
// the app. No footnotes here: every line is the first sentence of a claim footnoted in its section.
import { ALIGNMENT_LABELS } from '../../../../shared/labels.ts';
import type { BriefContext } from './context.ts';
import { headingBookmark } from './context.ts';
import { ALIGNMENT_COLOURS, HEADER_FILL, MUTED, STALE_TEXT } from './colours.ts';
import { BRIEF } from './labels.ts';
import { langsOf, pick, word } from './lang.ts';
import { splitSentences } from './sentences.ts';
import { PAGE } from './skeleton.ts';
import { paragraph, runs, table } from './xml.ts';
import type { TableCell } from './xml.ts';

/** Text width of the page between the margins, in twips. */
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Table text size (TableText style, 8.5 pt) in twips: a CJK character is one em wide. */
const EM = 170;

/**
 * The first sentence, cut to what fits `lines` printed lines of a column `width` twips wide: an
 * overview row should stay a line or two, so the whole table fits on about one page.
 */
export function oneLine(text: string, l: 'zh' | 'en', width: number, lines: number): string {
  const first = (splitSentences(text)[0] ?? '').trim();
  // Latin text averages about half an em per character.
  const perLine = Math.floor((width - 160) / (l === 'zh' ? EM : EM * 0.5));
  const max = Math.max(12, perLine * lines);
  const chars = Array.from(first);
  return chars.length <= max ? first : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

export function overview(ctx: BriefContext): string {
  const { input, lang } = ctx;
  const { actors, domains } = input.matrix;
  const title = word(BRIEF.overview, lang);
  // The overview is a page of its own, after the title block and contents.
  let xml = paragraph(runs(title), { style: 'Heading1', pageBreakBefore: true, bookmark: headingBookmark(ctx, title, 1) });
  for (const l of langsOf(lang)) xml += paragraph(runs(BRIEF.overviewLead[l]), { style: 'BriefNote' });
  const anyStale = domains.some((d) => Object.values(d.positions).some((p) => p.summaryStale !== undefined && langsOf(lang).includes(p.summaryStale)));
  if (anyStale) for (const l of langsOf(lang)) xml += paragraph(runs(BRIEF.staleLegend[l], { color: STALE_TEXT }), { style: 'BriefNote' });

  // Bilingual domain names need the wider column.
  const domainWidth = lang === 'both' ? 1900 : 1500;
  const alignmentWidth = lang === 'both' ? 1450 : 1150;
  const actorWidth = Math.floor((TEXT_WIDTH - domainWidth - alignmentWidth) / Math.max(1, actors.length));
  const widths = [domainWidth, ...actors.map(() => actorWidth), alignmentWidth];
  const head = (text: string): TableCell => ({ content: paragraph(runs(text, { bold: true }), { style: 'TableText' }), fill: HEADER_FILL });
  const header = [head(word(BRIEF.domain, lang)), ...actors.map((a) => head(langsOf(lang).map((l) => pick(a.name, l)).join(' / '))), head(word(BRIEF.alignment, lang))];

  const rows = domains.map((d) => {
    const cells: TableCell[] = [{ content: langsOf(lang).map((l) => paragraph(runs(pick(d.name, l), { bold: true }), { style: 'TableText' })).join('') }];
    for (const a of actors) {
      const p = d.positions[a.id];
      cells.push({
        content: p
          ? langsOf(lang)
              .map((l) => {
                // A stale translation is marked here too (the full notice is in the domain's section).
                const stale = p.summaryStale === l && p.summary[l].trim() !== '';
                const line = oneLine(pick(p.summary, l), l, actorWidth, lang === 'both' ? 1 : 2);
                return paragraph((stale ? runs('⚠ ', { bold: true, color: STALE_TEXT }) : '') + runs(line), { style: 'TableText' });
              })
              .join('')
          : paragraph(runs('—', { color: MUTED }), { style: 'TableText' }),
      });
    }
    const c = ALIGNMENT_COLOURS[d.alignment.value];
    cells.push({
      content: langsOf(lang).map((l) => paragraph(runs(ALIGNMENT_LABELS[d.alignment.value][l], { bold: true, color: c.text }), { style: 'TableText' })).join(''),
      fill: c.fill,
    });
    return cells;
  });
  xml += table(widths, header, rows);
  return xml;
}
