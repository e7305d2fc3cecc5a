import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../i18n.ts';
import { shellMessages } from './messages.ts';
import { usePrefs } from '../prefs.ts';
import { describeError, useStatus } from '../status.ts';
import { Button } from '../../ui/Button.tsx';
import { Field } from '../../ui/Field.tsx';

/** The author name, set once: a header button that opens a small modal form. */
export function AuthorControl() {
  const t = useT(shellMessages);
  const { prefs, setAuthor } = usePrefs();
  const status = useStatus();
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const titleId = useId();
  const helpId = useId();

  const open = () => {
    setDraft(prefs.author);
    setError(null);
    dialog.current?.showModal();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = draft.trim();
    if (!name) {
      setError(t('authorEmpty'));
      return;
    }
    setSaving(true);
    try {
      await setAuthor(name);
      dialog.current?.close();
      status.show(t('authorSaved', { name }), 'success');
    } catch (e) {
      setError(describeError(e));
    } finally {
      setSaving(false);
    }
  };

  const hasAuthor = prefs.author.trim().length > 0;
  return (
    <>
      <button type="button" className="author-button" onClick={open} aria-haspopup="dialog" data-unset={!hasAuthor || undefined}>
        <span className="author-icon" aria-hidden="true">
          {hasAuthor ? prefs.author.trim().slice(0, 1).toUpperCase() : '?'}
        </span>
        <span>{hasAuthor ? `${t('author')}: ${prefs.author}` : t('authorUnset')}</span>
      </button>
      <dialog ref={dialog} className="pm-dialog" aria-labelledby={titleId} aria-describedby={helpId}>
        <form onSubmit={(e) => void submit(e)}>
          <h2 id={titleId}>{t('authorTitle')}</h2>
          <p id={helpId} className="muted">
            {t('authorHelp')}
          </p>
          <Field label={t('authorLabel')} labelStyle="prominent" error={error ?? undefined}>
            {(control) => (
              <input {...control} className="pm-input" value={draft} maxLength={120} autoComplete="name" onChange={(e) => setDraft(e.target.value)} />
            )}
          </Field>
          <div className="pm-actions pm-actions--end">
            <Button onClick={() => dialog.current?.close()}>
              {t('cancel')}
            </Button>
            <Button type="submit" variant="primary" disabled={saving}>
              {t('save')}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
