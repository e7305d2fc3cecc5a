// The About sheet: what this file is, when it was made, what it covers, and how to read the colours.
import type { Workbook } from 'exceljs';
import { ALIGNMENT_VALUES } from '../../../shared/types.ts';
import { cell, writeRow } from './cells.ts';
import type { SheetContext } from './context.ts';
import { ALIGNMENT_LABELS, ALIGNMENT_MEANINGS } from '../../../shared/labels.ts';
import { ABOUT, HEAD, LANG_NAME, SHEET_TITLE, WORD } from './labels.ts';
import type { Words } from './labels.ts';
import { addSheet } from './sheet-setup.ts';
import { bi, say } from './text.ts';

function localTime(date: Date, lang: 'zh' | 'en'): string {
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'long' }).format(date);
}

export function exportedLocal(date: Date, lang: SheetContext['lang']): string {
  return lang === 'both' ? `${localTime(date, 'zh')}\n${localTime(date, 'en')}` : localTime(date, lang);
}

export function writeAboutSheet(wb: Workbook, ctx: SheetContext, rows: { evidence: number; annotations: number; paragraphs: number }): void {
  const { lang, input } = ctx;
  const widths = [26, 80];
  const ws = addSheet(wb, { key: 'about', title: SHEET_TITLE.about, lang, widths, frozenRows: 0, stamp: ctx.stamp, portrait: true, paper: ctx.paper });
  const s = ctx.stylesFor(widths, true);
  const { matrix } = input;
  const number = (n: number): string => n.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN');
  const items: Array<[Words, string]> = [
    [ABOUT.app, say(WORD.appName, lang)],
    [ABOUT.version, input.appVersion],
    [ABOUT.exportedIso, input.exportedAt.toISOString()],
    [ABOUT.exportedLocal, exportedLocal(input.exportedAt, lang)],
    [ABOUT.language, say(LANG_NAME[lang], lang)],
    [ABOUT.scope, input.scopeDescription],
    [ABOUT.domains, number(matrix.domains.length)],
    [ABOUT.actors, matrix.actors.map((a) => bi(a.name, lang).replace(/\n/g, ' ')).join(lang === 'en' ? ', ' : '、')],
    [ABOUT.quotes, number(rows.evidence)],
    [ABOUT.broken, number(matrix.stats.broken)],
    ...(input.claims
      ? ([
          [ABOUT.claims, number(input.claims.length)],
          [ABOUT.claimExceptions, number(input.claims.filter((f) => f.exception).length)],
        ] as Array<[Words, string]>)
      : []),
    [ABOUT.annotations, number(rows.annotations)],
    [ABOUT.documents, number(input.documents.length)],
    [ABOUT.paragraphs, number(rows.paragraphs)],
    [ABOUT.howTo, say(ABOUT.howToRead, lang)],
  ];

  writeRow(ws, 1, [cell(say(ABOUT.item, lang), s.header), cell(say(ABOUT.value, lang), s.header)], widths);
  let row = 1;
  for (const [key, value] of items) {
    row += 1;
    writeRow(ws, row, [cell(say(key, lang), s.key), cell(value, s.text)], widths);
  }

  row += 2;
  writeRow(ws, row, [cell(say(WORD.legendTitle, lang), s.caption)], widths);
  row += 1;
  writeRow(ws, row, [cell(say(HEAD.alignment, lang), s.header), cell(say(HEAD.meaning, lang), s.header)], widths);
  for (const value of ALIGNMENT_VALUES) {
    row += 1;
    writeRow(ws, row, [cell(say(ALIGNMENT_LABELS[value], lang), s.swatch[value]), cell(say(ALIGNMENT_MEANINGS[value], lang), s.text)], widths);
  }
  row += 1;
  writeRow(ws, row, [cell('1 →', s.quoteLinkBroken), cell(say(WORD.brokenInCell, lang), s.text)], widths);
  ws.commit();
}
