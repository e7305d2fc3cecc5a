// Which of a row's columns a write changed, so that the grid redraws those cells and not the whole
// row: a saved summary redraws its actor's cell (one of 12 in the synthetic matrix). Compared by
// value (main sends the changed row whole, every part a new object); null means every column (the
// domain itself changed: its name, note, annotations or order).
import type { DomainRow } from '../../../../shared/types.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function changedColumns(before: DomainRow, after: DomainRow): string[] | null {
  const { alignment: a0, positions: p0, ...rest0 } = before;
  const { alignment: a1, positions: p1, ...rest1 } = after;
  if (!same(rest0, rest1)) return null;
  const columns: string[] = [];
  if (!same(a0, a1)) columns.push('alignment', 'reason');
  const actors = new Set([...p0.map((p) => p.actorId), ...p1.map((p) => p.actorId)]);
  for (const actorId of actors) {
    if (!same(p0.find((p) => p.actorId === actorId), p1.find((p) => p.actorId === actorId))) columns.push(`actor:${actorId}`);
  }
  return columns;
}
