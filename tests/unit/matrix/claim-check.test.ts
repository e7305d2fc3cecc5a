import { describe, expect, it } from 'vitest';
import { checkText, modalityHints, splitSentences } from '../../../src/main/core/matrix/claim-check.ts';
import type { QuoteText } from '../../../src/main/core/matrix/claim-check.ts';
import { buildNameIndex } from '../../../src/main/core/matrix/names.ts';
import { describeFact, extractFacts, factSupported } from '../../../src/main/core/matrix/normalise.ts';
import { loadTermSources } from '../../../src/main/core/terms/load.ts';
import { DATA_DIR } from '../helpers.ts';

const facts = (s: string, lenient = false) => extractFacts(s, { lenient }).map((f) => describeFact(f.fact));
const names = buildNameIndex(loadTermSources(DATA_DIR).glossary);

// Two paragraphs in the papers' style, as one cell's evidence.
const PARAGRAPH_A =
  '在出口管制方面，美国于 2018 年通过了《出口管制改革法》，对 14 类新兴和基础技术实施额外的出口管制措施，并利用“实体清单”持续对中国高科技企业实施销售禁令。美国在 2022 年 10 月公布对华半导体出口管制新规后，已要求日本、荷兰采取同样的行动。';
const PARAGRAPH_B =
  '美国的《芯片与科学法案》向半导体产业投入 527 亿美元补贴。日本政府已宣布投入 4000 亿~5000 亿日元的补贴吸引台积电到熊本县建厂，由 8 家日本企业共同出资，2025 年 3 月将要再度追加 8 000 亿日元的资金支持，日本企业占世界硅片市场的 56%，且中国对日出口的约八成中断两个月。这意味着双方可能陷入补贴竞赛。';
const QUOTES: QuoteText[] = [
  { exact: '美国于 2018 年通过了《出口管制改革法》', paragraph: PARAGRAPH_A },
  { exact: '这意味着双方可能陷入补贴竞赛', paragraph: PARAGRAPH_B },
];
const flagged = (text: string, lang: 'zh' | 'en', quotes = QUOTES) => checkText(text, lang, quotes, names).map((f) => f.item);

describe('normalising figures and dates across languages', () => {
  it('reads the same month in Chinese, English, abbreviated and full-width forms', () => {
    for (const s of ['2022 年 10 月', '2022年10月', '２０２２年１０月', 'October 2022', 'Oct 2022', 'Oct. 2022']) expect(facts(s), s).toEqual(['2022-10']);
    expect(facts('2022 年 10 月和 12 月')).toEqual(['2022-10', '2022-12']);
    expect(facts('2025 年 1 月 20 日; 20 January 2025; January 20, 2025')).toEqual(['2025-01-20', '2025-01-20', '2025-01-20']);
    expect(facts('2021、2022 年 / 2017—2022 年 / in 2017–2022.')).toEqual(['2021', '2022', '2017', '2022', '2017', '2022']);
  });

  it('reads amounts of money with their scale and currency', () => {
    for (const s of ['527 亿美元', 'USD 52.7 bn', 'USD 52.7bn', '$52.7 billion', 'US$52.7 billion']) expect(facts(s), s).toEqual(['USD 52,700,000,000']);
    expect(facts('8 000 亿日元')).toEqual(facts('JPY 800 billion'));
    expect(facts('7 兆日元')).toEqual(facts('JPY 7 trillion'));
    expect(facts('4000 亿~5000 亿日元')).toEqual(facts('JPY 400–500 billion'));
    expect(facts('25 亿和 20 亿美元')).toEqual(['USD 2,500,000,000', 'USD 2,000,000,000']);
    expect(facts('约 1.4 万亿日元')).toEqual(['JPY 1,400,000,000,000']);
  });

  it('reads percentages and counts in every form, and leaves names alone', () => {
    for (const s of ['40%', '40 %', '４０％', '百分之四十', '40 per cent', '40 percent']) expect(facts(s), s).toEqual(['40%']);
    expect(facts('八成')).toEqual(['80%']);
    expect(facts('1%~3%')).toEqual(['1%', '3%']);
    expect(facts('1–3%')).toEqual(['1%', '3%']);
    expect(facts('八家日本财团')).toEqual(['8']);
    expect(facts('eight Japanese companies, ten years, 3,500 entrants, 3 500 人')).toEqual(['8', '10', '3500', '3500']);
    expect(facts('5G、G7、2G~5G、经济版“2+2”、第二次会议、两国、一方面、the two countries, Pillar II')).toEqual([]);
  });

  it('matches a count against a figure of any form in the evidence, but not a different value', () => {
    const evidence = extractFacts(PARAGRAPH_B, { lenient: true }).map((f) => f.fact);
    const ok = (s: string) => extractFacts(s).every((f) => factSupported(f.fact, evidence));
    expect(ok('eight firms; JPY 800 billion; 80%; two months; 56%; March 2025; 2025')).toBe(true);
    expect(ok('nine firms')).toBe(false);
    expect(ok('JPY 900 billion')).toBe(false);
    expect(ok('USD 800 billion')).toBe(false);
    expect(ok('April 2025')).toBe(false);
    expect(ok('57%')).toBe(false);
  });
});

