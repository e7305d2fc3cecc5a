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
  QuickFilterModule,
  RowApiModule,
  RowAutoHeightModule,
  ScrollApiModule,
  TextFilterModule,
  themeQuartz,
} from 'ag-grid-community';

ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  // forEachNodeAfterFilterAndSort (export of the filtered rows)
  ClientSideRowModelApiModule,
  // getRowNode, getDisplayedRowCount
  RowApiModule,
  // getColumn
  ColumnApiModule,
  // ensureNodeVisible, ensureColumnVisible
  ScrollApiModule,
  // agTextColumnFilter and the filter model API
  TextFilterModule,
  QuickFilterModule,
  // the alignment chips
  ExternalFilterModule,
  // wrapped text cells that grow their row
  RowAutoHeightModule,
]);

/** The app's font stack (app.css picks it per interface language); the comma keeps AG Grid from quoting it. */
export const FONT_STACK = 'var(--font-sans), sans-serif';

export const gridTheme = themeQuartz.withParams({
  fontFamily: FONT_STACK,
  fontSize: 13,
  foregroundColor: '#1d2733',
  backgroundColor: '#ffffff',
  accentColor: '#2458a6',
  headerBackgroundColor: '#eef2f7',
  headerTextColor: '#33415c',
  headerFontWeight: 600,
  headerFontSize: 12.5,
  borderColor: '#d8dee8',
  rowBorder: { color: '#e3e8ef' },
  columnBorder: { color: '#eef1f5' },
  wrapperBorderRadius: 6,
  oddRowBackgroundColor: '#fbfcfd',
  rowHoverColor: '#f4f7fb',
  cellHorizontalPadding: 12,
  spacing: 6,
});
