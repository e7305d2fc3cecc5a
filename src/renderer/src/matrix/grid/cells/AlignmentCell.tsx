// The alignment judgement of a domain as a badge; the cell stands for the whole alignment entry.
import type { CustomCellRendererProps } from 'ag-grid-react';
import { AlignmentBadge } from './AlignmentBadge.tsx';
import { ALIGNMENT_ACTOR } from '../cell-key.ts';
import type { MatrixRow } from '../grid-context.ts';
import { useIsSelected } from '../grid-context.ts';

export function AlignmentCell(props: CustomCellRendererProps<MatrixRow>) {
  const domain = props.data;
  const isSelected = useIsSelected(domain?.id, null);
  if (!domain) return null;
  return (
    <div
      className={`pm-cell pm-cell--badge${isSelected ? ' pm-cell--selected' : ''}`}
      data-domain-id={domain.id}
      data-actor-id={ALIGNMENT_ACTOR}
      data-col="alignment"
      data-selected={isSelected}
    >
      <AlignmentBadge value={domain.alignment.value} />
    </div>
  );
}