describe('the claim check of one text', () => {
  it('passes an English summary whose figures, dates and instruments the Chinese paragraphs back', () => {
    expect(
      flagged(
        'In 2018 the US passed the Export Control Reform Act, adding controls on 14 categories, and uses the Entity List; after its October 2022 rules it asked Japan to follow. The CHIPS and Science Act provides USD 52.7 billion; Japan offers JPY 400–500 billion for TSMC in Kumamoto, eight Japanese companies fund Rapidus, and in March 2025 JPY 800 billion more came. Japanese firms hold 56% of silicon wafers, and a two-month halt of 80% of China’s exports is modelled.',
        'en',
      ),
    ).toEqual([]);
  });

  it('passes the same in Chinese, in other forms than the paragraphs use', () => {
    expect(flagged('美国 2018 年通过《出口管制改革法》，对十四类技术加强管制，并利用“实体清单”；2022年10月出台新规。八家日本企业出资，2025 年 3 月追加 8000 亿日元，占硅片市场的百分之五十六。', 'zh')).toEqual([]);
  });

  it('flags a year, month, amount, percentage and count no quote has, in both languages', () => {
    expect(flagged('In 2019 the US passed the Export Control Reform Act. Its rules of November 2022 cover 15 categories. The CHIPS and Science Act provides USD 53.7 billion; firms hold 57% of wafers.', 'en')).toEqual([
      '2019',
      'November 2022',
      '15',
      'USD 53.7 billion',
      '57%',
    ]);
    expect(flagged('美国于 2019 年通过《出口管制改革法》，2022 年 11 月出台新规，涵盖 15 类技术，补贴 537 亿美元，占硅片市场 57%，由九家企业出资。', 'zh')).toEqual([
      '2019 年',
      '2022 年 11 月',
      '15',
      '537 亿美元',
      '57%',
      '九',
    ]);
  });

  it('flags a titled instrument that no quote names, in either language, and accepts its other-language name', () => {
    expect(flagged('Japan applies the Wassenaar Arrangement and the End User List.', 'en')).toEqual(['Wassenaar Arrangement', 'End User List']);
    expect(flagged('日本参与《瓦森纳协定》，并通过“外国用户清单”实施管制。', 'zh')).toEqual(['《瓦森纳协定》', '“外国用户清单”']);
    // An unknown capitalised title is checked verbatim against the evidence.
    expect(flagged('The Basic Principles on Semiconductor Cooperation were agreed.', 'en')).toEqual(['Basic Principles on Semiconductor Cooperation']);
    const withPrinciples: QuoteText[] = [...QUOTES, { exact: '达成了《半导体合作基本原则》', paragraph: '美日两国政府于 2022 年 5 月达成了《半导体合作基本原则》。' }];
    expect(flagged('The Basic Principles on Semiconductor Cooperation were agreed in May 2022.', 'en', withPrinciples)).toEqual([]);
  });

  it('does not let a longer title or acronym back a shorter one', () => {
    const quotes: QuoteText[] = [{ exact: '从参议院的《美国创新与竞争法案》', paragraph: '从参议院的《美国创新与竞争法案》到最终达成共识的法案。日本等国缔结的 CPTPP 继承了其条款。' }];
    expect(flagged('众议院的《竞争法案》', 'zh', quotes)).toEqual(['《竞争法案》']);
    expect(flagged('the House COMPETES Act', 'en', quotes)).toEqual(['COMPETES Act']);
    expect(flagged('the Senate USICA', 'en', quotes)).toEqual([]);
    expect(flagged('Japan is in the TPP.', 'en', quotes)).toEqual(['TPP']);
    expect(flagged('Japan is in the CPTPP.', 'en', quotes)).toEqual([]);
  });

  it('checks against the quote alone when its paragraph is unknown (a broken quote)', () => {
    const broken: QuoteText[] = [{ exact: '美国于 2018 年通过了《出口管制改革法》', paragraph: null }];
    expect(flagged('In 2018 the Export Control Reform Act passed, with 14 categories.', 'en', broken)).toEqual(['14']);
  });

  it('names the sentence and the position of each item, and marks recorded exceptions with their reason', () => {
    const text = 'The US passed the act in 2018. It was revised in 2019.';
    const [flag] = checkText(text, 'en', QUOTES, names, [{ item: '2019', reason: 'GUI footnote 3 gives the revision year' }]);
    expect(flag).toMatchObject({ item: '2019', kind: 'date', sentence: 'It was revised in 2019.', exception: 'GUI footnote 3 gives the revision year' });
    expect(text.slice(flag!.start, flag!.end)).toBe('2019');
  });

  it('splits sentences without breaking at abbreviations', () => {
    expect(splitSentences('Japan asked e.g. the U.S. to act. It did in Oct. 2022. Then more.', 'en').map((s) => s.text)).toEqual([
      'Japan asked e.g. the U.S. to act.',
      'It did in Oct. 2022.',
      'Then more.',
    ]);
    expect(splitSentences('桂文指出一点。吴、从文认为另一点！', 'zh').map((s) => s.text)).toEqual(['桂文指出一点。', '吴、从文认为另一点！']);
  });
});

