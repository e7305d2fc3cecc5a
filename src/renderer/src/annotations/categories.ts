// Divergence categories with their labels in both languages.
import { DIVERGENCE_CATEGORIES } from '../../../shared/types.ts';
import type { Bilingual, DivergenceCategory } from '../../../shared/types.ts';

export const CATEGORY_LABELS: Record<DivergenceCategory, Bilingual> = {
  purpose: { zh: '目的', en: 'Purpose' },
  'legal-instrument': { zh: '法律工具', en: 'Legal instrument' },
  timing: { zh: '时机（事前 vs 事后）', en: 'Timing (ex-ante vs ex-post)' },
  scope: { zh: '范围', en: 'Scope' },
  'naming-targets': { zh: '点名对象', en: 'Naming targets' },
  participation: { zh: '参与', en: 'Participation' },
  other: { zh: '其他', en: 'Other' },
};

export { DIVERGENCE_CATEGORIES };

export function isCategory(value: string): value is DivergenceCategory {
  return (DIVERGENCE_CATEGORIES as readonly string[]).includes(value);
}
