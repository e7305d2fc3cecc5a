// Splits a paragraph's text into the pieces the reader renders (plain runs, search hits, footnote
// markers, the quoted range) WITHOUT adding or dropping a character: the rendered text must equal
// `paragraph.text`, because selection offsets are measured on it and the backend checks them.

export interface TextRange {
  start: number;
  end: number;
}

export interface Inline extends TextRange {
  hit: boolean;
  /** The footnote this run links to, when the run is a footnote marker. */
  footnoteId: string | null;
}

export interface ParagraphLayout {
  before: Inline[];
  /** The evidence quote to wrap in one <mark>, when a range was asked for. */
  quote: Inline[] | null;
  after: Inline[];
}

/** Query terms as the backend reads them: whitespace separated, quotation marks dropped. */
export function queryTerms(query: string): string[] {
  return query
    .replace(/["\u201c\u201d]/g, ' ')
    .split(/\s+/u)
    .filter((t) => t.length > 0);
}

/** Case-insensitive occurrences of any term, sorted and merged where they touch or overlap. */
export function findTermRanges(text: string, terms: readonly string[]): TextRange[] {
  const lower = text.toLowerCase();
  const found: TextRange[] = [];
  for (const term of terms) {
    const needle = term.toLowerCase();
    // Lower-casing can change the length of some non-Latin characters; only trust equal-length text.
    if (!needle || lower.length !== text.length) continue;
    for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + needle.length)) found.push({ start: i, end: i + needle.length });
  }
  found.sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const r of found) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** Every occurrence of each marker that has a footnote, e.g. `①` → the footnote paragraph's ID. */
export function markerRanges(text: string, markers: ReadonlyMap<string, string>): Array<TextRange & { footnoteId: string }> {
  const out: Array<TextRange & { footnoteId: string }> = [];
  for (const [marker, footnoteId] of markers) {
    if (!marker) continue;
    for (let i = text.indexOf(marker); i !== -1; i = text.indexOf(marker, i + marker.length)) out.push({ start: i, end: i + marker.length, footnoteId });
  }
  return out.sort((a, b) => a.start - b.start);
}

function splitRuns(from: number, to: number, hits: readonly TextRange[], markers: ReadonlyArray<TextRange & { footnoteId: string }>): Inline[] {
  if (to <= from) return [];
  const cuts = new Set([from, to]);
  for (const r of [...hits, ...markers]) {
    if (r.start > from && r.start < to) cuts.add(r.start);
    if (r.end > from && r.end < to) cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Inline[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const hit = hits.some((h) => h.start <= start && h.end >= end);
    const marker = markers.find((m) => m.start <= start && m.end >= end);
    runs.push({ start, end, hit, footnoteId: marker?.footnoteId ?? null });
  }
  return runs;
}

export function layoutParagraph(
  text: string,
  options: { quote?: { start: number; length: number } | undefined; hits?: readonly TextRange[]; markers?: ReadonlyMap<string, string> },
): ParagraphLayout {
  const hits = options.hits ?? [];
  const markers = options.markers ? markerRanges(text, options.markers) : [];
  const q = options.quote;
  if (!q || q.length <= 0 || q.start < 0 || q.start >= text.length) {
    return { before: splitRuns(0, text.length, hits, markers), quote: null, after: [] };
  }
  const qEnd = Math.min(text.length, q.start + q.length);
  return {
    before: splitRuns(0, q.start, hits, markers),
    quote: splitRuns(q.start, qEnd, hits, markers),
    after: splitRuns(qEnd, text.length, hits, markers),
  };
}
