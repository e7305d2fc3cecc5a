// Undo, redo and the project file from the matrix view: each calls main, the store takes what changed
// (the result, and main's matrix:changed), and the view says what happened.
import { useCallback } from 'react';
import { api } from '../../api/client.ts';
import { useT } from '../../app/i18n.ts';
import { describeError, useStatus } from '../../app/status.ts';
import { applyEdit, reloadAll } from '../../app/store/changes.ts';
import { useEditCommand } from '../../app/use-edit-command.ts';
import { messages } from '../messages.ts';
import type { Notice } from './use-notice.ts';

export function useMatrixCommands(show: (notice: Notice) => void) {
  const t = useT(messages);
  const status = useStatus();
  const edit = useEditCommand();
  const fail = useCallback((e: unknown) => show({ kind: 'error', text: t('errorPrefix', { message: describeError(e) }) }), [show, t]);

  // The toolbar's buttons and the matrix's keys act on the matrix even when a field has focus.
  const undo = useCallback(() => edit('undo', false), [edit]);
  const redo = useCallback(() => edit('redo', false), [edit]);

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
      // Everything came from the file: matrix overlay, annotations, history (main also says so).
      await reloadAll();
      const opened = [t('projectOpened', { path: result.path })];
      if (result.sources) opened.push(t('projectSources', { n: result.sources }));
      if (result.brokenQuotes?.length) opened.push(t('brokenQuotes', { n: result.brokenQuotes.length }));
      if (result.backup) opened.push(t('projectBackup', { path: result.backup }));
      const details = [...(result.ignored ?? []).map((i) => `${i.what}: ${i.reason}`), ...(result.warnings ?? []).map((w) => t('mergeWarnings', { text: w }))];
      show({ kind: 'success', text: opened.join(' · '), ...(details.length ? { details } : {}) });
    } catch (e) {
      fail(e);
    }
  }, [fail, show, status, t]);

  // One step: the result patches the matrix like any edit; the notice says what was merged.
  const mergeProject = useCallback(async () => {
    try {
      const result = await api.mergeProject();
      if (!result) {
        status.show(t('cancelled'));
        return;
      }
      applyEdit(result);
      const r = result.report;
      const by = r.sender ? t('mergeSender', { author: r.sender }) : t('mergeUnknownSender');
      const parts = [t('projectMerged', { file: r.file, by, added: r.annotationsAdded, taken: r.editsTaken, identical: r.identical, conflicts: r.conflicts.length })];
      if (r.sourcesAdded) parts.push(t('mergeSourcesAdded', { n: r.sourcesAdded }));
      if (r.brokenQuotes?.length) parts.push(t('brokenQuotes', { n: r.brokenQuotes.length }));
      const text = parts.join(' · ');
      const details = [...r.ignored.map((i) => `${i.what}: ${i.reason}`), ...r.warnings.map((w) => t('mergeWarnings', { text: w }))];
      show({ kind: 'success', text: r.ignored.length ? `${text} · ${t('mergeIgnored', { n: r.ignored.length })}` : text, ...(details.length ? { details } : {}) });
    } catch (e) {
      fail(e);
    }
  }, [fail, show, status, t]);

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

  return { undo, redo, saveProject, openProject, mergeProject, reveal, fail };
}
