// "Translation out of date": when an analyst revises a summary or an alignment reason in one
// language only, the other language no longer says the same thing and is flagged until it is edited
// too or confirmed as still right.
//
// What is recorded is agreement: "this Chinese text and this English text say the same thing" (a
// pair of text hashes per summary or reason). The shipped baseline pair agrees by definition. A save
// that changes both languages records the new pair; a save that fills an empty language or rewrites
// a flagged one is a translation and records the pair too; Confirm records the current pair. A save
// that revises one language of an agreeing pair records nothing, so the pair stops agreeing.
//
// When the current pair does not agree, the language changed less recently is the one left behind.
// Because agreement is stored by content, undo needs no special case: undoing the Chinese edit
// brings back the baseline pair, which agrees; redoing it brings the disagreement back.
import { createHash } from 'node:crypto';
import type { Bilingual, Lang } from '../../../shared/types.ts';

export const LANGS: readonly Lang[] = ['zh', 'en'];

export function other(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** Short stable hash of a text, trimmed: whitespace at the ends is not a revision. */
export function textHash(text: string): string {
  return createHash('sha1').update(text.trim()).digest('hex').slice(0, 16);
}

export interface BilingualState {
  current: Bilingual;
  /** The shipped baseline pair (null for a row the analyst added). */
  baseline: Bilingual | null;
  /** When each language was last written by the analyst (ISO time); null while it is the baseline. */
  writtenAt: Record<Lang, string | null>;
  /** Whether this pair of texts (by hash) was recorded as agreeing. */
  agrees(zhHash: string, enHash: string): boolean;
}

/** The languages whose text is out of date: none, or the one left behind. Empty texts flag nothing. */
export function staleLanguages(state: BilingualState): Lang[] {
  const { current, baseline } = state;
  if (!current.zh.trim() || !current.en.trim()) return [];
  const zh = textHash(current.zh);
  const en = textHash(current.en);
  if (baseline && zh === textHash(baseline.zh) && en === textHash(baseline.en)) return [];
  if (state.agrees(zh, en)) return [];
  // '' (the baseline) sorts before any time. Equal times cannot tell which was left behind.
  const tz = state.writtenAt.zh ?? '';
  const te = state.writtenAt.en ?? '';
  if (tz === te) return [];
  return tz < te ? ['zh'] : ['en'];
}

/**
 * Whether a save that changes only `lang` is a translation (record agreement) rather than a
 * revision (the other language falls out of date): it is when `lang` was empty or out of date.
 */
export function isTranslation(lang: Lang, before: Bilingual, staleBefore: readonly Lang[]): boolean {
  return !before[lang].trim() || staleBefore.includes(lang);
}
