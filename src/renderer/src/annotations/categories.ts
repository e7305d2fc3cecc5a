// Divergence categories with their labels in both languages.
import { DIVERGENCE_CATEGORIES } from '../../../shared/types.ts';
import type { DivergenceCategory } from '../../../shared/types.ts';

export { CATEGORY_LABELS } from '../../../shared/labels.ts';

export { DIVERGENCE_CATEGORIES };

export function isCategory(value: string): value is DivergenceCategory {
  return (DIVERGENCE_CATEGORIES as readonly string[]).includes(value);
}
