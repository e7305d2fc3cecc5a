// Titled instruments in a summary or reason: 《…》 titles and “…” names in Chinese, known proper
// names and capitalised titles ("… Act", "… Strategy") in English. A name is backed when any of
// its forms in either language occurs in the evidence, so "CHIPS and Science Act" is backed by
// 《芯片与科学法案》 in a Chinese quote. The equivalences come from the shipped glossary
// (data/terms/glossary.json), the same list the bilingual search uses.

export interface NameGroup {
  zh: readonly string[];
  en: readonly string[];
}

export interface FoundName {
  /** As written in the checked text, with its brackets or quotes. */
  text: string;
  start: number;
  end: number;
  /** The forms that would back it: the name itself and its equivalents in both languages. */
  forms: string[];
}

export interface NameIndex {
  groups: readonly NameGroup[];
  /** English forms that are proper names (capitalised), longest first, for detection. */
  englishNames: Array<{ form: string; group: NameGroup; re: RegExp; groups: NameGroup[] }>;
  /** Normalised Chinese form → its groups. */
  byZh: Map<string, NameGroup[]>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-–]/g, '[-–]');
const squash = (s: string) => s.replace(/[\s\u00a0\u2009]+/g, '').replace(/[‘’']/g, '’').replace(/[“”"]/g, '"');

export function buildNameIndex(groups: readonly NameGroup[]): NameIndex {
  const englishNames: NameIndex['englishNames'] = [];
  const byZh = new Map<string, NameGroup[]>();
  for (const group of groups) {
    for (const form of group.en) {
      if (!/[A-Z]/.test(form)) continue;
      const re = new RegExp(String.raw`(?<![\w-])${escape(form)}(?![\w-])`, 'g');
      englishNames.push({ form, group, re, groups: groups.filter((g) => g.en.includes(form)) });
    }
    for (const form of group.zh) {
      const key = squash(stripBrackets(form));
      byZh.set(key, [...(byZh.get(key) ?? []), group]);
    }
  }
  englishNames.sort((a, b) => b.form.length - a.form.length);
  return { groups, englishNames, byZh };
}

function stripBrackets(s: string): string {
  return s.replace(/^[《“"]+|[》”"]+$/g, '');
}

// Capitalised titles the glossary may not know: "Basic Principles on Semiconductor Cooperation".
const TITLE_WORD = String.raw`(?:[A-Z][\w’'&.–-]*|of|and|for|on|the|with|to|in)`;
const TITLE_HEAD = String.raw`(?:Act|Agreement|Arrangement|Strategy|Guidance|Partnership|Framework|Initiative|Rule|List|Order|Principles|Plan|Report|Law|Programme|Program|Council|Committee|Treaty|Statement|Paper|Memorandum|Declaration|Alliance)`;
const TITLE_RE = new RegExp(String.raw`\b[A-Z][\w’'&.–-]*(?:\s+${TITLE_WORD})*?\s+${TITLE_HEAD}\b`, 'g');

/** The titled names a text mentions. */
export function findNames(text: string, lang: 'zh' | 'en', index: NameIndex): FoundName[] {
  const found: FoundName[] = [];
  const overlaps = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  if (lang === 'zh') {
    for (const m of text.matchAll(/《([^《》]{1,60})》|“([^“”]{1,40})”/g)) {
      const inner = (m[1] ?? m[2])!.trim();
      if (!/[\u4e00-\u9fffA-Za-z]/.test(inner)) continue;
      const groups = index.byZh.get(squash(inner)) ?? [];
      found.push({ text: m[0], start: m.index, end: m.index + m[0].length, forms: [inner, ...groups.flatMap((g) => [...g.zh, ...g.en])] });
    }
    return found;
  }
  for (const { form, group, re, groups } of index.englishNames) {
    const head = form.slice(0, 3);
    if (!/[-–]/.test(head) && !text.includes(head)) continue;
    for (const m of text.matchAll(re)) {
      if (overlaps(m.index, m.index + m[0].length)) continue;
      found.push({ text: m[0], start: m.index, end: m.index + m[0].length, forms: [...new Set([group, ...groups].flatMap((g) => [...g.zh, ...g.en]))] });
    }
  }
  for (const m of text.matchAll(TITLE_RE)) {
    let start = m.index;
    let phrase = m[0];
    // A sentence-initial article or a leading "The" is not part of the title.
    const lead = /^(?:The|A|An|In|Under|After|Both|Its|Their|His|Her|Japan's|China's)\s+/.exec(phrase);
    if (lead) {
      start += lead[0].length;
      phrase = phrase.slice(lead[0].length);
    }
    if (!/\s/.test(phrase) || overlaps(start, start + phrase.length)) continue;
    found.push({ text: phrase, start, end: start + phrase.length, forms: [phrase] });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether any form of a name occurs in the evidence texts. */
export function nameSupported(name: FoundName, evidence: readonly string[]): boolean {
  return name.forms.some((form) => evidence.some((text) => formOccurs(form, text)));
}

const latinForms = new Map<string, RegExp>();

// Evidence paragraphs are squashed once, not once per name form.
const squashed = new Map<string, string>();
function squashedText(text: string): string {
  let t = squashed.get(text);
  if (t === undefined) {
    if (squashed.size > 5000) squashed.clear();
    t = squash(text);
    squashed.set(text, t);
  }
  return t;
}

function formOccurs(form: string, text: string): boolean {
  const f = squash(stripBrackets(form));
  if (!f) return false;
  const t = squashedText(text);
  if (/^[\x20-\x7e’"]+$/.test(f)) {
    // A Latin form is a whole word or phrase, case-insensitive: "TPP" is not found in "CPTPP".
    let re = latinForms.get(f);
    if (!re) latinForms.set(f, (re = new RegExp(String.raw`(?<![A-Za-z0-9])${escape(f)}(?![A-Za-z0-9])`, 'i')));
    return re.test(t);
  }
  // A Chinese name is found anywhere except as the tail of a longer title: 《竞争法案》 is not
  // backed by 《美国创新与竞争法案》.
  for (let at = t.indexOf(f); at !== -1; at = t.indexOf(f, at + 1)) {
    const open = t.lastIndexOf('《', at);
    const close = t.lastIndexOf('》', at);
    const insideTitle = open !== -1 && open > close;
    if (!insideTitle || open === at - 1) return true;
  }
  return false;
}
