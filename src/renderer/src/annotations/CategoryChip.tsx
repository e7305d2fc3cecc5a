// An annotation category as a small labelled chip; one of this project's own has a plain look.
import { isShippedCategory } from '../../../shared/categories.ts';
import { useCategoryName } from './categories.ts';

export function CategoryChip({ category }: { category: string }) {
  const name = useCategoryName();
  const look = isShippedCategory(category) ? `pm-category--${category}` : 'pm-category--custom';
  return (
    <span className={`pm-category ${look}`} data-category={category}>
      {name(category)}
    </span>
  );
}
