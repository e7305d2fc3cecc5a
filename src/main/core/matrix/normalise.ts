// Figures and dates in Chinese or English text, reduced to comparable facts, so that a summary in
// one language can be checked against quotes in the other: 2022 年 10 月 = October 2022 = Oct 2022,
// 527 亿美元 = USD 52.7 bn = $52.7 billion, 40% = 百分之四十 = 40 per cent, ８５ = 85, 八成 = 80%.

export type Fact =
  | { kind: 'pct'; value: number }
  | { kind: 'money'; currency: Currency; value: number }
  | { kind: 'num'; value: number }
  | { kind: 'year'; year: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'day'; year: number; month: number; day: number };

export type Currency = 'USD' | 'JPY' | 'CNY' | 'EUR';

/** A checkable figure or date found in a text, with where it is. */
export interface FoundFact {
  fact: Fact;
  /** The text as written, e.g. "527 亿美元" or "October 2022". */
  text: string;
  start: number;
  end: number;
}

/**
 * Full-width digits and signs to ASCII; thousands separators ("8 000", "3,500") removed so a number
 * is one token. Positions are kept: every replacement has the same length or is mapped back.
 */
export function normaliseDigits(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  const push = (s: string, at: number) => {
    for (const ch of s) {
      out += ch;
      map.push(at);
    }
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) push(String.fromCharCode(code - 0xff10 + 48), i);
    else if (ch === '％') push('%', i);
    else if (ch === '．' && /\d/.test(out.slice(-1))) push('.', i);
    else if ((ch === ' ' || ch === '\u2009' || ch === '\u00a0' || ch === ',') && isGroupSeparator(text, i)) continue;
    else push(ch, i);
  }
  map.push(text.length);
  return { text: out, map };
}

// "8 000", "9 200", "3,500", "1,133": a separator between a 1–3 digit group and exactly three digits.
function isGroupSeparator(text: string, i: number): boolean {
  const before = /(?:^|[^\d.])(\d{1,3})$/.exec(text.slice(Math.max(0, i - 4), i));
  if (!before) return false;
  const after = /^(\d{3})(?!\d)/.exec(text.slice(i + 1, i + 5));
  if (!after) return false;
  const sep = text[i];
  // A year followed by a count ("2021 100 days") is not a group: the group before has ≤ 3 digits anyway.
  return sep === ',' ? !/[\u4e00-\u9fff]/.test(text[i + 1] ?? '') : true;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 八 → 8, 十二 → 12, 四十 → 40, 三千五百 → 3500; null if not a Chinese numeral. */
export function chineseNumeral(s: string): number | null {
  if (!s || !/^[零〇一二两三四五六七八九十百千]+$/.test(s)) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch]!;
    } else {
      total += (digit ?? 1) * CN_UNITS[ch]!;
      digit = null;
    }
  }
  return total + (digit ?? 0);
}

