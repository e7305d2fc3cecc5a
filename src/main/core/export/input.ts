// What the exporter needs, already resolved by the caller (no database or electron access here).
import type { Annotation, DocumentMeta, Matrix, Paragraph } from '../../../shared/types.ts';

/** `both` puts Chinese and English in the same cell, Chinese first (see text.ts). */
export type ExportLang = 'zh' | 'en' | 'both';

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
  /** BCP 47 locale of the machine (`zh-CN`, `en-US`): chooses Letter over A4 for an English export in a Letter country. */
  locale?: string;
  /** Chinese names of instrument tags (keyed by the tag as the dataset spells it). */
  instrumentNames?: Readonly<Record<string, string>>;
  /** E.g. "All domains" / "Rows filtered in the grid: divergent" / "Chosen domains: a, b". */
  scopeDescription: string;
}

/** Mirrors exportScopeSchema in shared/contract.ts (kept structural so main can pass the parsed request through). */
export type ExportScope =
  | { kind: 'all' }
  | { kind: 'filtered'; domainIds: readonly string[]; description: string }
  | { kind: 'domains'; domainIds: readonly string[] };
