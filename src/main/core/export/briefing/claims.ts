// A claim — a position summary or an alignment reason — as paragraphs whose sentences carry their
// footnote marks (see sentences.ts for which sentence each quote supports).
import type { Bilingual, Evidence } from '../../../../shared/types.ts';
import type { BriefContext } from './context.ts';
import type { One } from './input.ts';
import { versions } from './lang.ts';
import { placeQuotes } from './sentences.ts';
import type { Placement } from './sentences.ts';
import { paragraph, runs } from './xml.ts';

const UNSUPPORTED = {
  zh: '【无出处】矩阵没有为这段文字提供引文',
  en: 'NO SOURCE: the matrix gives no quote for this text',
};

export function claimParagraphs(ctx: BriefContext, text: Bilingual, evidence: readonly Evidence[], cell: { domainId: string; actorId: string | null }, style: string): string {
  let out = '';
  let parallel: Placement | undefined;
  for (const v of versions(text, ctx.lang)) {
    const flags = ctx.input.claimFlags?.(cell.domainId, cell.actorId, v.lang) ?? [];
    const placement = placeQuotes(v.text, evidence.map((e) => e.exact), parallel);
    parallel ??= placement;
    out += paragraph(sentencesWithNotes(ctx, placement, evidence, v.lang, flags), { style });
  }
  return out;
}

function sentencesWithNotes(ctx: BriefContext, placement: Placement, evidence: readonly Evidence[], lang: One, flags: ReturnType<NonNullable<BriefContext['input']['claimFlags']>>): string {
  const { sentences, at } = placement;
  const last = sentences.length - 1;
  let xml = '';
  sentences.forEach((sentence, i) => {
    const supporting = evidence.filter((_, k) => at[k] === i);
    // The mark goes after the sentence's punctuation, before the space that follows it.
    const body = sentence.replace(/\s+$/, '');
    const space = sentence.slice(body.length);
    let mark = '';
    if (supporting.length > 0) mark = ctx.notes.cite(supporting, lang);
    if (i === last) {
      if (flags.length > 0) mark += ctx.notes.cite([], lang, flags);
      if (evidence.length === 0 && flags.length === 0) mark += ctx.notes.cite([], lang, [], UNSUPPORTED[lang]);
    }
    xml += runs(body) + mark + runs(space);
  });
  return xml;
}
