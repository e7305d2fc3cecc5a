// Sheet names in the export's language: the tabs are what a reader of the file sees first. Links
// (`#'证据'!A12`) are built from the same table, so they follow the names.
import type { ExportLang } from './input.ts';

const NAMES = {
  matrix: { zh: '矩阵', en: 'Matrix' },
  evidence: { zh: '证据', en: 'Evidence' },
  annotations: { zh: '批注', en: 'Annotations' },
  sources: { zh: '来源', en: 'Sources' },
  about: { zh: '说明', en: 'About' },
} as const;

export type SheetKey = keyof typeof NAMES;
export const SHEET_KEYS = Object.keys(NAMES) as SheetKey[];

/** `矩阵`, `Matrix`, or for a bilingual export `矩阵 Matrix` (well inside Excel's 31 characters). */
export function sheetName(key: SheetKey, lang: ExportLang): string {
  const n = NAMES[key];
  return lang === 'both' ? `${n.zh} ${n.en}` : n[lang];
}

/** In-document link in the form Excel writes it; see hyperlinks.ts for how it reaches the file. */
export function internalLink(lang: ExportLang, sheet: SheetKey, row: number, column = 'A'): string {
  return `#'${sheetName(sheet, lang)}'!${column}${row}`;
}
