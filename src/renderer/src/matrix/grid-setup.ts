// AG Grid 36 needs its features registered once, and styles come from a Theming API object (injected
// by JS, which is why the CSP allows inline styles). Both live here so the grid looks the same everywhere.
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

/** Latin and CJK from one family where possible, so mixed zh/en lines keep one rhythm. */
export const FONT_STACK = ['Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'system-ui', 'sans-serif'];

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
