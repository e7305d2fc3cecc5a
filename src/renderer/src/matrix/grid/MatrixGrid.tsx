// The AG Grid itself: rows, the alignment chips and the quick filter's matches as an external filter, and the
// clicks and Enter presses that select a cell. Everything else belongs to MatrixView.
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { SyntheticEvent } from 'react';
import type {
  CellClickedEvent,
  CellKeyDownEvent,
  ColDef,
  FullWidthCellKeyDownEvent,
  GridApi,
  GridReadyEvent,
  IRowNode,
  ModelUpdatedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import type { AlignmentValue } from '../../../../shared/types.ts';
import type { CellRef } from '../../app/nav.ts';
import { onRowsUpdated } from '../../app/store/matrix.ts';
import { cellForColumn } from './cell-key.ts';
import { changedColumns } from './changed-columns.ts';
import { GridContext } from './grid-context.ts';
import type { GridContextValue, MatrixRow } from './grid-context.ts';
import { GRID_CSS_LAYER, gridTheme } from './grid-setup.ts';

interface Props {
  rows: MatrixRow[];
  /** Rows of the whole matrix: more than `rows` while only its first page has arrived. */
  totalRows: number;
  /** Called once the first frame with rows is painted (the rest of a first page may then load). */
  onFirstPaint: () => void;
  columns: ColDef<MatrixRow>[];
  context: GridContextValue;
  /** Domains the quick filter matched (main searched them, quotes included); null = no quick filter. */
  quickMatches: ReadonlySet<string> | null;
  alignments: ReadonlySet<AlignmentValue>;
  /** A cell chosen by click or by Enter (`byKeyboard`: then focus follows into the evidence panel). */
  onSelect: (cell: CellRef, byKeyboard: boolean) => void;
  onOpenCompare: (domainId: string) => void;
  /**
   * A cell is about to be chosen: the pointer went down on it, or the click is on its way (AG Grid
   * reports clicks a timer later). For loading what its panel shows while the click is handled.
   */
  onPressCell?: (cell: CellRef) => void;
  onReady: (api: GridApi<MatrixRow>) => void;
  /** Rows left after filtering, each time the grid recomputes them, and whether a column filter is set. */
  onDisplayed: (count: number, columnFiltered: boolean) => void;
}

/** Row count above which the grid renders only the rows in view (and a few beyond). */
const VIRTUALISE_ABOVE = 150;
/**
 * Rows built beyond the viewport in the first frame, counted in the theme's row estimate
 * (ROW_HEIGHT_ESTIMATE, grid-setup.ts): one. Rows that turn out shorter than the estimate leave room
 * that the grid fills before the frame is painted (batched-auto-height.ts).
 */
const FIRST_FRAME_ROW_BUFFER = 1;
/** The buffer once the first frame is painted: some 450 px (AG Grid's default was 10 rows of 36 px). */
const ROW_BUFFER = 3;
/**
 * A row's floor once measured: AG Grid takes the larger of this and its cells' heights. One line, as
 * with AG Grid's own row height before the theme's became an estimate (with a getRowHeight callback,
 * AG Grid positions unmeasured rows by the theme's height and measured ones by this).
 */
const ROW_FLOOR = 36;
const getRowHeight = () => ROW_FLOOR;
/** A buffer that takes in every row: the grid then renders all of them, as suppressRowVirtualisation would. */
const ALL_ROWS = 1_000_000;

/** The matrix cell an event happened in, from the grid's own attributes; null outside one (or in the domain column). */
function cellOf(e: SyntheticEvent): CellRef | null {
  const target = e.target as Element;
  const colId = target.closest?.('.ag-cell[col-id]')?.getAttribute('col-id');
  const rowId = target.closest?.('.ag-row[row-id]')?.getAttribute('row-id');
  return colId && rowId ? cellForColumn(rowId, colId) : null;
}

const getRowId = ({ data }: { data: MatrixRow }) => data.id;

// Module constants and stable callbacks: AgGridReact compares its props by identity, and a new
// defaultColDef object on every render made the grid rebuild its columns and re-render every cell.
const DEFAULT_COL_DEF: ColDef<MatrixRow> = { sortable: true, resizable: true, suppressHeaderMenuButton: false };

/** The grid, re-rendered only when its own props change (not for the view's dialogs, counts, panel…). */
export const MatrixGrid = memo(function MatrixGrid(props: Props) {
  const { alignments, quickMatches, onSelect, onOpenCompare, onDisplayed, onReady, onFirstPaint, onPressCell } = props;
  const apiRef = useRef<GridApi<MatrixRow> | null>(null);
  // The first frame shows the rows in view; the others follow once it has been painted.
  const [firstPainted, setFirstPainted] = useState(false);
  // (With no rows to show, e.g. all filtered out, there is no first frame to wait for.)
  const afterFirstPaint = useCallback(() => requestAnimationFrame(() => window.setTimeout(() => setFirstPainted(true), 0)), []);
  // The grid keeps the filter callbacks it was given first; they read the chips through a ref.
  useEffect(() => {
    if (firstPainted) onFirstPaint();
  }, [firstPainted, onFirstPaint]);
  const filtersRef = useRef({ alignments, quickMatches });
  filtersRef.current = { alignments, quickMatches };

  useEffect(() => {
    apiRef.current?.onFilterChanged();
  }, [alignments, quickMatches]);

  // AG Grid redraws a cell when its value changes; a row whose markers changed (a note added, a quote
  // broken) keeps its text, so the rows the store replaced are redrawn whole. Unchanged rows keep
  // their object, so this finds exactly the rows a write sent.
  const shownRows = useRef(new Map<string, MatrixRow>());
  // A write that changed rows in place reaches the grid as the store takes it in (onRowsUpdated): its
  // rows go to their row nodes by transaction, in the same commit as the rest of the view (a save's
  // row is painted in the frame after main's answer). The rows arrays brought in that way are not
  // given to AG Grid again as rowData (it would compare every row to find what it already has).
  const inGrid = useRef(new WeakSet<readonly MatrixRow[]>());
  useEffect(
    () =>
      onRowsUpdated((view, rows) => {
        const api = apiRef.current;
        if (!api) return;
        const rowNodes = rows.map((r) => api.getRowNode(r.id));
        // A row the grid does not hold yet (the rest of a first page): the whole view goes as rowData.
        if (rowNodes.some((n) => n === undefined)) return;
        // Only the cells whose part of the row changed are redrawn (the transaction redraws a cell
        // whose text changed, not one whose markers did).
        const redraw = rows.map((row, i) => {
          const node = rowNodes[i] as IRowNode<MatrixRow>;
          return { node, columns: node.data ? changedColumns(node.data, row) : null };
        });
        api.applyTransaction({ update: [...rows] });
        for (const { node, columns } of redraw) {
          if (columns === null) api.refreshCells({ rowNodes: [node], force: true });
          else if (columns.length > 0) api.refreshCells({ rowNodes: [node], columns, force: true });
        }
        for (const row of rows) shownRows.current.set(row.id, row);
        inGrid.current.add(view.rows);
      }),
    [],
  );
  const rowData = useRef(props.rows);
  if (props.rows !== rowData.current && !inGrid.current.has(props.rows)) rowData.current = props.rows;
  useEffect(() => {
    const before = shownRows.current;
    const changed: string[] = [];
    const now = new Map<string, MatrixRow>();
    for (const row of props.rows) {
      now.set(row.id, row);
      const old = before.get(row.id);
      if (old && old !== row) changed.push(row.id);
    }
    shownRows.current = now;
    const api = apiRef.current;
    if (!api || changed.length === 0) return;
    const rowNodes = changed.map((id) => api.getRowNode(id)).filter((n): n is IRowNode<MatrixRow> => n !== undefined);
    api.refreshCells({ rowNodes, force: true });
  }, [props.rows]);

  const isExternalFilterPresent = useCallback(() => filtersRef.current.alignments.size > 0 || filtersRef.current.quickMatches !== null, []);
  const doesExternalFilterPass = useCallback((node: IRowNode<MatrixRow>) => {
    const { alignments: chips, quickMatches: matches } = filtersRef.current;
    const row = node.data;
    if (!row) return false;
    return (chips.size === 0 || chips.has(row.alignment.value)) && (matches === null || matches.has(row.id));
  }, []);

  const select = useCallback(
    (data: MatrixRow | undefined, colId: string, byKeyboard: boolean) => {
      if (!data) return;
      if (colId === 'domain') onOpenCompare(data.id);
      const cell = cellForColumn(data.id, colId);
      if (cell) onSelect(cell, byKeyboard);
    },
    [onOpenCompare, onSelect],
  );

  const onGridReady = useCallback(
    (e: GridReadyEvent<MatrixRow>) => {
      apiRef.current = e.api;
      onReady(e.api);
    },
    [onReady],
  );
  const onModelUpdated = useCallback(
    (e: ModelUpdatedEvent<MatrixRow>) => {
      const count = e.api.getDisplayedRowCount();
      if (count === 0) afterFirstPaint();
      onDisplayed(count, e.api.isColumnFilterPresent());
    },
    [onDisplayed, afterFirstPaint],
  );

  // A control inside a cell that does its own thing (the source-note marker) is not a click on the
  // cell: the grid hears clicks before React's handlers could stop them.
  // The click that selected its cell already, as it happened (AG Grid reports it a timer later).
  const selectedBy = useRef<Event | null>(null);
  const onCellClicked = useCallback((e: CellClickedEvent<MatrixRow>) => {
    if ((e.event?.target as Element | null)?.closest?.('[data-own-click]')) return;
    if (e.event && e.event === selectedBy.current) return;
    select(e.data, e.column.getColId(), false);
  }, [select]);
  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<MatrixRow> | FullWidthCellKeyDownEvent<MatrixRow>) => {
      const key = (e.event as KeyboardEvent | null)?.key;
      if (key === 'Enter' && 'column' in e) select(e.data, e.column.getColId(), true);
    },
    [select],
  );

  // Heard on the way down (capture), before AG Grid handles the event; a cell's own controls included.
  const onPress = useCallback(
    (e: SyntheticEvent) => {
      const cell = cellOf(e);
      if (cell) onPressCell?.(cell);
    },
    [onPressCell],
  );
  // A click selects its cell as it happens: the panel renders in this event, not after AG Grid's
  // timer (its onCellClicked then leaves that click alone). The domain column opens the comparison
  // through AG Grid's report, as before.
  const onClickCapture = useCallback(
    (e: SyntheticEvent) => {
      const cell = cellOf(e);
      if (!cell) return;
      onPressCell?.(cell);
      if ((e.target as Element).closest?.('[data-own-click]')) return;
      selectedBy.current = e.nativeEvent;
      onSelect(cell, false);
    },
    [onPressCell, onSelect],
  );

  return (
    <GridContext.Provider value={props.context}>
      <div
        className="pm-grid"
        data-testid="matrix-grid"
        data-region="grid"
        data-painted={!firstPainted ? 'first-frame' : props.rows.length < props.totalRows ? 'first-page' : 'all'}
        onPointerDownCapture={onPress}
        onClickCapture={onClickCapture}
      >
        <AgGridReact<MatrixRow>
          theme={gridTheme}
          themeCssLayer={GRID_CSS_LAYER}
          rowData={rowData.current}
          columnDefs={props.columns}
          getRowId={getRowId}
          getRowHeight={getRowHeight}
          defaultColDef={DEFAULT_COL_DEF}
          isExternalFilterPresent={isExternalFilterPresent}
          doesExternalFilterPass={doesExternalFilterPass}
          suppressNoRowsOverlay
          // A briefing matrix has tens of rows: rendering them all keeps auto heights measured once
          // (no jumps while scrolling) and the DOM in reading order for screen readers. A matrix of
          // hundreds of domains is virtualised instead, or opening and scrolling it would crawl.
          // Either way the first frame builds only the rows in view and a few more: "all rows" is a
          // row buffer that takes them all in (unlike suppressRowVirtualisation it can change after
          // the grid starts), set once that frame is painted.
          rowBuffer={!firstPainted ? FIRST_FRAME_ROW_BUFFER : props.totalRows <= VIRTUALISE_ABOVE ? ALL_ROWS : ROW_BUFFER}
          onFirstDataRendered={afterFirstPaint}
          ensureDomOrder
          // The matrix always scrolls vertically. Reserve the scrollbar from the start, with an explicit
          // width: Chromium's measurement here gave 0, and the last column slid under the scrollbar.
          alwaysShowVerticalScroll
          scrollbarWidth={16}
          suppressDragLeaveHidesColumns
          animateRows={false}
          onGridReady={onGridReady}
          onModelUpdated={onModelUpdated}
          onCellClicked={onCellClicked}
          onCellKeyDown={onCellKeyDown}
        />
      </div>
    </GridContext.Provider>
  );
});
