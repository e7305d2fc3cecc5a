// How a baseline conflict is put into words: which field it is, each side as text, the part that
// differs, and a window around that part when the text is too long to show whole. Pure functions, so
// the wording and the diff can be tested without a page.
import { ALIGNMENT_LABELS } from '../../../../shared/labels.ts';
import type { Bilingual, Lang } from '../../../../shared/types.ts';
import { panelMessages } from '../panel/panel-messages.ts';

export type ConflictField =
  | { kind: 'summary'; lang: Lang }
  | { kind: 'alignment-value' }
  | { kind: 'alignment-reason'; lang: Lang }
  | { kind: 'evidence' }
  | { kind: 'domain' }
  | { kind: 'actor' }
  | { kind: 'unknown' };

function langOf(part: string | undefined): Lang | null {
  return part === 'zh' || part === 'en' ? part : null;
}

/** The field an overlay key names (see keys.ts in main); an unknown shape stays `unknown`, never throws. */
export function conflictField(key: string): ConflictField {
  const parts = key.split('/');
  const last = langOf(parts[parts.length - 1]);
  switch (parts[0]) {
    case 'position':
      return parts[3] === 'summary' && last ? { kind: 'summary', lang: last } : { kind: 'unknown' };
    case 'alignment':
      if (parts[2] === 'value') return { kind: 'alignment-value' };
      return parts[2] === 'reason' && last ? { kind: 'alignment-reason', lang: last } : { kind: 'unknown' };
    case 'evidence':
      return { kind: 'evidence' };
    case 'domain':
      return { kind: 'domain' };
    case 'actor':
      return { kind: 'actor' };
    default:
      return { kind: 'unknown' };
  }
}

/** "Summary (English)" / "概述（英文）": the field in words, in the interface language. */
export function conflictLabel(key: string, lang: Lang): string {
  const m = panelMessages;
  const field = conflictField(key);
  const langName = (l: Lang) => (l === 'zh' ? m.langZh : m.langEn)[lang];
  switch (field.kind) {
    case 'summary':
      return m.summaryIn[lang].replace('{lang}', langName(field.lang));
    case 'alignment-value':
      return m.fieldAlignmentValue[lang];
    case 'alignment-reason':
      return m.fieldAlignmentReason[lang].replace('{lang}', langName(field.lang));
    case 'evidence':
      return m.fieldQuote[lang];
    case 'domain':
      return m.fieldDomain[lang];
    case 'actor':
      return m.fieldActor[lang];
    case 'unknown':
      return key;
  }
}

function isBilingual(value: unknown): value is Bilingual {
  return typeof value === 'object' && value !== null && 'zh' in value && 'en' in value && typeof value.zh === 'string' && typeof value.en === 'string';
}

function isAlignmentValue(value: string): value is keyof typeof ALIGNMENT_LABELS {
  return Object.hasOwn(ALIGNMENT_LABELS, value);
}

/**
 * One side of a conflict as text, whole (never shortened here), or null when there is no value: the
 * baseline dropped it, or the analyst removed it. Names show both languages, since either may differ.
 */
export function conflictValueText(key: string, value: unknown, lang: Lang): string | null {
  if (value === null || value === undefined) return null;
  const field = conflictField(key);
  if (typeof value === 'string') {
    if (field.kind === 'alignment-value' && isAlignmentValue(value)) return ALIGNMENT_LABELS[value][lang];
    return value;
  }
  if (typeof value === 'object') {
    if ('exact' in value && typeof value.exact === 'string') return `“${value.exact}”`;
    if ('name' in value && isBilingual(value.name)) return `${value.name.zh} / ${value.name.en}`;
  }
  return JSON.stringify(value);
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