const SCALE_ZH: Record<string, number> = { 万亿: 1e12, 兆: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3 };
const SCALE_EN: Record<string, number> = { trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, million: 1e6, mn: 1e6, m: 1e6 };
const CURRENCY_ZH: Record<string, Currency> = { 美元: 'USD', 日元: 'JPY', 人民币: 'CNY', 元: 'CNY', 欧元: 'EUR' };
const CURRENCY_EN: Record<string, Currency> = { USD: 'USD', US$: 'USD', $: 'USD', JPY: 'JPY', '¥': 'JPY', yen: 'JPY', CNY: 'CNY', RMB: 'CNY', EUR: 'EUR', '€': 'EUR' };
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const EN_NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
// "the two countries", "both sides": references, not figures.
const EN_NOT_COUNTED = new Set(['countries', 'country', 'sides', 'side', 'papers', 'paper', 'of', 'and', 'or', 'nations', 'governments', 'parties', 'allies', 'leaders', 'authors']);
// Classifiers after a Chinese numeral that make it a count worth checking ("八家", "四类", "两个月", "八成").
const ZH_COUNT_CLASSIFIERS = '家类种项名人倍成大个年天条批架艘款位';
const RANGE = String.raw`\s*(?:~|～|-|–|—|至|到|和|与|、|and|to)\s*`;

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
// The patterns below, compiled once (extractFacts resets lastIndex before each scan).
const ZH_DATE = new RegExp(String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?((?:${RANGE}(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?)*)`, 'g');
const ZH_YEARS = new RegExp(String.raw`(\d{4})((?:${RANGE}\d{4})*)\s*年(?!代)`, 'g');
const EN_DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}\s+(\d{4})\b`, 'g');
const EN_MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2}),?\s+(\d{4})\b`, 'g');
const EN_MONTH_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{4})\b`, 'g');
const ZH_MONEY = new RegExp(String.raw`${NUM}\s*(万亿|亿|万|兆|千)?((?:${RANGE}\d+(?:\.\d+)?\s*(?:万亿|亿|万|兆|千)?)*)\s*(美元|日元|人民币|欧元|元)`, 'g');
const EN_MONEY_SYMBOL = new RegExp(String.raw`(USD|US\$|\$|JPY|¥|CNY|RMB|EUR|€)\s?${NUM}((?:${RANGE}\d+(?:\.\d+)?)*)\s*(trillion|billion|million|bn|tn|mn|m)?\b`, 'g');
const EN_MONEY_WORD = new RegExp(String.raw`${NUM}((?:${RANGE}\d+(?:\.\d+)?)*)\s*(trillion|billion|million)?\s+(yen|dollars|US dollars)\b`, 'g');
const PERCENT = new RegExp(String.raw`${NUM}\s*%?((?:${RANGE}\d+(?:\.\d+)?\s*%?)*)\s*(%|per\s?cent|percent)`, 'g');

const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;

