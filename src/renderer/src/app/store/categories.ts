// The annotation categories (categories:list): the shipped ones and the ones this project defines.
// One cache entry, refetched when a write says the categories changed (changes.ts); until the first
// answer the shipped ones stand in, so a form never shows an empty list.
import { useQuery } from '@tanstack/react-query';
import { SHIPPED_CATEGORIES } from '../../../../shared/categories.ts';
import type { AnnotationCategory } from '../../../../shared/types.ts';
import { api } from '../../api/client.ts';
import { queryKeys } from './query-client.ts';

export function useCategories(): readonly AnnotationCategory[] {
  const { data } = useQuery({ queryKey: queryKeys.categories, queryFn: () => api.listCategories() });
  return data ?? SHIPPED_CATEGORIES;
}
