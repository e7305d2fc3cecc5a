// Annotation categories as the feature shows them: the list (shipped and this project's own) and a
// category's name in the interface language.
import { useCallback } from 'react';
import { categoryName } from '../../../shared/categories.ts';
import { useLang } from '../app/i18n.ts';
import { useCategories } from '../app/store/categories.ts';

export { useCategories };

/** `id → name` in the interface language (a category this project no longer defines shows its ID). */
export function useCategoryName(): (id: string) => string {
  const { lang } = useLang();
  const list = useCategories();
  return useCallback((id: string) => categoryName(id, lang, list), [lang, list]);
}
