// Alignment values: their labels in both languages and their order (for sorting and filter chips).
import { ALIGNMENT_VALUES } from '../../../shared/types.ts';
import type { AlignmentValue } from '../../../shared/types.ts';

export { ALIGNMENT_LABELS, ALIGNMENT_MEANINGS as ALIGNMENT_HINTS } from '../../../shared/labels.ts';

export function alignmentRank(value: AlignmentValue): number {
  return ALIGNMENT_VALUES.indexOf(value);
}

export { ALIGNMENT_VALUES };
