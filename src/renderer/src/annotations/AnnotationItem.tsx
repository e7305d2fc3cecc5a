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
import { Button } from '../ui/Button.tsx';
import { InlineError } from '../ui/InlineError.tsx';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';

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
        <InlineError>
          {t('errorPrefix', { message: error })}
        </InlineError>
      )}
      {!editing && (
        <div className="pm-actions pm-actions--small">
          {actions}
          <Button variant="link" onClick={() => setEditing(true)} aria-label={t('editAnnotation')}>
            {t('edit')}
          </Button>
          <ConfirmButton
            label={t('delete')}
            aria-label={t('deleteAnnotation')}
            confirmLabel={t('confirmDelete')}
            cancelLabel={t('cancel')}
            onConfirm={remove}
          />
        </div>
      )}
    </article>
  );
}
