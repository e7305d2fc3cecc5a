// Category + text for a new or edited annotation. On failure the error shows and the text stays.
// "+ New category…" beside the category opens a dialog (a button, not an option of the select: a
// select fires its change on every arrow key, so an option would open the dialog while browsing).
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { categoryName } from '../../../shared/categories.ts';
import type { AnnotationCategory, Target } from '../../../shared/types.ts';
import { useLang, useT } from '../app/i18n.ts';
import { useSubmit } from '../ui/use-submit.ts';
import { useCategories } from './categories.ts';
import { messages } from './messages.ts';
import { NewCategoryDialog } from './NewCategoryDialog.tsx';
import { Button } from '../ui/Button.tsx';
import { Field } from '../ui/Field.tsx';

export interface TargetOption {
  id: string;
  label: string;
  target: Target;
}

interface Props {
  initialCategory?: string;
  initialText?: string;
  /** Offered when adding; absent when editing (an annotation keeps its target). */
  targets?: TargetOption[];
  targetId?: string;
  onTargetChange?: (id: string) => void;
  submitLabel: string;
  onSubmit: (change: { category: string; text: string; target: Target | null }) => Promise<void>;
  onCancel?: () => void;
}

export function AnnotationForm(props: Props) {
  const t = useT(messages);
  const { lang } = useLang();
  const [category, setCategory] = useState<string>(props.initialCategory ?? 'other');
  const [text, setText] = useState(props.initialText ?? '');
  const [creating, setCreating] = useState(false);
  // The category just created, shown until the list (refetched after the write) has it.
  const [created, setCreated] = useState<AnnotationCategory | null>(null);
  const select = useRef<HTMLSelectElement>(null);
  const refocus = useRef(false);
  const categories = useCategories();
  // An annotation in a category this project no longer lists keeps it until another is chosen.
  const options = categories.some((c) => c.id === category)
    ? categories
    : [...categories, created?.id === category ? created : { id: category, name: { zh: category, en: category }, custom: true }];
  // Back to the category once the dialog is gone (its closing would otherwise hand focus to the button).
  useEffect(() => {
    if (creating || !refocus.current) return;
    refocus.current = false;
    select.current?.focus();
  }, [creating]);
  const { busy, error, run } = useSubmit();
  const chosen = props.targets?.find((o) => o.id === props.targetId) ?? props.targets?.[0] ?? null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || busy) return;
    await run(async () => {
      await props.onSubmit({ category, text, target: chosen?.target ?? null });
      if (!props.initialText) setText('');
    });
  }

  return (
    <>
      <form className="pm-note-form" onSubmit={(e) => void submit(e)} data-testid="annotation-form">
        <div className="pm-note-form__row">
          {props.targets && props.targets.length > 0 && (
            <Field label={t('target')}>
              {(control) => (
                <select {...control} value={chosen?.id ?? ''} onChange={(e) => props.onTargetChange?.(e.target.value)}>
                  {props.targets?.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label={t('category')}>
            {(control) => (
              <select {...control} ref={select} value={category} onChange={(e) => setCategory(e.target.value)} data-testid="annotation-category">
                {options.map((c) => (
                  <option key={c.id} value={c.id}>
                    {categoryName(c.id, lang, options)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Button className="pm-note-form__new-category" onClick={() => setCreating(true)} data-testid="new-category">
            {t('newCategory')}
          </Button>
        </div>
        <Field label={t('text')} error={error && t('errorPrefix', { message: error })}>
          {(control) => <textarea {...control} value={text} rows={3} placeholder={t('placeholder')} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <div className="pm-actions">
          <Button type="submit" variant="primary" disabled={busy || !text.trim()}>
            {props.submitLabel}
          </Button>
          {props.onCancel && (
            <Button onClick={props.onCancel}>
              {t('cancel')}
            </Button>
          )}
        </div>
      </form>
      {/* Outside the form: a dialog's form inside it would be a nested form. */}
      {creating && (
        <NewCategoryDialog
          onClose={() => {
            refocus.current = true;
            setCreating(false);
          }}
          onCreated={(category) => {
            setCreated({ ...category, custom: true });
            setCategory(category.id);
            refocus.current = true;
            setCreating(false);
          }}
        />
      )}
    </>
  );
}
