// One string per matrix cell, the same shape main uses for annotation counts: `domainId/actorId`,
// with `_` for the alignment column.
import type { CellRef } from '../../app/nav.ts';

export const ALIGNMENT_ACTOR = '_';

export function cellKey(cell: CellRef): string {
  return `${cell.domainId}/${cell.actorId ?? ALIGNMENT_ACTOR}`;
}

export function sameCell(a: CellRef | null, b: CellRef | null): boolean {
  return !!a && !!b && a.domainId === b.domainId && a.actorId === b.actorId;
}

/** Grid column IDs: `actor:<id>` for positions; alignment and reason both stand for the alignment cell. */
export function columnFor(cell: CellRef): string {
  return cell.actorId === null ? 'alignment' : `actor:${cell.actorId}`;
}

export function cellForColumn(domainId: string, colId: string): CellRef | null {
  if (colId.startsWith('actor:')) return { domainId, actorId: colId.slice('actor:'.length) };
  if (colId === 'alignment' || colId === 'reason') return { domainId, actorId: null };
  return null;
}
