// Every fixed word the workbook prints, in both languages: the headers and values readers see. Plain
// words, not the app's internal terms (no "anchored", no IDs in the reading columns).
import type { AnchorStatus, Evidence } from '../../../shared/types.ts';

export interface Words {
  zh: string;
  en: string;
}

export const HEAD = {
  domain: { zh: '领域', en: 'Domain' },
  positionOf: { zh: '立场', en: 'position' },
  alignment: { zh: '一致性', en: 'Alignment' },
  reason: { zh: '判断理由', en: 'Reason' },
  sourceNote: { zh: '来源说明', en: 'Source note' },
  annotationCount: { zh: '批注数', en: 'Notes' },
  claimCheck: { zh: '核对：无引文依据', en: 'Claim check: unsupported' },
  annotations: { zh: '批注', en: 'Notes' },
  quotes: { zh: '引文', en: 'Quotes' },
  link: { zh: '跳转', en: 'Link' },
  actor: { zh: '行为体', en: 'Actor' },
  quote: { zh: '引文', en: 'Quote' },
  document: { zh: '文献', en: 'Document' },
  section: { zh: '章节', en: 'Section' },
  ordinal: { zh: '段落序号', en: '¶ No.' },
  /** The page of the file (imported PDFs), which can differ from the number printed on it. */
  page: { zh: 'PDF 页码', en: 'PDF page' },
  /** The page number the author printed on that page (the PDF's page labels), where it has one. */
  printedPage: { zh: '印刷页码', en: 'Printed page' },
  paragraphId: { zh: '内部编号', en: 'Internal ID' },
  status: { zh: '原文核对', en: 'Source check' },
  target: { zh: '批注对象', en: 'Target' },
  category: { zh: '类别', en: 'Category' },
  text: { zh: '内容', en: 'Text' },
  author: { zh: '作者', en: 'Author' },
  created: { zh: '创建时间', en: 'Created' },
  updated: { zh: '更新时间', en: 'Updated' },
  authors: { zh: '作者', en: 'Authors' },
  title: { zh: '标题', en: 'Title' },
  venue: { zh: '期刊', en: 'Venue' },
  year: { zh: '年份', en: 'Year' },
  issue: { zh: '期号', en: 'Issue' },
  pages: { zh: '页码', en: 'Pages' },
  doi: { zh: 'DOI', en: 'DOI' },
  note: { zh: '备注', en: 'Note' },
  paragraphText: { zh: '段落原文', en: 'Paragraph text' },
  meaning: { zh: '含义', en: 'Meaning' },
} as const satisfies Record<string, Words>;

export const WORD = {
  appName: { zh: '政策矩阵', en: 'Policy Matrix' },
  alignmentRow: { zh: '一致性判断', en: 'Alignment' },
  wholeDomain: { zh: '整个领域', en: 'Whole domain' },
  onQuote: { zh: '针对引文', en: 'on a quote' },
  noPosition: { zh: '—', en: '—' },
  instruments: { zh: '政策工具：', en: 'Instruments: ' },
  legendTitle: { zh: '图例：一致性', en: 'Legend: alignment' },
  bibliography: { zh: '参考文献', en: 'Bibliography' },
  citedParagraphs: { zh: '被引段落原文', en: 'Full text of cited paragraphs' },
  goToEvidence: { zh: '转到证据', en: 'Go to evidence' },
  goToSource: { zh: '转到段落原文', en: 'Go to paragraph text' },
  goToMatrix: { zh: '转到矩阵', en: 'Go to matrix' },
  toEvidence: { zh: '证据 →', en: 'Evidence →' },
  toMatrix: { zh: '矩阵 →', en: 'Matrix →' },
  /** Printed above a text whose other language was revised after it (matrix/translation.ts). Said in the stale text's own language. */
  staleTranslation: { zh: '⚠ 译文待更新：英文已修改，此处中文尚未随之更新。', en: '⚠ Translation out of date: the Chinese was revised; this English text was not updated.' },
  staleShort: { zh: '⚠ 译文待更新', en: '⚠ Translation out of date' },
  staleLegend: { zh: '该语言的文字未随另一语言的修改而更新', en: 'This language was not updated after the other was revised' },
  brokenInCell: { zh: '引文数为红色：其中有引文在原文中未找到', en: 'Quote count in red: at least one quote was not found in the source text' },
  page: { zh: '第 &P 页，共 &N 页', en: 'Page &P of &N' },
  exported: { zh: '导出于', en: 'Exported' },
  claimsNone: { zh: '无', en: 'None' },
  claimException: { zh: '已记录的例外：', en: 'recorded exception: ' },
  alignmentShort: { zh: '一致性判断', en: 'alignment' },
} as const satisfies Record<string, Words>;

