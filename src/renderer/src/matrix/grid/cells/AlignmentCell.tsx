// The alignment judgement of a domain as a badge; the cell stands for the whole alignment entry.
import type { CustomCellRendererProps } from 'ag-grid-react';
import { AlignmentBadge } from './AlignmentBadge.tsx';
import { ALIGNMENT_ACTOR, sameCell } from '../cell-key.ts';
import type { MatrixRow } from '../grid-context.ts';
import { useGridContext } from '../grid-context.ts';

export function AlignmentCell(props: CustomCellRendererProps<MatrixRow>) {
  const { selected } = useGridContext();
  const domain = props.data?.domain;
  if (!domain) return null;
  const isSelected = sameCell(selected, { domainId: domain.id, actorId: null });
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
