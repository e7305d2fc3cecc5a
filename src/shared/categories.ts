// Annotation categories: the shipped ones (DIVERGENCE_CATEGORIES, worded in labels.ts) and the ones
// an analyst defines in a project (key `category/<id>`, value {id, name: {zh, en}}). Main, the
// renderer, the exports and the command line name a category through here, so a custom one reads
// the same everywhere and a shipped one keeps its shipped words.
import { CATEGORY_LABELS } from './labels.ts';
import { DIVERGENCE_CATEGORIES } from './types.ts';
import type { AnnotationCategory, Bilingual, DivergenceCategory, Lang } from './types.ts';

/** Longest name of a category, in either language (a chip and a select option, not a paragraph). */
export const CATEGORY_NAME_MAX = 60;

/** The ID of a category: what annotations store. Lower-case letters, digits and single hyphens. */
export const CATEGORY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const CATEGORY_ID_MAX = 48;

const SHIPPED: ReadonlySet<string> = new Set(DIVERGENCE_CATEGORIES);

export function isShippedCategory(id: string): id is DivergenceCategory {
  return SHIPPED.has(id);
}

/** The shipped categories, in their shipped order. */
export const SHIPPED_CATEGORIES: readonly AnnotationCategory[] = DIVERGENCE_CATEGORIES.map((id) => ({ id, name: CATEGORY_LABELS[id], custom: false }));

type CategoryList = readonly AnnotationCategory[] | ReadonlyMap<string, AnnotationCategory>;

/**
 * A category's name in both languages: the list's (a custom one's as stored), the shipped words for
 * a shipped one, else the ID itself (a category from a damaged file is still shown, not hidden).
 */
export function categoryNames(id: string, list?: CategoryList): Bilingual {
  const found = list ? ('get' in list ? list.get(id) : list.find((c) => c.id === id)) : undefined;
  return found?.name ?? (isShippedCategory(id) ? CATEGORY_LABELS[id] : { zh: id, en: id });
}

/** The name of a category in `lang` (the other language's when that one is empty). */
export function categoryName(id: string, lang: Lang, list?: CategoryList): string {
  const name = categoryNames(id, list);
  return name[lang] || name.zh || name.en || id;
}

/** The categories in list order, then any others the annotations use (unknown ones last, by ID). */
export function categoryOrder(used: Iterable<string>, list: readonly AnnotationCategory[] = SHIPPED_CATEGORIES): string[] {
  const known = list.map((c) => c.id);
  const rest = [...new Set(used)].filter((id) => !known.includes(id)).sort();
  return [...known, ...rest];
}
