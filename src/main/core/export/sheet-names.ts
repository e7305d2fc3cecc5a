// Sheet names are English in every language: links (`#'Evidence'!A12`), formulas and scripts that
// read the export can rely on them, and the localized title is printed in each page header instead.
export const SHEET = {
  matrix: 'Matrix',
  evidence: 'Evidence',
  annotations: 'Annotations',
  sources: 'Sources',
  about: 'About',
} as const;

export type SheetKey = keyof typeof SHEET;

/** In-document link in the form Excel writes it; see hyperlinks.ts for how it reaches the file. */
export function internalLink(sheet: SheetKey, row: number, column = 'A'): string {
  return `#'${SHEET[sheet]}'!${column}${row}`;
}
