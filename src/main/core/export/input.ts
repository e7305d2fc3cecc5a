// What the exporter needs, already resolved by the caller (no database or electron access here).
import type { ClaimFlag } from '../../../shared/claims.ts';
import type { ExportLang } from '../../../shared/contract.ts';
import type { Annotation, AnnotationCategory, DocumentMeta, Matrix, Paragraph, SourceInfo } from '../../../shared/types.ts';

// Declared once, with the request schemas they are parsed by.
export type { ExportLang, ExportScope } from '../../../shared/contract.ts';

export interface ExportInput {
  /** Already limited to the chosen scope (see selectScope). */
  matrix: Matrix;
  /** Only those whose target domain is in scope. */
  annotations: Annotation[];
  /** The annotation categories, shipped and this project's own (absent: the shipped names; a custom one shows its ID). */
  categories?: readonly AnnotationCategory[];
  /** `source`: an imported source's stored metadata (the Sources sheet gives it columns of its own). */
  documents: Array<DocumentMeta & { source?: SourceInfo | null }>;
  /** Contains at least every cited paragraph. */
  paragraphs: ReadonlyMap<string, Paragraph>;
  lang: ExportLang;
  appVersion: string;
  exportedAt: Date;
  /** The claim check's unsupported items for the domains in scope (absent: the check was not run). */
  claims?: readonly ClaimFlag[];
  /** BCP 47 locale of the machine (`zh-CN`, `en-US`): chooses Letter over A4 for an English export in a Letter country. */
  locale?: string;
  /** Chinese names of instrument tags (keyed by the tag as the dataset spells it). */
  instrumentNames?: Readonly<Record<string, string>>;
  /** E.g. "All domains" / "Rows filtered in the grid: divergent" / "Chosen domains: a, b". */
  scopeDescription: string;
}
