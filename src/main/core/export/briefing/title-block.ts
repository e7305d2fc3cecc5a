// The title block: what this is, when it was made, what it covers, and how to read its notes.
import { LANG_NAME, WORD } from '../labels.ts';
import type { BriefContext } from './context.ts';
import { BRIEF } from './labels.ts';
import { langsOf, pick, word } from './lang.ts';
import { paragraph, runs } from './xml.ts';

export function longDate(d: Date, l: 'zh' | 'en'): string {
  return new Intl.DateTimeFormat(l === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long' }).format(d);
}

/** `政策对比简报：美国 · 日本`. */
export function titleText(ctx: BriefContext, l: 'zh' | 'en'): string {
  const actors = ctx.input.matrix.actors.map((a) => pick(a.name, l)).join(' · ');
  return actors ? `${BRIEF.title[l]}${l === 'zh' ? '：' : ': '}${actors}` : BRIEF.title[l];
}

export function titleBlock(ctx: BriefContext, counts: { quotes: number; broken: number; annotations: number }): string {
  const { input, lang } = ctx;
  const langs = langsOf(lang);
  let xml = '';
  langs.forEach((l, i) => {
    xml += paragraph(runs(titleText(ctx, l)), { style: i === 0 ? 'Title' : 'Subtitle' });
  });
  const line = (label: string, value: string): string =>
    paragraph(runs(`${label}${lang === 'en' ? ': ' : '：'}`, { bold: true }) + runs(value), { style: 'BriefMeta' });
  const dates = langs.map((l) => longDate(input.exportedAt, l)).join(' / ');
  const n = input.matrix.domains.length;
  const contents = langs
    .map((l) =>
      l === 'zh'
        ? `${n} 个领域，${counts.quotes} 条引文（失效 ${counts.broken} 条），${counts.annotations} 条批注`
        : `${n} domain${n === 1 ? '' : 's'}, ${counts.quotes} quote${counts.quotes === 1 ? '' : 's'} (${counts.broken} broken), ${counts.annotations} note${counts.annotations === 1 ? '' : 's'}`,
    )
    .join(' / ');
  xml += line(word(BRIEF.generated, lang), dates);
  // The scope description is already worded in the export's language(s), one per line.
  xml += line(word(BRIEF.scope, lang), input.scopeDescription.split('\n').join(' / '));
  xml += line(word(BRIEF.language, lang), word(LANG_NAME[lang], lang));
  xml += line(word(BRIEF.app, lang), `${langs.map((l) => WORD.appName[l]).join(' / ')} ${input.appVersion}`);
  xml += line(word(BRIEF.counts, lang), contents);
  for (const l of langs) {
    xml += paragraph(runs(`${BRIEF.howToRead[l]}${l === 'zh' ? '：' : ': '}`, { bold: true }) + runs(BRIEF.howToReadText[l]), { style: 'BriefNote' });
  }
  // The table of contents (a field the docx library writes) follows right after this heading.
  xml += paragraph(runs(word(BRIEF.contents, lang)), { style: 'TOCHeading' });
  return xml;
}
