// Every fixed word the Word briefing prints, in both languages. Kept apart from the workbook's
// labels (../labels.ts): a briefing speaks in sentences and footnotes, a workbook in column headers.
// The alignment and category names are the interface's own (shared/labels.ts).
import type { Words } from '../labels.ts';

export const BRIEF = {
  title: { zh: '政策对比简报', en: 'Policy comparison briefing' },
  contents: { zh: '目录', en: 'Contents' },
  overview: { zh: '概览', en: 'Overview' },
  overviewLead: {
    zh: '下表每行一个领域：各方立场的要点与一致性判断。详细论述与出处见各领域一节及脚注。',
    en: 'One row per domain: the gist of each position and the alignment judgement. Each domain’s section below gives the detail, with its sources in the footnotes.',
  },
  domain: { zh: '领域', en: 'Domain' },
  alignment: { zh: '一致性', en: 'Alignment' },
  alignmentJudgement: { zh: '一致性判断', en: 'Alignment' },
  reason: { zh: '理由', en: 'Reason' },
  instruments: { zh: '政策工具', en: 'Instruments' },
  noPosition: { zh: '资料未载明其立场。', en: 'The sources state no position.' },
  sourceNote: { zh: '来源说明', en: 'Note on the sources' },
  annotations: { zh: '分析批注', en: 'Analyst’s notes' },
  onCell: { zh: '针对', en: 'On' },
  onQuote: { zh: '针对引文', en: 'On the quote' },
  onDomain: { zh: '针对本领域', en: 'On the domain' },
  bibliography: { zh: '参考文献', en: 'Bibliography' },
  bibliographyLead: { zh: '仅列出本简报脚注所引文献。', en: 'Only the sources cited in this briefing’s footnotes.' },
  generated: { zh: '日期', en: 'Date' },
  scope: { zh: '范围与筛选', en: 'Scope and filters' },
  language: { zh: '语言', en: 'Language' },
  app: { zh: '生成工具', en: 'Produced with' },
  counts: { zh: '内容', en: 'Contents' },
  howToRead: { zh: '阅读说明', en: 'How to read' },
  howToReadText: {
    zh: '每项立场和一致性判断的每一句话都以脚注注明出处：文献、章节、段落序号（有页码的文献另注页码）及原文引文。同一引文再次出现时只注简称并指向首次出现的脚注。标为“失效引文”的脚注表示该引文已无法在来源原文中找到，需要核对。',
    en: 'Every sentence of a position or an alignment judgement is footnoted to its source: the document, section, paragraph number (and page, for paged sources) and the exact quote in its original language. A quote cited again is given in short form with a pointer to the note that quotes it in full. A note marked BROKEN QUOTE means the quote can no longer be found in the source text and needs checking.',
  },
  pageOf: { zh: '第 {p} 页，共 {n} 页', en: 'Page {p} of {n}' },
  staleLegend: { zh: '⚠ 表示译文待更新：另一语言的文字已修改，此处尚未随之更新。', en: '⚠ marks a translation out of date: the other language was revised and this text was not updated.' },
  /** Above a summary or reason printed in the language that is out of date; said in that language. */
  staleTranslation: {
    zh: '⚠ 译文待更新：英文已修改，以下中文尚未随之更新。',
    en: '⚠ Translation out of date: the Chinese was revised; the English below was not updated.',
  },
} as const satisfies Record<string, Words>;

/** Words inside footnotes. */
export const NOTE = {
  paragraph: { zh: '第 {n} 段', en: '¶ {n}' },
  page: { zh: '第 {n} 页', en: 'p. {n}' },
  pages: { zh: '第 {n} 页', en: 'pp. {n}' },
  seeNote: { zh: '见注', en: 'see note' },
  broken: { zh: '【失效引文】', en: 'BROKEN QUOTE: ' },
  noParagraph: { zh: '段落不明', en: 'paragraph unknown' },
  claimCheck: { zh: '【核查】以下内容未见所引原文支持：', en: 'CLAIM CHECK: not supported by the cited quotes: ' },
  accepted: { zh: '已确认例外：', en: 'accepted exception: ' },
  documentMissing: { zh: '来源文献已不在语料中', en: 'the source document is no longer in the corpus' },
  notVerbatim: { zh: '来源原文中已找不到这段文字', en: 'the words are no longer found verbatim in the source text' },
} as const satisfies Record<string, Words>;

/** What kind of item the claim check flagged. */
export const FLAG_KIND: Record<string, Words> = {
  figure: { zh: '数字', en: 'figure' },
  date: { zh: '日期', en: 'date' },
  instrument: { zh: '文件名称', en: 'instrument' },
};

export const BIB = {
  doi: { zh: 'DOI', en: 'DOI' },
} as const satisfies Record<string, Words>;
