// The grid's filters and hidden columns, remembered across visits to other views (view-memory.ts).
import { useCallback, useEffect, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { AlignmentValue } from '../../../../shared/types.ts';
import type { MatrixRow } from '../grid/grid-context.ts';
import { recallView, rememberView } from './view-memory.ts';

function toggled<T>(set: ReadonlySet<T>, item: T, on: boolean): ReadonlySet<T> {
  const next = new Set(set);
  if (on) next.add(item);
  else next.delete(item);
  return next;
}

export function useMatrixFilters(gridApi: GridApi<MatrixRow> | null) {
  const [quick, setQuick] = useState(() => recallView().quickFilter);
  const [alignments, setAlignments] = useState<ReadonlySet<AlignmentValue>>(() => new Set(recallView().alignments));
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set(recallView().hiddenColumns));

  useEffect(() => rememberView({ quickFilter: quick, alignments: [...alignments], hiddenColumns: [...hidden] }), [quick, alignments, hidden]);

  const toggleAlignment = useCallback((value: AlignmentValue) => setAlignments((set) => toggled(set, value, !set.has(value))), []);
  const showColumn = useCallback((colId: string, visible: boolean) => setHidden((set) => toggled(set, colId, !visible)), []);
  const clearFilters = useCallback(() => {
    setQuick('');
    setAlignments(new Set());
    gridApi?.setFilterModel(null);
  }, [gridApi]);

  return { quick, setQuick, alignments, toggleAlignment, hidden, showColumn, clearFilters };
}
