// "New annotation category": its name in Chinese and in English. Main derives the ID, checks the
// names (both given, short, not taken) and writes it as one undoable step; an error leaves the dialog
// open with everything typed.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { CATEGORY_NAME_MAX } from '../../../shared/categories.ts';
import type { CategoryValue } from '../../../shared/types.ts';
import { api } from '../api/client.ts';
import { useT } from '../app/i18n.ts';
import { applyEdit } from '../app/store/changes.ts';
import { Button } from '../ui/Button.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { Field } from '../ui/Field.tsx';
import { InlineError } from '../ui/InlineError.tsx';
import { useSubmit } from '../ui/use-submit.ts';
import { messages } from './messages.ts';

interface Props {
  onCreated: (category: CategoryValue) => void;
  onClose: () => void;
}

export function NewCategoryDialog({ onCreated, onClose }: Props) {
  const t = useT(messages);
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');
  const { busy, error, run } = useSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The dialog's form is its own: it never submits the annotation form it was opened from.
    event.stopPropagation();
    await run(async () => {
      const result = await api.addCategory({ name: { zh: zh.trim(), en: en.trim() } });
      applyEdit(result);
      onCreated(result.category);
    });
  }

  return (
    <Dialog title={t('newCategoryTitle')} onClose={onClose} testId="new-category-dialog">
      <form className="pm-form" onSubmit={(e) => void submit(e)}>
        <p className="pm-field__hint">{t('categoryHint')}</p>
        <Field label={t('categoryNameZh')}>
          {(control) => <input {...control} value={zh} onChange={(e) => setZh(e.target.value)} lang="zh-CN" maxLength={CATEGORY_NAME_MAX} required data-autofocus data-testid="category-name-zh" />}
        </Field>
        <Field label={t('categoryNameEn')}>
          {(control) => <input {...control} value={en} onChange={(e) => setEn(e.target.value)} lang="en" maxLength={CATEGORY_NAME_MAX} required data-testid="category-name-en" />}
        </Field>
        {error && <InlineError>{t('errorPrefix', { message: error })}</InlineError>}
        <div className="pm-actions pm-actions--end">
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy || !zh.trim() || !en.trim()}>
            {t('create')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
