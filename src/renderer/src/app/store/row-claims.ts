// The claim check a write sent with its changed rows (main checks a few rows with the step, about a
// millisecond each), remembered by the row object it belongs to: the matrix's claim flags take it from
// here instead of asking main again. Keyed weakly, so a row replaced by a later write takes its check along.
import type { ClaimCheck } from '../../../../shared/claims.ts';
import type { DomainRow } from '../../../../shared/types.ts';

const byRow = new WeakMap<DomainRow, ClaimCheck>();

export function rememberRowClaims(rows: readonly DomainRow[], check: ClaimCheck): void {
  for (const row of rows) {
    byRow.set(row, { unsupported: check.unsupported.filter((f) => f.domainId === row.id), hints: check.hints.filter((h) => h.domainId === row.id) });
  }
}

/** The check sent with this very row object, if any. */
export function rowClaims(row: DomainRow): ClaimCheck | undefined {
  return byRow.get(row);
}
