// A claim — a position summary or an alignment reason — as paragraphs whose sentences carry their
// footnote marks (see sentences.ts for which sentence each quote supports).
import type { Bilingual, Evidence } from '../../../../shared/types.ts';
import type { BriefContext } from './context.ts';
import type { ClaimFlag, One } from './input.ts';
import { versions } from './lang.ts';
import { placeQuotes, tokens } from './sentences.ts';
import type { Placement } from './sentences.ts';
import { STALE_TEXT } from './colours.ts';
import { BRIEF } from './labels.ts';
import { paragraph, runs } from './xml.ts';

const UNSUPPORTED = {
  zh: '【无出处】矩阵没有为这段文字提供引文',
  en: 'NO SOURCE: the matrix gives no quote for this text',
};

/** `stale`: the language of the text that is out of date (its other language was revised); marked where printed. */
export function claimParagraphs(
  ctx: BriefContext,
  text: Bilingual,
  evidence: readonly Evidence[],
  cell: { domainId: string; actorId: string | null },
  style: string,
  stale?: One,
): string {
  let out = '';
  const quoteTokens = evidence.map((e) => tokens(e.exact));
  // The Chinese text shares words with the (Chinese) quotes, so it places them even when only the
  // English is printed; the English text then follows it sentence for sentence.
  const zh = text.zh.trim();
  let parallel: Placement | undefined = zh && ctx.lang === 'en' ? placeQuotes(zh, quoteTokens) : undefined;
  for (const v of versions(text, ctx.lang)) {
    const flags = ctx.input.claimFlags?.(cell.domainId, cell.actorId, v.lang) ?? [];
    const placement = placeQuotes(v.text, quoteTokens, parallel);
    parallel ??= placement;
    // Only where the printed text really is that language's own (not the other's, as a fallback).
    if (stale === v.lang && text[v.lang].trim()) out += paragraph(runs(BRIEF.staleTranslation[v.lang], { bold: true, color: STALE_TEXT }), { style: 'BriefNote', keepNext: true });
    out += paragraph(sentencesWithNotes(ctx, placement, evidence, v.lang, flags), { style });
  }
  return out;
}

function sentencesWithNotes(ctx: BriefContext, placement: Placement, evidence: readonly Evidence[], lang: One, flags: readonly ClaimFlag[]): string {
  const { sentences, at } = placement;
  const last = sentences.length - 1;
  // A flag goes after the sentence it was found in, when that sentence is still in the text.
  const flagAt = flags.map((f) => {
    const wanted = f.sentence?.trim();
    const i = wanted ? sentences.findIndex((s) => s.includes(wanted) || wanted.includes(s.trim())) : -1;
    return i < 0 ? last : i;
  });
  let xml = '';
  sentences.forEach((sentence, i) => {
    const supporting = evidence.filter((_, k) => at[k] === i);
    const flagged = flags.filter((_, k) => flagAt[k] === i);
    // The mark goes after the sentence's punctuation, before the space that follows it.
    const body = sentence.replace(/\s+$/, '');
    const space = sentence.slice(body.length);
    let mark = '';
    if (supporting.length > 0) mark = ctx.notes.cite(supporting, lang);
    if (flagged.length > 0) mark += ctx.notes.cite([], lang, flagged);
    if (i === last && evidence.length === 0 && flags.length === 0) mark += ctx.notes.cite([], lang, [], UNSUPPORTED[lang]);
    xml += runs(body) + mark + runs(space);
  });
  return xml;
}
