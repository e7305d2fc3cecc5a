// Timestamps as analysts read them, in the interface language.
import type { Lang } from '../../../shared/types.ts';

// One formatter per language: toLocaleString builds a new one on every call, which a long history
// list paid for on each render.
const formatters = new Map<Lang, Intl.DateTimeFormat>();

export function formatTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = formatters.get(lang);
  if (!format) formatters.set(lang, (format = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })));
  return format.format(date);
}
