// What an edit changed in a text, as the history shows it: the words kept, removed and added. English
// (and any Latin-script text) is compared word by word; Chinese and Japanese, which have no spaces,
// character by character, so "（2021 年）" → "（2022 年）" marks the one digit group, not the sentence.
// A longest common subsequence over those tokens, after trimming what both ends share.

export type DiffPart = { kind: 'same' | 'del' | 'ins'; text: string };

// One CJK character; a run of letters/digits (with inner apostrophes and hyphens); a run of spaces;
// any other single character (punctuation).
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3005';
const WORD_CHAR = `(?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}])`;
const TOKEN = new RegExp(`[${CJK}]|${WORD_CHAR}+(?:['’-]${WORD_CHAR}+)*|\\s+|[^]`, 'gu');

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Above this many cells in the LCS table (the changed middles' token counts multiplied) the middle
 * is shown as removed-then-added instead: a summary is a few hundred tokens, so this is only ever a
 * whole-text rewrite, where a word diff would be noise anyway.
 */
const MAX_CELLS = 4_000_000;

export function diffText(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  push('same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    push('del', midA.join(''));
    push('ins', midB.join(''));
  } else {
    for (const [kind, token] of lcsDiff(midA, midB)) push(kind, token);
  }
  push('same', a.slice(endA).join(''));
  return tidy(parts);
}

/** Token-level diff of two sequences by their longest common subsequence; removals before additions. */
function lcsDiff(a: string[], b: string[]): Array<[DiffPart['kind'], string]> {
  const n = a.length;
  const m = b.length;
  // lengths[i * (m + 1) + j] = LCS length of a[i..] and b[j..]
  const lengths = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * (m + 1) + j] = a[i] === b[j] ? lengths[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lengths[(i + 1) * (m + 1) + j]!, lengths[i * (m + 1) + j + 1]!);
    }
  }
  const out: Array<[DiffPart['kind'], string]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push(['same', a[i]!]);
      i++;
      j++;
    } else if (lengths[(i + 1) * (m + 1) + j]! >= lengths[i * (m + 1) + j + 1]!) out.push(['del', a[i++]!]);
    else out.push(['ins', b[j++]!]);
  }
  while (i < n) out.push(['del', a[i++]!]);
  while (j < m) out.push(['ins', b[j++]!]);
  return out;
}

/**
 * Reads as a change rather than confetti: a lone space (or one punctuation mark) kept between two
 * changes joins them, so "the old rule" → "a new law" is one removal and one addition, and removals
 * come before additions in each run of changes.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let run: { del: string; ins: string } | null = null;
  const flush = () => {
    if (!run) return;
    if (run.del) out.push({ kind: 'del', text: run.del });
    if (run.ins) out.push({ kind: 'ins', text: run.ins });
    run = null;
  };
  parts.forEach((part, index) => {
    const between = index > 0 && index < parts.length - 1;
    if (part.kind === 'same' && !(between && run && /^(\s+|[\p{P}])$/u.test(part.text) && parts[index + 1]!.kind !== 'same')) {
      flush();
      out.push(part);
      return;
    }
    run ??= { del: '', ins: '' };
    if (part.kind === 'same') {
      run.del += part.text;
      run.ins += part.text;
    } else run[part.kind] += part.text;
  });
  flush();
  return out;
}

/**
 * The diff with long unchanged stretches shortened to their ends ("…"), so a one-word edit in a long
 * summary shows that word and a few words of context around it.
 */
export function elideSame(parts: DiffPart[], context = 24): DiffPart[] {
  return parts.map((part, index) => {
    if (part.kind !== 'same' || part.text.length <= context * 2 + 1) return part;
    const first = index === 0;
    const last = index === parts.length - 1;
    if (first && last) return part;
    const head = first ? '' : part.text.slice(0, context);
    const tail = last ? '' : part.text.slice(-context);
    return { kind: 'same', text: `${first ? '…' : head}${!first && !last ? '…' : ''}${last ? '…' : tail}` };
  });
}
