// Words of a selection on the original page (what it would quote, or why it quotes nothing), in both interface languages.
import type { Messages } from '../../app/i18n.ts';

export const pagePickMessages = {
  region: { zh: '原页上的选择', en: 'Selection on the page' },
  willQuote: { zh: '将成为引文的文字（出自重建正文，逐字）：', en: 'The text that will become the quote (verbatim from the rebuilt text):' },
  where: { zh: '第 {n} 段 · 第 {p} 页', en: '¶ {n} · p. {p}' },
  clear: { zh: '清除选择', en: 'Clear selection' },
  several: {
    zh: '所选文字跨越 {n} 个段落，而一段引文须出自同一段落。请在一个段落之内重新选择。未作任何更改。',
    en: 'The selection runs over {n} paragraphs; a quote comes from one paragraph. Select within one paragraph. Nothing was changed.',
  },
  outside: {
    zh: '所选文字包含重建正文中没有的“{text}”（页眉、页码或其他版面文字），不能作为逐字引文。请只选择正文。未作任何更改。',
    en: 'The selection includes “{text}”, which is not in the rebuilt text (a running head, page number or other furniture), so it cannot be quoted verbatim. Select only the text. Nothing was changed.',
  },
  differs: {
    zh: '原页上所选的文字“{page}”与重建正文中对应的文字“{text}”不完全一致，不能作为逐字引文。请重新选择，或在左侧正文中选择。未作任何更改。',
    en: 'What is selected on the page (“{page}”) does not match the rebuilt text there (“{text}”) exactly, so it cannot be quoted verbatim. Select again, or select in the text. Nothing was changed.',
  },
  differsNone: {
    zh: '原页上所选的文字“{page}”在重建正文中找不到对应，不能作为引文。请重新选择，或在左侧正文中选择。未作任何更改。',
    en: 'What is selected on the page (“{page}”) has no counterpart in the rebuilt text, so it cannot be quoted. Select again, or select in the text. Nothing was changed.',
  },
  hint: {
    zh: '在原页上拖选文字即可引用：此处先显示将成为引文的文字（Shift+方向键可微调选择，Enter 使用，Esc 清除）。',
    en: 'Drag over words on the page to quote them: the exact text the quote will be is shown here first (Shift+arrow keys adjust the selection, Enter uses it, Esc clears).',
  },
  keys: { zh: 'Enter 使用 · Esc 清除', en: 'Enter uses it · Esc clears' },
} satisfies Messages;
