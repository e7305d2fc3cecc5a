// Words of the reader's repair mode (a selection repairs a broken quote), in both interface languages.
import type { Messages } from '../app/i18n.ts';

export const readerRepairMessages = {
  readerBanner: {
    zh: '正在修复引文“{quote}”：在正文或原页上选出新的引文文字，然后按“用此段修复”。',
    en: 'Repairing the quote “{quote}”: select the new text, in the text or on the page, then press “Use to repair”.',
  },
  useToRepair: { zh: '用此段修复', en: 'Use to repair' },
  stopRepair: { zh: '取消修复', en: 'Stop repairing' },
  repaired: { zh: '引文已修复：{quote}', en: 'Quote repaired: {quote}' },
} satisfies Messages;
