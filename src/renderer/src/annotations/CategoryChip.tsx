// A divergence category as a small labelled chip.
import type { DivergenceCategory } from '../../../shared/types.ts';
import { pick, useLang } from '../app/i18n.ts';
import { CATEGORY_LABELS } from './categories.ts';

export function CategoryChip({ category }: { category: DivergenceCategory }) {
  const { lang } = useLang();
  return (
    <span className={`pm-category pm-category--${category}`} data-category={category}>
      {pick(CATEGORY_LABELS[category], lang)}
    </span>
  );
}
