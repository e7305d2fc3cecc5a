// What the exporter needs, already resolved by the caller (no database or electron access here).
import type { ExportLang } from '../../../shared/contract.ts';
import type { Annotation, DocumentMeta, Matrix, Paragraph } from '../../../shared/types.ts';

// Declared once, with the request schemas they are parsed by.
export type { ExportLang, ExportScope } from '../../../shared/contract.ts';

export interface ExportInput {
  /** Already limited to the chosen scope (see selectScope). */
  matrix: Matrix;
  /** Only those whose target domain is in scope. */
  annotations: Annotation[];
  documents: DocumentMeta[];
  /** Contains at least every cited paragraph. */
  paragraphs: ReadonlyMap<string, Paragraph>;
  lang: ExportLang;
  appVersion: string;
  exportedAt: Date;
  /** E.g. "All domains" / "Rows filtered in the grid: divergent" / "Chosen domains: a, b". */
  scopeDescription: string;
}
