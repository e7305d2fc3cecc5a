// Category + text for a new or edited annotation. On failure the error shows and the text stays.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { DivergenceCategory, Target } from '../../../shared/types.ts';
import { pick, useLang, useT } from '../app/i18n.ts';
import { useSubmit } from '../ui/use-submit.ts';
import { CATEGORY_LABELS, DIVERGENCE_CATEGORIES, isCategory } from './categories.ts';
import { messages } from './messages.ts';
import { Button } from '../ui/Button.tsx';
import { Field } from '../ui/Field.tsx';

export interface TargetOption {
  id: string;
  label: string;
  target: Target;
}

interface Props {
  initialCategory?: DivergenceCategory;
  initialText?: string;
  /** Offered when adding; absent when editing (an annotation keeps its target). */
  targets?: TargetOption[];
  targetId?: string;
  onTargetChange?: (id: string) => void;
  submitLabel: string;
  onSubmit: (change: { category: DivergenceCategory; text: string; target: Target | null }) => Promise<void>;
  onCancel?: () => void;
}

export function AnnotationForm(props: Props) {
  const t = useT(messages);
  const { lang } = useLang();
  const [category, setCategory] = useState<DivergenceCategory>(props.initialCategory ?? 'other');
  const [text, setText] = useState(props.initialText ?? '');
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
            <select {...control} value={category} onChange={(e) => isCategory(e.target.value) && setCategory(e.target.value)}>
              {DIVERGENCE_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {pick(CATEGORY_LABELS[c], lang)}
                </option>
              ))}
            </select>
          )}
        </Field>
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
  );
}
