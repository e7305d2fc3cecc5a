// Undo, redo and the project file: each calls main, takes the new state and says what happened.
import { useCallback } from 'react';
import { api } from '../../api/client.ts';
import { useT } from '../../app/i18n.ts';
import { describeError, useStatus } from '../../app/status.ts';
import { announceMatrix } from '../../app/store/matrix-events.ts';
import { messages } from '../messages.ts';
import type { MatrixStore } from '../../app/store/use-matrix-state.ts';
import type { Notice } from './use-notice.ts';


export function useMatrixCommands(store: MatrixStore, show: (notice: Notice) => void) {
  const t = useT(messages);
  const status = useStatus();
  const { apply, reload } = store;
  const fail = useCallback((e: unknown) => show({ kind: 'error', text: t('errorPrefix', { message: describeError(e) }) }), [show, t]);
  // Saved, undone, cancelled: short news for the status line. Paths and errors stay in the notice bar.

  // Undo and redo report on the shell's status line, as the menu's undo does.
  const step = useCallback(
    async (command: 'undo' | 'redo') => {
      try {
        const next = command === 'undo' ? await api.undo() : await api.redo();
        apply(next);
        // Main labels a real step `undo: <what>`; anything else means there was nothing to do.
        const what = next.label.startsWith(`${command}:`) ? next.label.slice(command.length + 1).trim() : null;
        if (what === null) status.show(t(command === 'undo' ? 'nothingToUndo' : 'nothingToRedo'));
        else status.show(t(command === 'undo' ? 'undone' : 'redone', { label: what }), 'success');
      } catch (e) {
        fail(e);
      }
    },
    [apply, fail, status, t],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  const saveProject = useCallback(async () => {
    try {
      const result = await api.saveProject();
      if (result) show({ kind: 'success', text: t('projectSaved', { path: result.path }) });
      else status.show(t('cancelled'));
    } catch (e) {
      fail(e);
    }
  }, [fail, show, status, t]);

  const openProject = useCallback(async () => {
    try {
      const result = await api.openProject();
      if (!result) {
        status.show(t('cancelled'));
        return;
      }
      // Everything came from the file: matrix overlay, annotations, history. Reload and tell the other views.
      const next = await reload();
      if (next) announceMatrix(next);
      const opened = t('projectOpened', { path: result.path });
      show({ kind: 'success', text: result.backup ? `${opened} · ${t('projectBackup', { path: result.backup })}` : opened });
    } catch (e) {
      fail(e);
    }
  }, [fail, reload, show, status, t]);

  const reveal = useCallback(
    async (path: string) => {
      try {
        await api.revealFile({ path });
      } catch (e) {
        fail(e);
      }
    },
    [fail],
  );

  return { undo, redo, saveProject, openProject, reveal, fail };
}
