// Category + text for a new or edited annotation. On failure the error shows and the text stays.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { DivergenceCategory, Target } from '../../../shared/types.ts';
import { pick, useLang, useT } from '../app/i18n.ts';
import { useSubmit } from '../ui/use-submit.ts';
import { CATEGORY_LABELS, DIVERGENCE_CATEGORIES, isCategory } from './categories.ts';
import { messages } from './messages.ts';

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
  onTargetChange?(id: string): void;
  submitLabel: string;
  onSubmit(change: { category: DivergenceCategory; text: string; target: Target | null }): Promise<void>;
  onCancel?(): void;
}

export function AnnotationForm(props: Props) {
  const t = useT(messages);
  const { lang } = useLang();
  const ids = useId();
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
    <form className="pm-note-form" onSubmit={submit} data-testid="annotation-form">
      <div className="pm-note-form__row">
        {props.targets && props.targets.length > 0 && (
          <label className="pm-field">
            <span className="pm-field__label">{t('target')}</span>
            <select value={chosen?.id ?? ''} onChange={(e) => props.onTargetChange?.(e.target.value)} aria-label={t('target')}>
              {props.targets.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="pm-field">
          <span className="pm-field__label">{t('category')}</span>
          <select value={category} onChange={(e) => isCategory(e.target.value) && setCategory(e.target.value)} aria-label={t('category')}>
            {DIVERGENCE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {pick(CATEGORY_LABELS[c], lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="pm-field" htmlFor={`${ids}-text`}>
        <span className="pm-field__label">{t('text')}</span>
      </label>
      <textarea
        id={`${ids}-text`}
        value={text}
        rows={3}
        placeholder={t('placeholder')}
        aria-label={t('text')}
        onChange={(e) => setText(e.target.value)}
      />
      {error && (
        <p className="pm-error" role="alert">
          {t('errorPrefix', { message: error })}
        </p>
      )}
      <div className="pm-actions">
        <button type="submit" className="pm-button pm-button--primary" disabled={busy || !text.trim()}>
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="pm-button" onClick={props.onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
