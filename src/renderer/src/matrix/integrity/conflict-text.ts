// How a baseline conflict is put into words: which field it is, each side as text, the part that
// differs, and a window around that part when the text is too long to show whole. Pure functions, so
// the wording and the diff can be tested without a page.
import { ALIGNMENT_LABELS } from '../../../../shared/labels.ts';
import type { BaselineConflict, Lang } from '../../../../shared/types.ts';
import { panelMessages } from '../panel/panel-messages.ts';

/** "Summary (English)" / "概述（英文）": the field in words, in the interface language. */
export function conflictLabel(conflict: BaselineConflict, lang: Lang): string {
  const m = panelMessages;
  const langName = (l: Lang) => (l === 'zh' ? m.langZh : m.langEn)[lang];
  switch (conflict.kind) {
    case 'summary':
      return m.summaryIn[lang].replace('{lang}', langName(conflict.lang));
    case 'alignment-value':
      return m.fieldAlignmentValue[lang];
    case 'alignment-reason':
      return m.fieldAlignmentReason[lang].replace('{lang}', langName(conflict.lang));
    case 'evidence':
      return m.fieldQuote[lang];
    case 'domain':
      return m.fieldDomain[lang];
    case 'actor':
      return m.fieldActor[lang];
  }
}

/**
 * One side of a conflict as text, whole (never shortened here), or null when there is no value: the
 * baseline dropped it, or the analyst removed it. Names show both languages, since either may differ.
 */
export function conflictValueText(conflict: BaselineConflict, side: 'baselineNow' | 'userValue', lang: Lang): string | null {
  switch (conflict.kind) {
    case 'summary':
    case 'alignment-reason':
      return conflict[side];
    case 'alignment-value': {
      const value = conflict[side];
      return value === null ? null : ALIGNMENT_LABELS[value][lang];
    }
    case 'evidence': {
      const quote = conflict[side];
      return quote === null ? null : `“${quote.exact}”`;
    }
    case 'domain':
    case 'actor': {
      const name = conflict[side];
      return name === null ? null : `${name.zh} / ${name.en}`;
    }
  }
}

/** The language a side's text is in, for the `lang` attribute (quotes come from the Chinese papers). */
export function conflictTextLang(conflict: BaselineConflict): string | undefined {
  if (conflict.kind === 'summary' || conflict.kind === 'alignment-reason') return conflict.lang === 'zh' ? 'zh-CN' : 'en';
  return conflict.kind === 'evidence' ? 'zh-CN' : undefined;
}

/** Where two texts differ: [start, end) in each, from their common beginning and common end. */
export interface ChangedRange {
  start: number;
  /** End of the differing part in `a` and in `b`. */
  endA: number;
  endB: number;
}

const WORD = /[\p{L}\p{N}_]/u;
// Latin words are highlighted whole: "(ECRA)" rather than "ECRA)"; CJK text is split per character.
const isLatinWordChar = (c: string | undefined) => c !== undefined && WORD.test(c) && c.charCodeAt(0) < 0x2e80;
const isHighSurrogate = (c: string | undefined) => c !== undefined && c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdbff;

/**
 * The common-prefix / common-suffix diff of two texts. Null when they share too little for a
 * highlight to mean anything (it would mark nearly everything) or are equal.
 */
export function changedRange(a: string, b: string, minShared = 8): ChangedRange | null {
  if (a === b) return null;
  const max = Math.min(a.length, b.length);
  let start = 0;
  while (start < max && a[start] === b[start]) start++;
  while (start > 0 && isLatinWordChar(a[start - 1]) && (isLatinWordChar(a[start]) || isLatinWordChar(b[start]))) start--;
  if (isHighSurrogate(a[start - 1])) start--;
  let suffix = 0;
  while (suffix < max - start && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const after = (s: string, n: number) => s[s.length - n];
  while (suffix > 0 && isLatinWordChar(after(a, suffix)) && (isLatinWordChar(a[a.length - 1 - suffix]) || isLatinWordChar(b[b.length - 1 - suffix]))) suffix--;
  if (suffix > 0 && isHighSurrogate(a[a.length - 1 - suffix])) suffix--;
  if (start + suffix < minShared) return null;
  return { start, endA: a.length - suffix, endB: b.length - suffix };
}

/** A piece of text to render: plain, the differing part, or a visible "…" for a left-out stretch. */
export interface TextPiece {
  kind: 'text' | 'changed' | 'gap';
  text: string;
}

/** Texts up to this length are always shown whole. */
export const SHOW_WHOLE_UP_TO = 320;
const CONTEXT = 80;
const HEAD = 240;

/**
 * The text as pieces. Collapsed and long, it shows the differing part with some context around it
 * (or its beginning when nothing is highlighted), each left-out stretch marked "…".
 */
export function textPieces(text: string, changed: { start: number; end: number } | null, collapsed: boolean): TextPiece[] {
  const pieces: TextPiece[] = [];
  const push = (kind: TextPiece['kind'], s: string) => s && pieces.push({ kind, text: s });
  const whole = !collapsed || text.length <= SHOW_WHOLE_UP_TO;
  if (!changed) {
    push('text', whole ? text : text.slice(0, HEAD));
    if (!whole) push('gap', '…');
    return pieces;
  }
  const before = text.slice(0, changed.start);
  const middle = text.slice(changed.start, changed.end);
  const after = text.slice(changed.end);
  if (whole) {
    push('text', before);
    push('changed', middle);
    push('text', after);
    return pieces;
  }
  if (before.length > CONTEXT) push('gap', '…');
  push('text', before.slice(-CONTEXT));
  push('changed', middle.length > HEAD ? middle.slice(0, HEAD) : middle);
  if (middle.length > HEAD) push('gap', '…');
  else push('text', after.slice(0, CONTEXT));
  if (middle.length <= HEAD && after.length > CONTEXT) push('gap', '…');
  return pieces;
}
