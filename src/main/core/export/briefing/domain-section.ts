// One section per domain: each actor's position (footnoted), the alignment with its reason
// (footnoted), the note on the sources, and the analyst's annotations grouped by divergence category.
import { categoryNames, categoryOrder } from '../../../../shared/categories.ts';
import { ALIGNMENT_LABELS } from '../../../../shared/labels.ts';
import type { Annotation, Domain } from '../../../../shared/types.ts';
import { claimParagraphs } from './claims.ts';
import { ALIGNMENT_COLOURS, MUTED } from './colours.ts';
import type { BriefContext } from './context.ts';
import { headingBookmark } from './context.ts';
import { BRIEF } from './labels.ts';
import { langsOf, pick, versions, word } from './lang.ts';
import { paragraph, runs } from './xml.ts';

function heading(ctx: BriefContext, text: string, level: 1 | 2 | 3): string {
  return paragraph(runs(text), { style: `Heading${level}`, bookmark: level === 1 ? headingBookmark(ctx, text, 1) : undefined });
}

function bilingualName(ctx: BriefContext, name: { zh: string; en: string }): string {
  const parts = langsOf(ctx.lang).map((l) => pick(name, l));
  return [...new Set(parts)].join(' / ');
}

/** `2025-03-01`: the day in the exporting machine's time zone. */
function day(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function domainSection(ctx: BriefContext, domain: Domain, index: number, annotations: readonly Annotation[]): string {
  const { input, lang } = ctx;
  let xml = heading(ctx, `${index + 1}\u3000${bilingualName(ctx, domain.name)}`, 1);

  for (const actor of input.matrix.actors) {
    const position = domain.positions[actor.id];
    if (!position) {
      xml += paragraph(
        runs(`${bilingualName(ctx, actor.name)}${lang === 'en' ? ': ' : '：'}`, { bold: true, color: MUTED }) + runs(word(BRIEF.noPosition, lang), { color: MUTED }),
        { style: 'BriefNote' },
      );
      continue;
    }
    xml += heading(ctx, bilingualName(ctx, actor.name), 2);
    xml += claimParagraphs(ctx, position.summary, position.evidence, { domainId: domain.id, actorId: actor.id }, 'Claim', position.summaryStale);
    if (position.instruments.length > 0) {
      const label = `${word(BRIEF.instruments, lang)}${lang === 'en' ? ': ' : '：'}`;
      xml += paragraph(runs(label, { bold: true, color: MUTED }) + runs(position.instruments.join(lang === 'en' ? '; ' : '；'), { color: MUTED }), { style: 'BriefNote' });
    }
  }

  const a = domain.alignment;
  const colour = ALIGNMENT_COLOURS[a.value];
  xml += heading(ctx, word(BRIEF.alignmentJudgement, lang), 2);
  xml += paragraph(runs(` ${word(ALIGNMENT_LABELS[a.value], lang)} `, { bold: true, color: colour.text, fill: colour.fill }), { style: 'Claim', keepNext: true });
  xml += claimParagraphs(ctx, a.reason, a.evidence, { domainId: domain.id, actorId: null }, 'Claim', a.reasonStale);

  const notes = versions(domain.sourceNote, lang);
  for (const v of notes) {
    xml += paragraph(runs(`${BRIEF.sourceNote[v.lang]}${v.lang === 'zh' ? '：' : ': '}`, { bold: true }) + runs(v.text), { style: 'SourceNote' });
  }

  if (annotations.length > 0) xml += annotationsBlock(ctx, domain, annotations);
  return xml;
}

function annotationsBlock(ctx: BriefContext, domain: Domain, annotations: readonly Annotation[]): string {
  const { lang, input } = ctx;
  const actors = new Map(input.matrix.actors.map((a) => [a.id, a]));
  let xml = heading(ctx, word(BRIEF.annotations, lang), 3);
  // Every category the annotations use, custom ones included, in the project's list order.
  for (const category of categoryOrder(annotations.map((n) => n.category), input.categories)) {
    const inCategory = annotations.filter((n) => n.category === category).sort((x, y) => x.createdAt.localeCompare(y.createdAt));
    if (inCategory.length === 0) continue;
    xml += paragraph(runs(word(categoryNames(category, input.categories), lang), { bold: true }), { style: 'AnnotationCategory' });
    for (const n of inCategory) {
      const { actorId, evidenceId } = n.target;
      const actorName = actorId ? bilingualName(ctx, actors.get(actorId)?.name ?? { zh: actorId, en: actorId }) : word(BRIEF.alignmentJudgement, lang);
      let about: string;
      if (evidenceId) {
        const list = actorId ? (domain.positions[actorId]?.evidence ?? []) : domain.alignment.evidence;
        const quote = list.find((e) => e.id === evidenceId)?.exact;
        about = `${actorName} · ${word(BRIEF.onQuote, lang)} “${quote ?? evidenceId}”`;
      } else if (actorId) {
        about = actorName;
      } else {
        about = word(BRIEF.onDomain, lang);
      }
      xml += paragraph(
        runs(`[${about}] `, { color: MUTED }) + runs(n.text) + runs(lang === 'en' ? ` — ${n.author || '?'}, ${day(n.createdAt)}` : ` —— ${n.author || '?'}，${day(n.createdAt)}`, { color: MUTED }),
        { style: 'Annotation' },
      );
    }
  }
  return xml;
}
