import type { Lang, Paragraph } from '../../../shared/types.ts';
import type { TermSources } from './load.ts';
import { hasCjk, stripQuotes, termKey } from './normalize.ts';

/** One concept under all its names: 实体清单 / Entity List. */
export interface TermGroup {
  /** Display forms, preferred first (for zh: the papers' wording). */
  zh: string[];
  en: string[];
  /** What to search for: quotes stripped, and no form that contains another (that one finds it too). */
  searchForms: string[];
}

export interface VocabularyEntry {
  text: string;
  key: string;
  lang: Lang;
}

export interface TermIndex {
  groups: TermGroup[];
  /** By term key of every form. */
  byKey: Map<string, TermGroup>;
  /** Most words in an English form: how far a query is scanned for a phrase. */
  maxWords: number;
  /** Near-miss candidates: every form of every group and the papers' own titled names (《…》, “…”). */
  vocabulary: VocabularyEntry[];
}

const PARENTHESIS = /\s*[（(]([^（）()]*)[)）]/gu;
/** CFIUS, IPEF, CoRe: one word, a capital first and at least two capitals (not "House", not "USD 52.7bn"). */
const ABBREVIATION = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9-]{1,9}$/u;

/** "CHIPS and Science Act (USD 52.7bn subsidies)" → "CHIPS and Science Act"; abbreviations in brackets kept aside. */
function splitForm(form: string): { base: string; abbreviations: string[] } {
  const abbreviations: string[] = [];
  const base = form
    .replace(PARENTHESIS, (_, inner: string) => {
      // Only a bracket naming one thing: "(NTT DOCOMO, Rakuten, NEC, Fujitsu)" lists companies.
      const latin = inner.split(/[，,；;、]/u).map((p) => p.trim()).filter((p) => /^[A-Za-z]/u.test(p));
      if (latin.length === 1 && ABBREVIATION.test(latin[0]!)) abbreviations.push(latin[0]!);
      return '';
    })
    .trim();
  return { base, abbreviations };
}

/** Pairs "A / B / C" with "甲/乙/丙" when both list the same number of names. */
function pairs(zh: string, en: string): Array<[string, string]> {
  const zs = zh.split('/').map((s) => s.trim());
  const es = en.split(' / ').map((s) => s.trim());
  return zs.length > 1 && zs.length === es.length ? zs.map((z, i) => [z, es[i]!]) : [[zh, en]];
}

export function buildTermIndex(sources: TermSources, paragraphs: readonly Paragraph[]): TermIndex {
  const raw: Array<{ zh: string[]; en: string[] }> = sources.glossary.map((t) => ({ zh: [...t.zh], en: [...t.en] }));
  for (const inst of sources.instruments) {
    for (const [zh, en] of pairs(inst.zh, inst.en)) {
      const z = splitForm(zh);
      const e = splitForm(en);
      if (!z.base || !e.base) continue;
      raw.push({ zh: [z.base], en: [e.base, ...z.abbreviations, ...e.abbreviations] });
    }
  }
  const groups = mergeByKey(raw);
  const byKey = new Map<string, TermGroup>();
  let maxWords = 1;
  for (const g of groups) {
    for (const form of [...g.zh, ...g.en]) {
      byKey.set(termKey(form), g);
      maxWords = Math.max(maxWords, form.split(/\s+/u).length);
    }
  }
  return { groups, byKey, maxWords, vocabulary: vocabulary(groups, paragraphs) };
}

/** Entries sharing any form become one group (the glossary's 芯片与科学法案 and the tag's). */
function mergeByKey(raw: Array<{ zh: string[]; en: string[] }>): TermGroup[] {
  const parent = raw.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  raw.forEach((entry, i) => {
    for (const form of [...entry.zh, ...entry.en]) {
      const key = termKey(form);
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const merged = new Map<number, { zh: string[]; en: string[] }>();
  raw.forEach((entry, i) => {
    const root = find(i);
    const g = merged.get(root) ?? { zh: [], en: [] };
    g.zh.push(...entry.zh);
    g.en.push(...entry.en);
    merged.set(root, g);
  });
  return [...merged.values()].map((g) => {
    const zh = uniqueByKey(g.zh);
    const en = uniqueByKey(g.en);
    return { zh, en, searchForms: minimalForms([...zh, ...en]) };
  });
}

function uniqueByKey(forms: string[]): string[] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const k = termKey(f);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function minimalForms(forms: string[]): string[] {
  const plain = [...new Set(forms.map(stripQuotes).filter(Boolean))];
  return plain.filter((f) => !plain.some((o) => o !== f && o.length < f.length && f.toLowerCase().includes(o.toLowerCase())));
}

const TITLED = /《([^《》\n]{2,30})》|“([^“”\n]{2,20})”/gu;

function vocabulary(groups: TermGroup[], paragraphs: readonly Paragraph[]): VocabularyEntry[] {
  const out = new Map<string, VocabularyEntry>();
  const add = (text: string) => {
    const key = termKey(text);
    if (key.length >= 2 && !out.has(key)) out.set(key, { text: stripQuotes(text), key, lang: hasCjk(text) ? 'zh' : 'en' });
  };
  for (const g of groups) [...g.zh, ...g.en].forEach(add);
  for (const p of paragraphs) {
    if (p.kind === 'footnote') continue;
    for (const m of p.text.matchAll(TITLED)) add(m[1] ?? m[2]!);
  }
  return [...out.values()];
}
