// Alignment values: their labels in both languages and their order (for sorting and filter chips).
import { ALIGNMENT_VALUES } from '../../../shared/types.ts';
import type { AlignmentValue, Bilingual } from '../../../shared/types.ts';

export const ALIGNMENT_LABELS: Record<AlignmentValue, Bilingual> = {
  aligned: { zh: '一致', en: 'Aligned' },
  partly: { zh: '部分一致', en: 'Partly aligned' },
  divergent: { zh: '分歧', en: 'Divergent' },
  'not-covered': { zh: '未涉及', en: 'Not covered' },
};

/** What each value means, for the legend's tooltip. */
export const ALIGNMENT_HINTS: Record<AlignmentValue, Bilingual> = {
  aligned: { zh: '两文显示双方路线相同', en: 'The papers show both pursuing the same line' },
  partly: { zh: '方向相同，但目的、范围或手段有实质差异', en: 'Shared direction, material differences in purpose, scope or means' },
  divergent: { zh: '双方路线不同', en: 'The two pursue different lines' },
  'not-covered': { zh: '论文未论及其中一方', en: 'The papers say nothing about one of the actors' },
};

export function alignmentRank(value: AlignmentValue): number {
  return ALIGNMENT_VALUES.indexOf(value);
}

export { ALIGNMENT_VALUES };
