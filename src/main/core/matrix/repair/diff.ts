// Comparing an old quote with a candidate passage, for the repair view: word by word in Latin
// script, character by character in Chinese and Japanese (which have no spaces to find words by),
// and the edit distance the candidates are scored with.
import type { DiffSegment } from '../../../../shared/types.ts';

// One CJK character, a run of letters/digits (a word), a run of spaces, or any other single character.
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]|[\p{L}\p{N}_'’-]+|\s+|./gsu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

// Past this many token pairs the table would be too large to build for a display diff; both
// texts are then shown as one removed and one added piece (after the common ends).
const MAX_CELLS = 4_000_000;

/** The segments that turn `before` into `after`: a longest common subsequence of tokens. */
export function diffTexts(before: string, after: string): DiffSegment[] {
  const a = tokens(before);
  const b = tokens(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const out: DiffSegment[] = [];
  push(out, 'same', a.slice(0, head).join(''));
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  if (midA.length * midB.length > MAX_CELLS) {
    push(out, 'removed', midA.join(''));
    push(out, 'added', midB.join(''));
  } else {
    for (const s of lcsDiff(midA, midB)) push(out, s.op, s.text);
  }
  push(out, 'same', a.slice(a.length - tail).join(''));
  return groupChanges(out);
}

/**
 * A reworded phrase reads as one change, not as words alternating with the spaces they share:
 * spaces kept between two changes join them, and each run of changes becomes one removed piece
 * followed by one added piece.
 */
function groupChanges(segments: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    push(out, 'removed', removed);
    push(out, 'added', added);
    removed = added = '';
  };
  segments.forEach((s, i) => {
    const inChange = removed !== '' || added !== '';
    const next = segments[i + 1];
    if (s.op === 'same' && inChange && next && next.op !== 'same' && /^\s+$/.test(s.text)) {
      removed += s.text;
      added += s.text;
    } else if (s.op === 'removed') removed += s.text;
    else if (s.op === 'added') added += s.text;
    else {
      flush();
      push(out, 'same', s.text);
    }
  });
  flush();
  return out;
}

function lcsDiff(a: readonly string[], b: readonly string[]): DiffSegment[] {
  const n = a.length;
  const m = b.length;
  // lengths[i][j]: LCS of a[i..] and b[j..], one flat array.
  const w = m + 1;
  const lengths = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * w + j] = a[i] === b[j] ? lengths[(i + 1) * w + j + 1]! + 1 : Math.max(lengths[(i + 1) * w + j]!, lengths[i * w + j + 1]!);
    }
  }
  const out: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(out, 'same', a[i]!);
      i++;
      j++;
    } else if (lengths[(i + 1) * w + j]! >= lengths[i * w + j + 1]!) push(out, 'removed', a[i++]!);
    else push(out, 'added', b[j++]!);
  }
  while (i < n) push(out, 'removed', a[i++]!);
  while (j < m) push(out, 'added', b[j++]!);
  return out;
}

/** Appends, merging with the previous segment of the same kind. */
function push(out: DiffSegment[], op: DiffSegment['op'], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** Levenshtein distance in UTF-16 code units (insertions, deletions and substitutions cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Uint32Array(b.length + 1);
  let row = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

/** 1 for equal texts, 0 for nothing in common: one minus the edit distance over the longer length. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}
