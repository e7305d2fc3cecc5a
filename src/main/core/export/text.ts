// Turning bilingual values into cell text. For `both` the two languages are stacked in one cell,
// Chinese first: a printed briefing keeps one column per field (two columns per field would halve
// the width of every text column on a landscape page) and the reader sees both versions together.
import type { Bilingual } from '../../../shared/types.ts';
import type { ExportLang } from './input.ts';
import type { Words } from './labels.ts';

/** Excel refuses cells longer than 32,767 characters; keep a margin and say that text was cut. */
const MAX_CELL = 32_000;

export function clip(text: string): string {
  return text.length <= MAX_CELL ? text : `${text.slice(0, MAX_CELL)}…`;
}

function stack(zh: string, en: string, separator = '\n'): string {
  const a = zh.trim();
  const b = en.trim();
  if (!a) return b;
  if (!b || a === b) return a;
  return `${a}${separator}${b}`;
}

/** Between the Chinese and the English of one text in a bilingual cell: a rule, so the two never run together. */
export const LANGUAGE_RULE = '\n———\n';

/** Fixed wording (headers, labels). */
export function say(words: Words, lang: ExportLang): string {
  if (lang === 'both') return stack(words.zh, words.en);
  return words[lang];
}

/** Tooltips are one line. */
export function tip(words: Words, lang: ExportLang): string {
  return say(words, lang).replace(/\n/g, ' / ');
}

/** Content that may be missing in one language: fall back to the other rather than print nothing. */
export function bi(value: Bilingual | { zh: string | null; en: string | null } | null, lang: ExportLang): string {
  if (!value) return '';
  const zh = value.zh ?? '';
  const en = value.en ?? '';
  if (lang === 'both') return clip(stack(zh, en, LANGUAGE_RULE));
  const first = lang === 'zh' ? zh : en;
  const other = lang === 'zh' ? en : zh;
  return clip(first.trim() ? first : other);
}

/** Joins localized parts with the punctuation each language expects. */
export function list(items: readonly string[], lang: ExportLang): string {
  return items.join(lang === 'en' ? '; ' : '；');
}