/** Every figure and date in a text, in order. `lenient` (for evidence) also counts bare Chinese numerals. */
export function extractFacts(raw: string, options: { lenient?: boolean } = {}): FoundFact[] {
  const { text, map } = normaliseDigits(raw);
  const found: FoundFact[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  const add = (fact: Fact, s: number, e: number) => {
    found.push({ fact, text: raw.slice(map[s], map[e]), start: map[s]!, end: map[e]! });
  };
  const claim = (s: number, e: number) => taken.push([s, e]);
  const scan = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (overlaps(m.index, m.index + m[0].length)) continue;
      fn(m);
    }
  };

  // Chinese dates: 2025 年 1 月 20 日, 2022 年 10 月和 12 月, 2022年8月, 2021、2022 年, 2017—2022 年.
  scan(ZH_DATE, (m) => {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (!isYear(year) || month < 1 || month > 12) return;
    if (m[3]) add({ kind: 'day', year, month, day: Number(m[3]) }, m.index, m.index + m[0].length - m[4]!.length);
    else add({ kind: 'month', year, month }, m.index, m.index + m[0].length - m[4]!.length);
    for (const extra of m[4]!.matchAll(/(\d{1,2})\s*月/g)) {
      const at = m.index + m[0].length - m[4]!.length + extra.index;
      add({ kind: 'month', year, month: Number(extra[1]) }, at, at + extra[0].length);
    }
    claim(m.index, m.index + m[0].length);
  });
  scan(/同年\s*(\d{1,2})\s*月/g, (m) => {
    const before = [...found].reverse().find((f) => f.start < map[m.index]! && 'year' in f.fact);
    if (!before) return;
    add({ kind: 'month', year: (before.fact as { year: number }).year, month: Number(m[1]) }, m.index, m.index + m[0].length);
    claim(m.index, m.index + m[0].length);
  });
  scan(ZH_YEARS, (m) => {
    const years = [m[1]!, ...[...m[2]!.matchAll(/\d{4}/g)].map((x) => x[0])];
    if (!years.every((y) => isYear(Number(y)))) return;
    for (const y of years) add({ kind: 'year', year: Number(y) }, m.index, m.index + m[0].length);
    claim(m.index, m.index + m[0].length);
  });

  // English dates: 12 October 2022, October 12, 2022, October 2022, Oct. 2022.
  scan(EN_DAY_MONTH_YEAR, (m) => {
    add({ kind: 'day', year: Number(m[3]), month: MONTHS[m[2]!.toLowerCase()]!, day: Number(m[1]) }, m.index, m.index + m[0].length);
    claim(m.index, m.index + m[0].length);
  });
  scan(EN_MONTH_DAY_YEAR, (m) => {
    add({ kind: 'day', year: Number(m[3]), month: MONTHS[m[1]!.toLowerCase()]!, day: Number(m[2]) }, m.index, m.index + m[0].length);
    claim(m.index, m.index + m[0].length);
  });
  scan(EN_MONTH_YEAR, (m) => {
    if (!isYear(Number(m[2]))) return;
    add({ kind: 'month', year: Number(m[2]), month: MONTHS[m[1]!.toLowerCase()]! }, m.index, m.index + m[0].length);
    claim(m.index, m.index + m[0].length);
  });

  // Money. Chinese: 527 亿美元, 4000 亿~5000 亿日元, 25 亿和 20 亿美元, 约 1.4 万亿日元, 7 兆日元.
  scan(ZH_MONEY, (m) => {
    const currency = CURRENCY_ZH[m[4]!]!;
    const parts = [[m[1]!, m[2]] as const, ...[...m[3]!.matchAll(/(\d+(?:\.\d+)?)\s*(万亿|亿|万|兆|千)?/g)].map((x) => [x[1]!, x[2]] as const)];
    const lastScale = parts[parts.length - 1]![1];
    for (const [n, scale] of parts) {
      add({ kind: 'money', currency, value: Number(n) * (SCALE_ZH[scale ?? lastScale ?? ''] ?? 1) }, m.index, m.index + m[0].length);
    }
    claim(m.index, m.index + m[0].length);
  });
  // English: USD 52.7 billion, $52.7bn, JPY 400–500 billion, US$149.2 billion, 53 trillion yen.
  scan(EN_MONEY_SYMBOL, (m) => {
    const currency = CURRENCY_EN[m[1]!]!;
    const scale = SCALE_EN[(m[4] ?? '').toLowerCase()] ?? 1;
    for (const n of [m[2]!, ...[...m[3]!.matchAll(/\d+(?:\.\d+)?/g)].map((x) => x[0])]) {
      add({ kind: 'money', currency, value: Number(n) * scale }, m.index, m.index + m[0].length);
    }
    claim(m.index, m.index + m[0].length);
  });
  scan(EN_MONEY_WORD, (m) => {
    const currency: Currency = m[4] === 'yen' ? 'JPY' : 'USD';
    const scale = SCALE_EN[(m[3] ?? '').toLowerCase()] ?? 1;
    for (const n of [m[1]!, ...[...m[2]!.matchAll(/\d+(?:\.\d+)?/g)].map((x) => x[0])]) {
      add({ kind: 'money', currency, value: Number(n) * scale }, m.index, m.index + m[0].length);
    }
    claim(m.index, m.index + m[0].length);
  });

  // Percentages: 40%, 1%~3%, 1–3%, 40 per cent, 百分之四十, 八成 (eight tenths).
  scan(PERCENT, (m) => {
    for (const n of [m[1]!, ...[...m[2]!.matchAll(/\d+(?:\.\d+)?/g)].map((x) => x[0])]) add({ kind: 'pct', value: Number(n) }, m.index, m.index + m[0].length);
    claim(m.index, m.index + m[0].length);
  });
  scan(/百分之([零〇一二两三四五六七八九十百点]+)/g, (m) => {
    const [whole, frac] = m[1]!.split('点');
    const value = chineseNumeral(whole!);
    if (value === null) return;
    const decimals = frac ? Number(`0.${[...frac].map((c) => CN_DIGITS[c] ?? 0).join('')}`) : 0;
    add({ kind: 'pct', value: value + decimals }, m.index, m.index + m[0].length);
    claim(m.index, m.index + m[0].length);
  });
  scan(/(?<!第)([一二两三四五六七八九十])成(?![为立员功果本])/g, (m) => {
    add({ kind: 'pct', value: chineseNumeral(m[1]!)! * 10 }, m.index, m.index + m[0].length);
    claim(m.index, m.index + m[0].length);
  });

  // English years standing alone: "in 2018", "late 2024", "2017–2022".
  scan(/(?<![\w.])(\d{4})((?:\s*[-–—]\s*\d{4})*)(?!\w|\.\d|%)/g, (m) => {
    const years = [m[1]!, ...[...m[2]!.matchAll(/\d{4}/g)].map((x) => x[0])];
    // "约 5000 种", "1133 种": a count before a Chinese classifier is not a year.
    if (!years.every((y) => isYear(Number(y))) || /^\s*[\u4e00-\u9fff]/.test(text.slice(m.index + m[0].length))) return;
    for (const y of years) add({ kind: 'year', year: Number(y) }, m.index, m.index + m[0].length);
    claim(m.index, m.index + m[0].length);
  });

  // Other numbers (counts, nanometres, ordinal-free figures), digits first. Digits glued to Latin
  // letters are names (5G, G7, 2G~5G), "2+2" is a name too.
  scan(/(?<![\w.+])(\d+(?:\.\d+)?)(?:\s*(万亿|亿|万|兆))?(?!\d)/g, (m) => {
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
    if (/^[A-Za-z]/.test(next) && !/^(nm|bn|km)\b/.test(next)) return;
    if (/^\s*[+＋]\s*\d/.test(next)) return;
    const value = Number(m[1]) * (SCALE_ZH[m[2] ?? ''] ?? 1);
    add({ kind: 'num', value }, m.index, m.index + m[0].length);
    claim(m.index, m.index + m[0].length);
  });
  // Chinese numerals as counts: 八家, 四类, 两个月, 五大, 十年 (not 第二, 一方面, 两国).
  const classifiers = options.lenient ? '' : ZH_COUNT_CLASSIFIERS;
  scan(/(?<![第唯统之同单逐万])([一二两三四五六七八九十百千]+)([\u4e00-\u9fff])?/g, (m) => {
    const value = chineseNumeral(m[1]!);
    if (value === null) return;
    if (!options.lenient && (!m[2] || !classifiers.includes(m[2]) || value === 1)) return;
    add({ kind: 'num', value }, m.index, m.index + m[1]!.length);
    claim(m.index, m.index + m[1]!.length);
  });
  if (!options.lenient) {
    // Words: "eight Japanese companies", "ten years" (not "the two countries").
    scan(/\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+([A-Za-z"“'-]+)/gi, (m) => {
      const before = text.slice(Math.max(0, m.index - 5), m.index).toLowerCase();
      if (/\b(the|these|those|both|all)\s+$/.test(before)) return;
      if (EN_NOT_COUNTED.has(m[2]!.replace(/^["“']/, '').toLowerCase())) return;
      add({ kind: 'num', value: EN_NUMBER_WORDS[m[1]!.toLowerCase()]! }, m.index, m.index + m[1]!.length);
      claim(m.index, m.index + m[1]!.length);
    });
  } else {
    scan(/\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b/gi, (m) => {
      add({ kind: 'num', value: EN_NUMBER_WORDS[m[1]!.toLowerCase()]! }, m.index, m.index + m[0].length);
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether a fact of the checked text is backed by any fact of the evidence. */
export function factSupported(fact: Fact, evidence: readonly Fact[]): boolean {
  switch (fact.kind) {
    case 'pct':
      return evidence.some((e) => e.kind === 'pct' && close(e.value, fact.value));
    case 'money':
      return evidence.some((e) => e.kind === 'money' && e.currency === fact.currency && close(e.value, fact.value));
    case 'year':
      return evidence.some((e) => (e.kind === 'year' || e.kind === 'month' || e.kind === 'day') && e.year === fact.year);
    case 'month':
      return evidence.some((e) => (e.kind === 'month' || e.kind === 'day') && e.year === fact.year && e.month === fact.month);
    case 'day':
      return evidence.some((e) => e.kind === 'day' && e.year === fact.year && e.month === fact.month && e.day === fact.day);
    case 'num':
      return evidence.some(
        (e) =>
          ((e.kind === 'num' || e.kind === 'pct' || e.kind === 'money') && close(e.value, fact.value)) ||
          (e.kind === 'money' && [1e4, 1e8, 1e9, 1e12].some((s) => close(e.value / s, fact.value))),
      );
  }
}

/** How a fact is named in a flag: "2022-10", "USD 52,700,000,000", "40%". */
export function describeFact(f: Fact): string {
  switch (f.kind) {
    case 'pct':
      return `${f.value}%`;
    case 'money':
      return `${f.currency} ${f.value.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
    case 'num':
      return String(f.value);
    case 'year':
      return String(f.year);
    case 'month':
      return `${f.year}-${String(f.month).padStart(2, '0')}`;
    case 'day':
      return `${f.year}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
  }
}
