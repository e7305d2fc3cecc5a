import type { ExportLang, ExportScope } from '../../shared/contract.ts';
import type { ExportProgress, ExportResult, Paragraph } from '../../shared/types.ts';
import { AppError } from './errors.ts';
import { writeBriefing } from './export/briefing/index.ts';
import { ExportError, selectScope, writeWorkbook } from './export/index.ts';
import type { Workspace } from './workspace.ts';

export type { ExportScope } from '../../shared/contract.ts';

export interface ExportJob {
  out: string;
  lang: ExportLang;
  scope: ExportScope;
  appVersion: string;
  /** Excel workbook (default) or Word briefing. */
  format?: 'xlsx' | 'docx';
  /** The machine's locale: an English export in a Letter country prints on Letter, otherwise A4. */
  locale?: string;
}

/** Gather the scoped matrix, its annotations and cited paragraphs, and write the workbook or briefing. */
export async function runExport(ws: Workspace, job: ExportJob, onProgress?: (p: ExportProgress) => void): Promise<ExportResult> {
  try {
    return await exportWorkbook(ws, job, onProgress);
  } catch (error) {
    if (error instanceof ExportError) throw new AppError(error.code === 'unknown-domain' ? 'not-found' : 'io', error.message);
    throw error;
  }
}

async function exportWorkbook(ws: Workspace, job: ExportJob, onProgress?: (p: ExportProgress) => void): Promise<ExportResult> {
  const { matrix, description } = selectScope(ws.matrix(), job.scope, job.lang);
  const inScope = new Set(matrix.domains.map((d) => d.id));
  const annotations = ws.listAnnotations().filter((a) => inScope.has(a.target.domainId));
  const paragraphs = new Map<string, Paragraph>(ws.paragraphs.map((p) => [p.id, p]));
  const write = job.format === 'docx' ? writeBriefing : writeWorkbook;
  return write(
    {
      matrix,
      annotations,
      categories: ws.listCategories(),
      // The listing carries each document's origin (the Sources sheet says what an imported one was made from).
      documents: ws.listDocuments(),
      paragraphs,
      lang: job.lang,
      appVersion: job.appVersion,
      exportedAt: new Date(),
      scopeDescription: description,
      claims: ws.claimCheck(matrix).unsupported,
      instrumentNames: ws.instrumentNames(),
      ...(job.locale ? { locale: job.locale } : {}),
    },
    job.out,
    onProgress,
  );
}
