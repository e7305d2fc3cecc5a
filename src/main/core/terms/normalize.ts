// How terms are compared: the same key for 《芯片与科学法案》 and 芯片与科学法案, for "Entity Lists" and
// "entity list", for full-width and half-width forms.

const QUOTES = /[《》〈〉「」『』“”‘’"'【】]/gu;
const CJK = /[\u3000-\u9fff\uf900-\ufaff]/u;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** Strips the brackets and quotation marks a title or term may be written with. */
export function stripQuotes(text: string): string {
  return text.replace(QUOTES, '').replace(/\s+/gu, ' ').trim();
}

/** Comparison key: NFKC, lower case, no quotes, dashes unified, English plurals folded, no spaces next to CJK. */
export function termKey(text: string): string {
  const flat = stripQuotes(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[‐‑‒–—―]/gu, '-')
    .replace(/\s*([\u3000-\u9fff\uf900-\ufaff])\s*/gu, '$1');
  return flat
    .split(' ')
    .map((w) => (/^[a-z]{4,}$/.test(w) && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}

/** Similarity in [0, 1] between a query and a candidate term, both as keys. */
export function similarity(query: string, candidate: string): number {
  if (query === candidate) return 1;
  const q = [...query];
  const c = [...candidate];
  if (q.length < 2 || c.length < 2) return 0;
  let best = 1 - levenshtein(q, c) / Math.max(q.length, c.length);
  // 芯片法案 in 芯片与科学法案: every character of the query, in order — an abbreviation.
  if (hasCjk(query) && isSubsequence(q, c)) best = Math.max(best, q.length / c.length);
  if (!hasCjk(query)) best = Math.max(best, wordCoverage(query, candidate));
  return best;
}

function wordCoverage(query: string, candidate: string): number {
  const qw = query.split(/[\s-]+/u).filter(Boolean);
  const cw = candidate.split(/[\s-]+/u).filter(Boolean);
  if (qw.length === 0 || cw.length === 0) return 0;
  const matched = qw.filter((w) => cw.some((x) => x === w || (w.length >= 4 && x.startsWith(w)))).length;
  if (matched < qw.length) return 0;
  // Every query word found: "CHIPS" for "CHIPS and Science Act" scores 0.7, "Chips 4" 0.8.
  return 0.6 + (0.4 * matched) / cw.length;
}

function isSubsequence(q: string[], c: string[]): boolean {
  let i = 0;
  for (const ch of c) if (ch === q[i]) i++;
  return i === q.length;
}

function levenshtein(a: string[], b: string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
