// The end of every inline editor in the panel: the error (the typed text stays in the editor), and
// Save / Cancel. Ctrl+Enter saves and Escape cancels from the text field (editorKeys).
import type { KeyboardEvent } from 'react';
import { useT } from '../../../app/i18n.ts';
import { panelMessages } from '../panel-messages.ts';
import { Button } from '../../../ui/Button.tsx';
import { InlineError } from '../../../ui/InlineError.tsx';

interface Props {
  error: string | null;
  busy: boolean;
  onSave: () => void;
  onCancel: () => void;
}

export function EditorActions({ error, busy, onSave, onCancel }: Props) {
  const t = useT(panelMessages);
  return (
    <>
      {error && (
        <InlineError>
          {t('errorPrefix', { message: error })}
        </InlineError>
      )}
      <div className="pm-actions">
        <Button variant="primary" disabled={busy} onClick={onSave}>
          {busy ? t('saving') : t('save')}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </>
  );
}

/** Keyboard shortcuts for an editor's text field. */
export function editorKeys(save: () => void, cancel: () => void, busy: boolean) {
  return (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
    if (e.key === 'Escape' && !busy) cancel();
  };
}
