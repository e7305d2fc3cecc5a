// matrix:repairCandidates — what the repair view of one quote shows: the old selector (exact text
// and its context), the document it cites, and the ranked candidate passages in that document's
// current text. Reads only.
import type { DocumentMeta, Evidence, Paragraph, RepairView } from '../../../../shared/types.ts';
import type { Db } from '../../db/open.ts';
import { keys } from '../keys.ts';
import { readOverlayRow } from '../overlay.ts';
import { findCandidates } from './candidates.ts';

export function repairView(input: {
  db: Db;
  cell: { domainId: string; actorId: string | null };
  quote: Evidence;
  documents: readonly DocumentMeta[];
  /** The cited document's paragraphs in reading order (empty when it is gone). */
  paragraphs: readonly Paragraph[];
}): RepairView {
  const { cell, quote } = input;
  const doc = input.documents.find((d) => d.id === quote.docId);
  const broken = quote.status === 'broken';
  return {
    domainId: cell.domainId,
    actorId: cell.actorId,
    evidenceId: quote.id,
    quote: { docId: quote.docId, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    status: quote.status,
    problemCode: quote.problemCode,
    document: doc ? { id: doc.id, title: doc.title.zh ?? doc.title.en ?? doc.id, paragraphs: input.paragraphs.length } : null,
    // An anchored quote needs no repair: it has no candidates but its own place.
    candidates: broken && doc ? findCandidates(quote, input.paragraphs, { hintParagraphId: storedParagraph(input.db, keys.evidence(cell.domainId, cell.actorId, quote.id)) }) : [],
  };
}

/** The paragraph a stored quote was first anchored in, when its row records one. */
function storedParagraph(db: Db, key: string): string | null {
  const row = readOverlayRow(db, key);
  if (row.value === null) return null;
  try {
    const id = (JSON.parse(row.value) as { paragraphId?: unknown } | null)?.paragraphId;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}
