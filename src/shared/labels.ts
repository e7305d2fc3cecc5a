// Bilingual labels for the fixed vocabularies, shared by the interface and the Excel export so a
// briefing says exactly what the screen says.
import type { AlignmentValue, Bilingual, DivergenceCategory } from './types.ts';

export const ALIGNMENT_LABELS: Record<AlignmentValue, Bilingual> = {
  aligned: { zh: '一致', en: 'Aligned' },
  partly: { zh: '部分一致', en: 'Partly aligned' },
  divergent: { zh: '分歧', en: 'Divergent' },
  'not-covered': { zh: '未涉及', en: 'Not covered' },
};

/** What each alignment value means, for legends. */
export const ALIGNMENT_MEANINGS: Record<AlignmentValue, Bilingual> = {
  aligned: { zh: '两文显示双方路线相同', en: 'The papers show both pursuing the same line' },
  partly: { zh: '方向相同，但目的、范围或手段有实质差异', en: 'Shared direction, material differences in purpose, scope or means' },
  divergent: { zh: '双方路线不同', en: 'The two pursue different lines' },
  'not-covered': { zh: '论文未论及其中一方', en: 'The papers say nothing about one of the actors' },
};

export const CATEGORY_LABELS: Record<DivergenceCategory, Bilingual> = {
  purpose: { zh: '目的', en: 'Purpose' },
  'legal-instrument': { zh: '法律工具', en: 'Legal instrument' },
  timing: { zh: '时机（事前 vs 事后）', en: 'Timing (ex-ante vs ex-post)' },
  scope: { zh: '范围', en: 'Scope' },
  'naming-targets': { zh: '点名对象', en: 'Naming targets' },
  participation: { zh: '参与', en: 'Participation' },
  other: { zh: '其他', en: 'Other' },
};
