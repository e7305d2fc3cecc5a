// One annotation: category, text, who and when, with edit and (confirmed) delete.
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Annotation } from '../../../shared/types.ts';
import { api } from '../api/client.ts';
import { applyEdit } from '../app/store/changes.ts';
import { useLang, useT } from '../app/i18n.ts';
import { describeError } from '../app/status.ts';
import { AnnotationForm } from './AnnotationForm.tsx';
import { CategoryChip } from './CategoryChip.tsx';
import { formatTime } from '../app/format-time.ts';
import { messages } from './messages.ts';

interface Props {
  annotation: Annotation;
  /** Called after a successful update or delete (the store has already taken the change). */
  onChanged?: () => void;
  /** Extra content under the header, e.g. where the annotation points. */
  children?: ReactNode;
  actions?: ReactNode;
}

export function AnnotationItem({ annotation, onChanged, children, actions }: Props) {
  const t = useT(messages);
  const { lang } = useLang();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setError(null);
    try {
      applyEdit(await api.deleteAnnotation({ id: annotation.id }));
      onChanged?.();
    } catch (e) {
      setError(describeError(e));
    }
  }

  return (
    <article className="pm-note" data-annotation-id={annotation.id} data-testid="annotation">
      <header className="pm-note__head">
        <CategoryChip category={annotation.category} />
        <span className="pm-note__meta">
          {t('by', { author: annotation.author, time: formatTime(annotation.createdAt, lang) })}
          {annotation.updatedAt !== annotation.createdAt && t('updated', { time: formatTime(annotation.updatedAt, lang) })}
        </span>
      </header>
      {children}
      {editing ? (
        <AnnotationForm
          initialCategory={annotation.category}
          initialText={annotation.text}
          submitLabel={t('save')}
          onCancel={() => setEditing(false)}
          onSubmit={async ({ category, text }) => {
            applyEdit(await api.updateAnnotation({ id: annotation.id, category, text }));
            setEditing(false);
            onChanged?.();
          }}
        />
      ) : (
        <p className="pm-note__text">{annotation.text}</p>
      )}
      {error && (
        <p className="pm-error" role="alert">
          {t('errorPrefix', { message: error })}
        </p>
      )}
      {!editing && (
        <div className="pm-actions pm-actions--small">
          {actions}
          <button type="button" className="pm-link-button" onClick={() => setEditing(true)} aria-label={t('editAnnotation')}>
            {t('edit')}
          </button>
          {confirming ? (
            <>
              <button type="button" className="pm-link-button pm-link-button--danger" onClick={() => void remove()} data-focus-next>
                {t('confirmDelete')}
              </button>
              <button type="button" className="pm-link-button" onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </>
          ) : (
            <button type="button" className="pm-link-button" onClick={() => setConfirming(true)} aria-label={t('deleteAnnotation')} data-focus-next>
              {t('delete')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
