// The Annotations tab: every annotation, filtered by category, domain and text; each one leads back
// to its cell in the matrix.
import './annotations.css';
import { useRef, useState } from 'react';
import { pick, useLang, useT } from '../app/i18n.ts';
import { useNav } from '../app/nav.ts';
import { describeError } from '../app/status.ts';
import { useAnnotationList } from '../app/store/cells.ts';
import { useOutline } from '../app/store/outline.ts';
import { AnnotationItem } from './AnnotationItem.tsx';
import { AnnotationTarget } from './AnnotationTarget.tsx';
import { CategoriesDialog } from './CategoriesDialog.tsx';
import { useCategories, useCategoryName } from './categories.ts';
import { messages } from './messages.ts';
import { useFocusKeeper } from '../ui/use-focus-keeper.ts';
import { Button } from '../ui/Button.tsx';
import { Field } from '../ui/Field.tsx';
import { InlineError } from '../ui/InlineError.tsx';

export function AnnotationsView() {
  const t = useT(messages);
  const { lang } = useLang();
  const nav = useNav();
  const root = useRef<HTMLDivElement>(null);
  useFocusKeeper(root);
  const { data: outline } = useOutline();
  const categories = useCategories();
  const categoryName = useCategoryName();
  const [category, setCategory] = useState('');
  const [managing, setManaging] = useState(false);
  const [domainId, setDomainId] = useState('');
  const [query, setQuery] = useState('');
  const filter = { ...(category ? { category } : {}), ...(domainId ? { domainId } : {}), ...(query.trim() ? { query: query.trim() } : {}) };
  const { data: list, error } = useAnnotationList(filter);
  const filtered = category !== '' || domainId !== '' || query.trim() !== '';

  return (
    <div ref={root} className="pm-annotations" data-testid="annotations-view">
      <div className="pm-annotations__bar">
        <h2>
          {t('title')} {list && <span className="pm-count">{list.length}</span>}
        </h2>
        <Field label={t('category')}>
          {(control) => (
            <select {...control} value={category} onChange={(e) => setCategory(e.target.value)} data-testid="annotation-category-filter">
              <option value="">{t('allCategories')}</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {categoryName(c.id)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('domain')}>
          {(control) => (
            <select {...control} value={domainId} onChange={(e) => setDomainId(e.target.value)}>
              <option value="">{t('allDomains')}</option>
              {outline?.domains.map((d) => (
                <option key={d.id} value={d.id}>
                  {pick(d.name, lang)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('search')}>
          {(control) => <input {...control} type="search" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="annotation-search" />}
        </Field>
        <Button onClick={() => setManaging(true)} data-testid="manage-categories">
          {t('manageCategories')}
        </Button>
        {filtered && (
          <Button
            variant="link"
            onClick={() => {
              setCategory('');
              setDomainId('');
              setQuery('');
            }}
          >
            {t('clear')}
          </Button>
        )}
      </div>
      {managing && <CategoriesDialog onClose={() => setManaging(false)} />}
      <div className="pm-annotations__list">
        {error && (
          <InlineError>
            {t('errorPrefix', { message: describeError(error) })}
          </InlineError>
        )}
        {!list && !error && <p className="pm-annotations__empty">{t('loading')}</p>}
        {list && list.length === 0 && <p className="pm-annotations__empty">{filtered ? t('noMatch') : t('none')}</p>}
        {list && list.length > 0 && (
          <ol>
            {list.map((a) => (
              <li key={a.id} className="pm-annotation-row">
                <AnnotationItem
                  annotation={a}
                  actions={
                    <Button
                      size="small"
                      onClick={() => nav.showCell({ domainId: a.target.domainId, actorId: a.target.actorId })}
                      data-testid="show-in-matrix"
                    >
                      ↗ {t('show')}
                    </Button>
                  }
                >
                  <AnnotationTarget target={a.target} outline={outline ?? null} />
                </AnnotationItem>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
