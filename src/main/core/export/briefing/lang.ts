// Which language(s) each piece of text is printed in. In a bilingual briefing every statement is
// printed twice, Chinese first, as its own paragraph (so each carries its own footnote marks);
// fixed labels are joined on one line: `一致性判断 / Alignment`.
import type { Words } from '../labels.ts';
import type { ExportLang } from '../input.ts';
import type { One } from './input.ts';

export function langsOf(lang: ExportLang): One[] {
  return lang === 'both' ? ['zh', 'en'] : [lang];
}

export function word(w: Words, lang: ExportLang): string {
  if (lang !== 'both') return w[lang];
  return w.zh === w.en ? w.zh : `${w.zh} / ${w.en}`;
}

/** One language's text, falling back to the other rather than printing nothing. */
export function pick(value: { zh: string | null; en: string | null } | null | undefined, l: One): string {
  if (!value) return '';
  const first = (l === 'zh' ? value.zh : value.en)?.trim() ?? '';
  if (first) return first;
  return ((l === 'zh' ? value.en : value.zh) ?? '').trim();
}

/** The versions of a bilingual text to print, each with the language its footnotes are framed in. */
export function versions(value: { zh: string | null; en: string | null } | null | undefined, lang: ExportLang): Array<{ lang: One; text: string }> {
  const out: Array<{ lang: One; text: string }> = [];
  for (const l of langsOf(lang)) {
    const text = pick(value, l);
    if (text && !out.some((o) => o.text === text)) out.push({ lang: l, text });
  }
  return out;
}

/** Fixed wording in one language, with `{p}`-style slots filled. */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
