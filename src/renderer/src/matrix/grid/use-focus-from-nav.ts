// "Come back to the same cell": when the shell asks the matrix to show a cell (Back to matrix from the
// reader, a jump from the Annotations tab), select it, scroll it into view, focus it in the grid.
import { useEffect, useRef } from 'react';
import type { GridApi } from 'ag-grid-community';
import { useNav } from '../../app/nav.ts';
import type { CellRef } from '../../app/nav.ts';
import { columnFor, sameCell } from './cell-key.ts';
import type { MatrixRow } from './grid-context.ts';

interface Options {
  gridApi: GridApi<MatrixRow> | null;
  ready: boolean;
  /** Changes each time the grid's rows are recomputed: the row may only exist after that. */
  modelVersion: number;
  /** The cell already selected: when the shell echoes it back, nothing needs doing. */
  selected: CellRef | null;
  select(cell: CellRef): void;
  /** Called when the row is hidden by a filter, so that the cell can be shown. */
  clearFilters(): void;
}

export function revealCell(gridApi: GridApi<MatrixRow>, cell: CellRef): boolean {
  const node = gridApi.getRowNode(cell.domainId);
  if (!node || node.rowIndex === null || !node.displayed) return false;
  const colId = columnFor(cell);
  gridApi.ensureNodeVisible(node, 'middle');
  if (gridApi.getColumn(colId)?.isVisible()) {
    gridApi.ensureColumnVisible(colId);
    gridApi.setFocusedCell(node.rowIndex, colId);
  }
  return true;
}

export function useFocusFromNav({ gridApi, ready, modelVersion, selected, select, clearFilters }: Options): void {
  const nav = useNav();
  const handled = useRef<CellRef | null>(null);
  const focus = nav.matrixFocus;

  useEffect(() => {
    if (!focus || !gridApi || !ready || nav.view !== 'matrix' || handled.current === focus) return;
    if (!gridApi.getRowNode(focus.domainId)) return; // not (yet) in the matrix
    handled.current = focus;
    // Selecting a cell writes it to the location (so a reload keeps it); that echo must not scroll.
    if (sameCell(focus, selected)) return;
    select(focus);
    if (!revealCell(gridApi, focus)) {
      clearFilters();
      // The grid re-filters asynchronously; reveal once the row is back.
      window.setTimeout(() => revealCell(gridApi, focus), 0);
    }
  }, [focus, gridApi, ready, modelVersion, nav.view, selected, select, clearFilters]);
}
