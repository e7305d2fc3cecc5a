// Undo/redo with its report on the status line ("Undone: Edit summary · …", "Nothing to undo"), for
// the menu, the toolbar and the keyboard: one front end.
import { useCallback } from 'react';
import { useLang, useT } from './i18n.ts';
import type { Messages } from './i18n.ts';
import { useStatus } from './status.ts';
import { runEditCommand } from './store/edit-commands.ts';
import type { EditCommand } from './store/edit-commands.ts';
import { cachedMatrix } from './store/matrix.ts';
import { stepObjectWords } from './step-text.ts';

const messages = {
  undone: { zh: '已撤销：{what}', en: 'Undone: {what}' },
  redone: { zh: '已重做：{what}', en: 'Redone: {what}' },
  nothingToUndo: { zh: '没有可撤销的修改', en: 'Nothing to undo' },
  nothingToRedo: { zh: '没有可重做的修改', en: 'Nothing to redo' },
  undoFailed: { zh: '撤销失败', en: 'Undo failed' },
  redoFailed: { zh: '重做失败', en: 'Redo failed' },
} satisfies Messages;

export function useEditCommand(): (command: EditCommand, inTextField?: boolean) => Promise<void> {
  const t = useT(messages);
  const { lang } = useLang();
  const status = useStatus();
  return useCallback(
    async (command, inTextField) => {
      try {
        const result = await runEditCommand(command, inTextField);
        if (result.kind === 'text-field') return;
        if (result.kind === 'nothing') status.show(t(command === 'undo' ? 'nothingToUndo' : 'nothingToRedo'));
        else status.show(t(command === 'undo' ? 'undone' : 'redone', { what: stepObjectWords(result.step, lang, cachedMatrix()) }), 'success');
      } catch (error) {
        status.showError(error, t(command === 'undo' ? 'undoFailed' : 'redoFailed'));
      }
    },
    [lang, status, t],
  );
}