describe('the modality hint', () => {
  const quotes: QuoteText[] = [{ exact: '这意味着双方可能陷入补贴竞赛', paragraph: PARAGRAPH_B }];

  it('names the hedge a plain Chinese sentence drops, and is quiet when the sentence keeps it', () => {
    expect(modalityHints('桂文指出双方陷入补贴竞赛。', 'zh', quotes)).toEqual([{ hedge: '可能', sentence: '桂文指出双方陷入补贴竞赛。', quote: '这意味着双方可能陷入补贴竞赛' }]);
    expect(modalityHints('桂文指出双方可能陷入补贴竞赛。', 'zh', quotes)).toEqual([]);
  });

  it('checks the English sentence in the same place as the Chinese one', () => {
    const zh = '日本提供补贴。桂文指出双方可能陷入补贴竞赛。';
    expect(modalityHints('Japan offers subsidies. GUI says the two are locked in a subsidy race.', 'en', quotes, zh)).toEqual([
      { hedge: '可能', sentence: 'GUI says the two are locked in a subsidy race.', quote: '这意味着双方可能陷入补贴竞赛' },
    ]);
    expect(modalityHints('Japan offers subsidies. GUI says the two may be drawn into a subsidy race.', 'en', quotes, zh)).toEqual([]);
  });

  it('knows 会 as a modal only, and 试图/徒劳/略/并非易事 by their equivalents', () => {
    const q = (exact: string): QuoteText[] => [{ exact, paragraph: null }];
    expect(modalityHints('势力推动人员安全审查制度。', 'zh', q('一部分政治势力会在美国的怂恿下推动人员安全审查制度'))).toHaveLength(1);
    expect(modalityHints('桂文预计势力会推动人员安全审查制度。', 'zh', q('一部分政治势力会在美国的怂恿下推动人员安全审查制度'))).toEqual([]);
    expect(modalityHints('第一次会议在华盛顿举行。', 'zh', q('第一次会议在华盛顿召开，委员会发表声明'))).toEqual([]);
    expect(modalityHints('台积电不把最先进生产线搬到日本。', 'zh', q('台积电方面明确表示不会将最先进生产线搬迁至日本'))).toEqual([]);
    const tpp = '日本一直劝说美国重返 TPP。';
    expect(modalityHints('Japan has persuaded the US to return to the TPP.', 'en', q('日本一直试图劝说美国重返 TPP，但徒劳无功'), tpp).map((h) => h.hedge)).toEqual(['试图']);
    expect(modalityHints('Japan has tried in vain to persuade the US to return to the TPP.', 'en', q('日本一直试图劝说美国重返 TPP，但徒劳无功'), tpp)).toEqual([]);
    expect(modalityHints('两国的深层战略意图不同。', 'zh', q('双方的深层战略意图又略有区分'))).toHaveLength(1);
    expect(modalityHints('两国的深层战略意图略有不同。', 'zh', q('双方的深层战略意图又略有区分'))).toEqual([]);
  });
});