export const SHEET_TITLE = {
  matrix: { zh: '立场矩阵', en: 'Position matrix' },
  evidence: { zh: '证据引文', en: 'Evidence' },
  annotations: { zh: '批注', en: 'Annotations' },
  sources: { zh: '文献与原文', en: 'Sources and paragraph text' },
  about: { zh: '关于本导出', en: 'About this export' },
} as const satisfies Record<string, Words>;

export const ABOUT = {
  app: { zh: '应用', en: 'Application' },
  version: { zh: '版本', en: 'Version' },
  exportedIso: { zh: '导出时间（ISO 8601）', en: 'Exported (ISO 8601)' },
  exportedLocal: { zh: '导出时间（本地）', en: 'Exported (local time)' },
  language: { zh: '语言', en: 'Language' },
  scope: { zh: '范围 / 筛选', en: 'Scope / filters' },
  domains: { zh: '领域数', en: 'Domains' },
  actors: { zh: '行为体', en: 'Actors' },
  quotes: { zh: '引文数', en: 'Quotes' },
  broken: { zh: '失效引文', en: 'Broken quotes' },
  claims: { zh: '无引文依据的数字、日期与名称（核对）', en: 'Figures, dates and titles no quote backs (claim check)' },
  claimExceptions: { zh: '其中已记录的例外', en: 'of which recorded exceptions' },
  annotations: { zh: '批注数', en: 'Annotations' },
  documents: { zh: '文献数', en: 'Documents' },
  paragraphs: { zh: '被引段落数', en: 'Cited paragraphs' },
  item: { zh: '项目', en: 'Item' },
  value: { zh: '内容', en: 'Value' },
  howTo: { zh: '阅读方法', en: 'How to read' },
  howToRead: {
    zh: '每条立场和一致性判断右侧的“引文”格显示引文条数，点击即跳转至“证据”表中的第一条引文；在该表中点击段落序号可查看“来源”表中的段落原文。每条引文均已与原文逐字核对。',
    en: 'The “Quotes” cell beside each position and alignment judgement gives the number of quotes; click it to jump to the first one on the Evidence sheet. Click the paragraph number there for the full paragraph on the Sources sheet. Every quote has been checked word for word against the source text.',
  },
} as const satisfies Record<string, Words>;

export const LANG_NAME = {
  zh: { zh: '中文', en: 'Chinese' },
  en: { zh: '英文', en: 'English' },
  both: { zh: '中英双语', en: 'Chinese and English' },
} as const satisfies Record<string, Words>;

export const PROBLEM: Record<NonNullable<Evidence['problemCode']>, Words> = {
  'document-missing': { zh: '来源文献不在本项目中', en: 'The source document is not in this project' },
  'not-verbatim': { zh: '引文与原文文字不符', en: 'The quote no longer matches the source text word for word' },
};

export const STATUS_LABEL: Record<AnchorStatus, Words> = {
  anchored: { zh: '原文已核对', en: 'Verified in source' },
  // Upper-case in English so a broken quote jumps out even in a black-and-white printout.
  broken: { zh: '原文中未找到', en: 'NOT FOUND IN SOURCE' },
};
