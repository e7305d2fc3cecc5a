// Repairing a broken quote: the quote keeps its ID (so its annotations and its place in the cell
// stay), and its selector is replaced by one for the passage the analyst accepted or selected.
// One step of the edit log; the history keeps the old and the new selector, and Undo brings the
// broken quote back exactly as it was.
import type { Evidence, Paragraph, StepLabel } from '../../../../shared/types.ts';
import type { Db } from '../../db/open.ts';
import { AppError, notFound } from '../../errors.ts';
import { setValue } from '../../history/edit-log.ts';
import type { Step } from '../../history/edit-log.ts';
import { selectorFor } from '../anchor.ts';
import type { StoredEvidence } from '../compose.ts';
import { keys } from '../keys.ts';
import { readOverlayRow } from '../overlay.ts';

/** Where the repaired quote points now: a candidate's passage, or a selection in the reader. */
export interface RepairTarget {
  paragraphId: string;
  start: number;
  exact: string;
}

export function repairStep(
  db: Db,
  paragraphs: ReadonlyMap<string, Paragraph>,
  cell: { domainId: string; actorId: string | null },
  current: Evidence | undefined,
  to: RepairTarget,
): Step {
  const { domainId, actorId } = cell;
  if (!current) throw notFound(`No quote with that ID in ${domainId}/${actorId ?? 'alignment'}`);
  if (current.status !== 'broken') throw new AppError('conflict', 'This quote still occurs verbatim in its source: there is nothing to repair.');
  const paragraph = paragraphs.get(to.paragraphId);
  if (!paragraph) throw notFound(`Unknown paragraph: ${to.paragraphId}`);
  if (!to.exact.trim()) throw new AppError('invalid-request', 'Select some text to use as the quote.');
  if (paragraph.text.slice(to.start, to.start + to.exact.length) !== to.exact) {
    throw new AppError('invalid-request', `The selected text does not occur at that place in paragraph ${to.paragraphId}.`);
  }
  const key = keys.evidence(domainId, actorId, current.id);
  const stored: StoredEvidence = { ...selectorFor(paragraph, to.start, to.exact), paragraphId: paragraph.id };
  if (current.origin === 'user') {
    // Added quotes are listed in the order they were added (their row's time); a repair rewrites the
    // row, so it carries that time along and the quote keeps its place in the cell.
    const row = readOverlayRow(db, key);
    const was = row.value === null ? null : (JSON.parse(row.value) as Partial<StoredEvidence> & { addedAt?: unknown });
    const addedAt = typeof was?.addedAt === 'string' ? was.addedAt : row.updatedAt;
    if (addedAt) Object.assign(stored, { addedAt });
  }
  const label: StepLabel = { kind: 'repair-evidence', target: { domainId, actorId, evidenceId: current.id }, field: 'evidence', lang: null, choice: null };
  return { label, changes: [setValue(key, stored)] };
}
