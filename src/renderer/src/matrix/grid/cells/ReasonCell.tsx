// Why the domain got its alignment value, with the markers of the alignment's own evidence.
import type { CustomCellRendererProps } from 'ag-grid-react';
import { pick, useLang } from '../../../app/i18n.ts';
import { CellMarkers } from './CellMarkers.tsx';
import { ALIGNMENT_ACTOR } from '../cell-key.ts';
import type { MatrixRow } from '../grid-context.ts';
import { useIsSelected } from '../grid-context.ts';

export function ReasonCell(props: CustomCellRendererProps<MatrixRow>) {
  const { lang } = useLang();
  const domain = props.data;
  const isSelected = useIsSelected(domain?.id, null);
  if (!domain) return null;
  const cell = { domainId: domain.id, actorId: null };
  return (
    <div
      className={`pm-cell${isSelected ? ' pm-cell--selected' : ''}`}
      data-domain-id={domain.id}
      data-actor-id={ALIGNMENT_ACTOR}
      data-col="reason"
      data-selected={isSelected}
    >
      <p className="pm-cell__text">{pick(domain.alignment.reason, lang)}</p>
      <CellMarkers cell={cell} marks={domain.alignment} />
    </div>
  );
}
