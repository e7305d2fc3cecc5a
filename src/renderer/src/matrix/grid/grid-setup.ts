// AG Grid 36 needs its features registered once, and styles come from a Theming API object (injected
// by JS, which is why the CSP allows inline styles). Both live here so the grid looks the same everywhere.
//
// Only the modules the matrix uses, not AllCommunityModule: the rest (editors, CSV export, pagination,
// row dragging, tooltips…) more than doubled the chunk the app must load and evaluate before the first
// row. Core (sorting, resizing, moving and pinning columns, keyboard navigation) comes with any of these.
// A feature used without its module logs AG Grid error #200 naming the module to add here.
import {
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ExternalFilterModule,
  ModuleRegistry,
  RenderApiModule,
  RowApiModule,
  ScrollApiModule,
  TextFilterModule,
  themeQuartz,
} from 'ag-grid-community';
import { BatchedRowAutoHeightModule } from './batched-auto-height.ts';

ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  // forEachNodeAfterFilterAndSort (export of the filtered rows)
  ClientSideRowModelApiModule,
  // getRowNode, getDisplayedRowCount
  RowApiModule,
  // getColumn
  ColumnApiModule,
  // refreshCells (rows whose markers changed but not their text)
  RenderApiModule,
  // ensureNodeVisible, ensureColumnVisible
  ScrollApiModule,
  // agTextColumnFilter and the filter model API
  TextFilterModule,
  // the alignment chips and the quick filter's matches
  ExternalFilterModule,
  // wrapped text cells that grow their row, measured together (see batched-auto-height.ts)
  BatchedRowAutoHeightModule,
]);

/** The app's font stack (tokens.css picks it per interface language); the comma keeps AG Grid from quoting it. */
export const FONT_STACK = 'var(--font-sans), sans-serif';

/** The CSS layer AG Grid's own styles go into (declared in ui/tokens.css, below the features' layer). */
export const GRID_CSS_LAYER = 'grid';

/**
 * The height AG Grid assumes for a row it has not measured yet, which decides how many rows it builds
 * for the first frame. Its default (36 px, one line of text) is far below a matrix row: the wrapped
 * summaries make them 165 px (synthetic) to 306–588 px (real data), so it built every row of the real
 * matrix (18 × 5 cells) and 20 × 12 cells of the synthetic one for a window that shows 2 to 4 rows.
 * Below the shortest real row, so the rows it builds still fill the window. Only an estimate: the
 * grid's getRowHeight (MatrixGrid.tsx) keeps the floor of a measured row at one line, as before.
 * (Screenshots of the loaded matrix before and after this estimate are identical pixel for pixel.)
 */
export const ROW_HEIGHT_ESTIMATE = 150;

/** AG Grid's theme, every value read from the tokens (ui/tokens.css): no colour is repeated here. */
export const gridTheme = themeQuartz.withParams({
  rowHeight: ROW_HEIGHT_ESTIMATE,
  fontFamily: FONT_STACK,
  fontSize: 'var(--fs-sm)',
  foregroundColor: 'var(--text)',
  backgroundColor: 'var(--surface)',
  accentColor: 'var(--accent)',
  headerBackgroundColor: 'var(--grid-header-bg)',
  headerTextColor: 'var(--grid-header-text)',
  headerFontWeight: 600,
  headerFontSize: 'var(--fs-sm)',
  borderColor: 'var(--border)',
  rowBorder: { color: 'var(--grid-row-line)' },
  columnBorder: { color: 'var(--grid-column-line)' },
  wrapperBorderRadius: 'var(--radius)',
  oddRowBackgroundColor: 'var(--grid-odd-row)',
  rowHoverColor: 'var(--grid-hover)',
  cellHorizontalPadding: 'var(--space-6)',
  spacing: 'var(--space-3)',
});
