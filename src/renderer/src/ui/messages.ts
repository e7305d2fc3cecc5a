// The design system's own words (both languages); features pass their own labels for the rest.
import type { Messages } from '../app/i18n.ts';

export const uiMessages = {
  cancel: { zh: '取消', en: 'Cancel' },
  confirmArmed: { zh: '再按“{confirm}”确认，按 Esc 或做其他操作即取消。', en: 'Press “{confirm}” to confirm; Escape or any other action cancels.' },
  confirmCancelled: { zh: '已取消“{confirm}”。', en: '“{confirm}” cancelled.' },
} satisfies Messages;
