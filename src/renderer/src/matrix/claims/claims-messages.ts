// Interface text of the claim check, both languages side by side.
import type { Messages } from '../../app/i18n.ts';

export const claimMessages = {
  marker: { zh: '{n} 项无依据', en: '{n} unsupported' },
  markerHint: { zh: '引文及其段落中找不到：{items}', en: 'Not found in the cited quotes or their paragraphs: {items}' },
  exceptionMarker: { zh: '已记录例外', en: 'recorded exception' },
  legend: { zh: '无引文依据', en: 'unsupported' },
  footerCount: { zh: '{n} 项无引文依据', en: '{n} unsupported items' },
  footerCountOne: { zh: '1 项无引文依据', en: '1 unsupported item' },
  footerNone: { zh: '数字、日期与名称均有引文依据', en: 'every figure, date and title backed by a quote' },
  goToNext: { zh: '转到下一个含无依据项的单元格（共 {n} 项）', en: 'Go to the next cell with an unsupported item ({n} in all)' },
  section: { zh: '核对：引文依据', en: 'Claim check' },
  unsupported: { zh: '无依据：{item}', en: 'unsupported: {item}' },
  unsupportedHelp: {
    zh: '本单元格的引文及其所在段落中找不到这一数字、日期或名称。请核对原文，或补充引文。',
    en: 'This figure, date or title is not in any of the cell’s quotes or the paragraphs they come from. Check the source, or add a quote.',
  },
  exception: { zh: '已记录的例外：{reason}', en: 'Recorded exception: {reason}' },
  modality: { zh: '请核对语气：引文作“{hedge}”', en: 'Check the modality: the quote says “{hedge}”' },
  langZh: { zh: '中文', en: 'Chinese' },
  langEn: { zh: '英文', en: 'English' },
  draftChecking: { zh: '正在核对…', en: 'Checking…' },
  draftClean: { zh: '✓ 数字、日期与名称均见于引文', en: '✓ Every figure, date and title is in the quotes' },
  draftIssues: { zh: '保存前核对（不影响保存）：', en: 'Before you save (this does not block saving):' },
} as const satisfies Messages;
