// Works out where every row will land before anything is written. The streaming writer emits the
// sheets in order, so the Matrix sheet can only link to Evidence rows (and Evidence to Sources rows)
// if their row numbers are known up front.
import type { Actor, Annotation, DocumentMeta, Domain, Evidence, Matrix, Paragraph } from '../../../shared/types.ts';

export interface EvidenceLine {
  domain: Domain;
  /** null for evidence behind the alignment judgement. */
  actor: Actor | null;
  evidence: Evidence;
}

export interface Plan {
  evidence: EvidenceLine[];
  /** Row number on the Evidence sheet of the first quote of each cell, keyed by cellKey(). */
  firstEvidenceRow: ReadonlyMap<string, number>;
  /** Row number on the Evidence sheet of each quote, keyed by quoteKey(). */
  evidenceRow: ReadonlyMap<string, number>;
  matrixRow: ReadonlyMap<string, number>;
  /** Cited paragraphs in reading order: documents as listed, then by ordinal. */
  cited: Paragraph[];
  /** Row number on the Sources sheet of each cited paragraph. */
  sourceRow: ReadonlyMap<string, number>;
  /** Annotations on a domain, its cells or its quotes, keyed by domain ID. */
  annotationCount: ReadonlyMap<string, number>;
  sourcesLayout: SourcesLayout;
}

export interface SourcesLayout {
  bibCaptionRow: number;
  bibHeaderRow: number;
  paraCaptionRow: number;
  paraHeaderRow: number;
  firstParaRow: number;
}

/** Header rows: every table sheet has exactly one, in row 1. */
export const HEADER_ROW = 1;

export function cellKey(domainId: string, actorId: string | null): string {
  return `${domainId}/${actorId ?? ''}`;
}

export function quoteKey(domainId: string, actorId: string | null, evidenceId: string): string {
  return `${domainId}/${actorId ?? ''}/${evidenceId}`;
}

export function sourcesLayout(documentCount: number): SourcesLayout {
  // Caption, header, one row per document, a blank row, then the paragraph table.
  const bibCaptionRow = 1;
  const bibHeaderRow = 2;
  const paraCaptionRow = bibHeaderRow + documentCount + 2;
  return { bibCaptionRow, bibHeaderRow, paraCaptionRow, paraHeaderRow: paraCaptionRow + 1, firstParaRow: paraCaptionRow + 2 };
}

export function planExport(
  matrix: Matrix,
  annotations: readonly Annotation[],
  documents: readonly DocumentMeta[],
  paragraphs: ReadonlyMap<string, Paragraph>,
  /** 2 for a bilingual export: each domain has a Chinese and an English row on the Matrix sheet. */
  matrixRowsPerDomain = 1,
): Plan {
  const evidence: EvidenceLine[] = [];
  const firstEvidenceRow = new Map<string, number>();
  const evidenceRow = new Map<string, number>();
  const matrixRow = new Map<string, number>();
  const citedIds = new Set<string>();

  const add = (domain: Domain, actor: Actor | null, list: readonly Evidence[]): void => {
    for (const e of list) {
      const row = HEADER_ROW + 1 + evidence.length;
      evidence.push({ domain, actor, evidence: e });
      const cell = cellKey(domain.id, actor?.id ?? null);
      if (!firstEvidenceRow.has(cell)) firstEvidenceRow.set(cell, row);
      evidenceRow.set(quoteKey(domain.id, actor?.id ?? null, e.id), row);
      if (e.paragraphId && paragraphs.has(e.paragraphId)) citedIds.add(e.paragraphId);
    }
  };

  matrix.domains.forEach((domain, i) => {
    matrixRow.set(domain.id, HEADER_ROW + 1 + i * matrixRowsPerDomain);
    for (const actor of matrix.actors) add(domain, actor, domain.positions[actor.id]?.evidence ?? []);
    add(domain, null, domain.alignment.evidence);
  });

  const docRank = new Map(documents.map((d, i) => [d.id, i]));
  const cited = [...citedIds]
    .map((id) => paragraphs.get(id))
    .filter((p): p is Paragraph => p !== undefined)
    .sort(
      (a, b) =>
        (docRank.get(a.docId) ?? documents.length) - (docRank.get(b.docId) ?? documents.length) ||
        a.docId.localeCompare(b.docId) ||
        a.ordinal - b.ordinal,
    );

  const layout = sourcesLayout(documents.length);
  const sourceRow = new Map(cited.map((p, i) => [p.id, layout.firstParaRow + i]));

  const annotationCount = new Map<string, number>();
  for (const a of annotations) {
    annotationCount.set(a.target.domainId, (annotationCount.get(a.target.domainId) ?? 0) + 1);
  }

  return { evidence, firstEvidenceRow, evidenceRow, matrixRow, cited, sourceRow, annotationCount, sourcesLayout: layout };
}
