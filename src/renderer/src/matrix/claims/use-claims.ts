// The claim check of the matrix as main composes it, fetched again whenever the matrix the store holds
// changes (an edit, undo, redo, another window's write, another project). A failed check leaves the last result; it never blocks work.
import { useEffect, useState } from 'react';
import type { ClaimCheck, ClaimFlag } from '../../../../shared/claims.ts';
import { api } from '../../api/client.ts';
import type { CellRef } from '../../app/nav.ts';
import { cellKey } from '../grid/cell-key.ts';

export function useClaims(state: unknown): ClaimCheck | null {
  const [claims, setClaims] = useState<ClaimCheck | null>(null);
  useEffect(() => {
    if (!state) return;
    let current = true;
    api.getClaims().then(
      (next) => current && setClaims(next),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [state]);
  return claims;
}

/** `domain/actor` (`domain/_` for the alignment) → its unsupported items. */
export function flagsByCell(claims: ClaimCheck | null): Map<string, ClaimFlag[]> {
  const map = new Map<string, ClaimFlag[]>();
  for (const f of claims?.unsupported ?? []) {
    const key = cellKey(f);
    map.set(key, [...(map.get(key) ?? []), f]);
  }
  return map;
}

/** Cells with an unsupported item that is not a recorded exception, in matrix order. */
export function claimCells(view: { rows: ReadonlyArray<{ id: string }>; actors: ReadonlyArray<{ id: string }> }, claims: ClaimCheck | null): CellRef[] {
  const open = new Set((claims?.unsupported ?? []).filter((f) => !f.exception).map((f) => cellKey(f)));
  const cells: CellRef[] = [];
  for (const domain of view.rows) {
    for (const actorId of [null, ...view.actors.map((a) => a.id)]) {
      if (open.has(cellKey({ domainId: domain.id, actorId }))) cells.push({ domainId: domain.id, actorId });
    }
  }
  return cells;
}
