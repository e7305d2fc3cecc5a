// Public surface of the Excel export.
export { writeWorkbook } from './write-workbook.ts';
export { selectScope } from './scope.ts';
export { ExportError } from './errors.ts';
export type { ExportErrorCode } from './errors.ts';
export type { ExportInput, ExportLang, ExportScope } from './input.ts';
