// "Your annotation categories": the ones this project defines, each with how many annotations use
// it, renamed in both languages (its ID, and so its annotations, stay) or removed while none uses it.
// Each change is one undoable step in main; an error shows beside the category, what was typed stays.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { CATEGORY_NAME_MAX } from '../../../shared/categories.ts';
import type { AnnotationCategory } from '../../../shared/types.ts';
import { api } from '../api/client.ts';
import { useLang, useT } from '../app/i18n.ts';
import { applyEdit } from '../app/store/changes.ts';
import { useAnnotationList } from '../app/store/cells.ts';
import { Button } from '../ui/Button.tsx';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { Field } from '../ui/Field.tsx';
import { InlineError } from '../ui/InlineError.tsx';
import { useSubmit } from '../ui/use-submit.ts';
import { useCategories } from './categories.ts';
import { messages } from './messages.ts';

export function CategoriesDialog({ onClose }: { onClose: () => void }) {
  const t = useT(messages);
  const custom = useCategories().filter((c) => c.custom);
  const { data: all } = useAnnotationList({});
  const uses = (id: string) => all?.filter((a) => a.category === id).length ?? 0;
  return (
    <Dialog title={t('categoriesTitle')} onClose={onClose} testId="categories-dialog">
      {custom.length === 0 ? (
        <p className="pm-field__hint">{t('noCustomCategories')}</p>
      ) : (
        <ul className="pm-category-list">
          {custom.map((c) => (
            <CategoryRow key={c.id} category={c} uses={uses(c.id)} />
          ))}
        </ul>
      )}
      <div className="pm-actions pm-actions--end">
        <Button onClick={onClose} data-autofocus>
          {t('close')}
        </Button>
      </div>
    </Dialog>
  );
}

function CategoryRow({ category, uses }: { category: AnnotationCategory; uses: number }) {
  const t = useT(messages);
  const { lang } = useLang();
  const [renaming, setRenaming] = useState(false);
  const [zh, setZh] = useState(category.name.zh);
  const [en, setEn] = useState(category.name.en);
  const { busy, error, run } = useSubmit();
  const shown = category.name[lang] || category.name.zh;

  async function rename(event: FormEvent) {
    event.preventDefault();
    const ok = await run(async () => applyEdit(await api.renameCategory({ id: category.id, name: { zh: zh.trim(), en: en.trim() } })));
    if (ok) setRenaming(false);
  }

  return (
    <li className="pm-category-list__item" data-category-id={category.id} data-testid="category-row">
      <div className="pm-category-list__head">
        <span className="pm-category pm-category--custom">{shown}</span>
        <span className="pm-category-list__names" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
          {lang === 'zh' ? category.name.en : category.name.zh}
        </span>
        <span className="pm-note__meta">{t('usedBy', { n: uses })}</span>
        {!renaming && (
          <span className="pm-actions pm-actions--small">
            <Button variant="link" onClick={() => setRenaming(true)} aria-label={t('renameCategory', { name: shown })}>
              {t('rename')}
            </Button>
            <ConfirmButton
              label={t('delete')}
              aria-label={t('removeCategory', { name: shown })}
              confirmLabel={t('confirmDelete')}
              cancelLabel={t('cancel')}
              disabled={uses > 0 || busy}
              onConfirm={() => run(async () => applyEdit(await api.removeCategory({ id: category.id })))}
            />
          </span>
        )}
      </div>
      {uses > 0 && !renaming && <p className="pm-field__hint">{t('inUse')}</p>}
      {renaming && (
        <form className="pm-form" onSubmit={(e) => void rename(e)}>
          <Field label={t('categoryNameZh')}>
            {(control) => <input {...control} value={zh} onChange={(e) => setZh(e.target.value)} lang="zh-CN" maxLength={CATEGORY_NAME_MAX} required />}
          </Field>
          <Field label={t('categoryNameEn')}>
            {(control) => <input {...control} value={en} onChange={(e) => setEn(e.target.value)} lang="en" maxLength={CATEGORY_NAME_MAX} required />}
          </Field>
          <div className="pm-actions">
            <Button type="submit" variant="primary" disabled={busy || !zh.trim() || !en.trim()}>
              {t('save')}
            </Button>
            <Button
              onClick={() => {
                setRenaming(false);
                setZh(category.name.zh);
                setEn(category.name.en);
              }}
            >
              {t('cancel')}
            </Button>
          </div>
        </form>
      )}
      {error && <InlineError>{t('errorPrefix', { message: error })}</InlineError>}
    </li>
  );
}
