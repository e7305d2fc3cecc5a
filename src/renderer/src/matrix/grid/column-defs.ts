// Column definitions: the pinned domain column, one per actor, the alignment badge and the reason.
// Text columns wrap and let their row grow (autoHeight) so a summary is never cut off.
import type { ColDef, ValueGetterParams } from 'ag-grid-community';
import type { Actor, AlignmentValue, Lang } from '../../../../shared/types.ts';
import { pick } from '../../app/i18n.ts';
import { ALIGNMENT_LABELS, alignmentRank } from '../alignment.ts';
import { AlignmentCell } from './cells/AlignmentCell.tsx';
import { DomainCell } from './cells/DomainCell.tsx';
import type { MatrixRow } from './grid-context.ts';
import { PositionCell } from './cells/PositionCell.tsx';
import { ReasonCell } from './cells/ReasonCell.tsx';

export interface ColumnTitles {
  domain: string;
  alignment: string;
  reason: string;
}

const noQuickText = () => '';

export function buildColumns(actors: Actor[], lang: Lang, hidden: ReadonlySet<string>, titles: ColumnTitles): ColDef<MatrixRow>[] {
  const text: Partial<ColDef<MatrixRow>> = { wrapText: true, autoHeight: true, getQuickFilterText: noQuickText, filter: 'agTextColumnFilter' };
  return [
    {
      colId: 'domain',
      headerName: titles.domain,
      pinned: 'left',
      lockPinned: true,
      lockVisible: true,
      width: 184,
      minWidth: 140,
      ...text,
      valueGetter: (p: ValueGetterParams<MatrixRow>) => pick(p.data?.domain.name, lang),
      filterValueGetter: (p: ValueGetterParams<MatrixRow>) => `${p.data?.domain.name.zh ?? ''} ${p.data?.domain.name.en ?? ''}`,
      // The quick filter sees the whole row through this one column, which can never be hidden.
      getQuickFilterText: (p) => p.data?.search ?? '',
      cellRenderer: DomainCell,
    },
    ...actors.map(
      (actor): ColDef<MatrixRow> => ({
        colId: `actor:${actor.id}`,
        headerName: pick(actor.name, lang),
        flex: 2,
        minWidth: 200,
        hide: hidden.has(`actor:${actor.id}`),
        ...text,
        valueGetter: (p: ValueGetterParams<MatrixRow>) => pick(p.data?.domain.positions[actor.id]?.summary, lang),
        filterValueGetter: (p: ValueGetterParams<MatrixRow>) => {
          const summary = p.data?.domain.positions[actor.id]?.summary;
          return summary ? `${summary.zh} ${summary.en}` : '';
        },
        cellRenderer: PositionCell,
        cellRendererParams: { actorId: actor.id },
      }),
    ),
    {
      colId: 'alignment',
      headerName: titles.alignment,
      width: 142, // fits "Partly aligned" with its dot in English
      minWidth: 132,
      hide: hidden.has('alignment'),
      getQuickFilterText: noQuickText,
      filter: 'agTextColumnFilter',
      valueGetter: (p: ValueGetterParams<MatrixRow>) => p.data?.domain.alignment.value ?? null,
      comparator: (a: AlignmentValue | null, b: AlignmentValue | null) => (a ? alignmentRank(a) : 9) - (b ? alignmentRank(b) : 9),
      // Filter on what the analyst reads in either language, and on the stored value.
      filterValueGetter: (p: ValueGetterParams<MatrixRow>) => {
        const value = p.data?.domain.alignment.value;
        return value ? `${value} ${ALIGNMENT_LABELS[value].zh} ${ALIGNMENT_LABELS[value].en}` : '';
      },
      cellRenderer: AlignmentCell,
    },
    {
      colId: 'reason',
      headerName: titles.reason,
      flex: 1.4,
      minWidth: 170,
      hide: hidden.has('reason'),
      ...text,
      valueGetter: (p: ValueGetterParams<MatrixRow>) => pick(p.data?.domain.alignment.reason, lang),
      filterValueGetter: (p: ValueGetterParams<MatrixRow>) => {
        const reason = p.data?.domain.alignment.reason;
        return reason ? `${reason.zh} ${reason.en}` : '';
      },
      cellRenderer: ReasonCell,
    },
  ];
}

/** The columns the Columns menu may hide (the domain column always stays). */
export function hideableColumns(actors: Actor[], lang: Lang, titles: ColumnTitles): Array<{ id: string; label: string }> {
  return [
    ...actors.map((a) => ({ id: `actor:${a.id}`, label: pick(a.name, lang) })),
    { id: 'alignment', label: titles.alignment },
    { id: 'reason', label: titles.reason },
  ];
}
