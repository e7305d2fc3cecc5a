// The claim check of the matrix as main composes it, kept current as the matrix the store holds
// changes (an edit, undo, redo, another window's write, another project). The first check of the whole
// matrix waits until the renderer is idle after the first paint (the flags are not needed to read the
// first rows); after that only the domains whose rows changed are checked again (rows keep their
// identity unless a write replaced them; a write sends the check of a few rows with them, taken in
// without asking), and the flags of the other domains keep their identity too,
// so only the cells of changed domains re-render. A failed check leaves the last result; it never
// blocks work. An answer never replaces a domain's part newer than its question (claims-book.ts).
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ClaimCheck, ClaimFlag, ModalityHint } from '../../../../shared/claims.ts';
import type { MatrixView } from '../../../../shared/types.ts';
import { api } from '../../api/client.ts';
import type { CellRef } from '../../app/nav.ts';
import { storeVersion } from '../../app/store/changes.ts';
import { isPartial } from '../../app/store/matrix.ts';
import { rowClaims } from '../../app/store/row-claims.ts';
import { cellKey } from '../grid/cell-key.ts';
import { takeAnswer, takeSent } from './claims-book.ts';
import type { Versioned } from './claims-book.ts';

/** One domain's part of the check, with its flags grouped by cell. */
interface DomainClaims {
  unsupported: ClaimFlag[];
  hints: ModalityHint[];
  byCell: Map<string, ClaimFlag[]>;
  /** Cells with items that are not recorded exceptions, in matrix order, and how many items. */
  openCells: CellRef[];
  openCount: number;
}

export interface MatrixClaims {
  check: ClaimCheck;
  /** `domain/actor` (`domain/_` for the alignment) → its unsupported items. */
  byCell: ReadonlyMap<string, ClaimFlag[]>;
  /** Unsupported items that are not recorded exceptions, and their cells in matrix order. */
  open: { count: number; cells: CellRef[] };
}

/** Above this many changed rows the whole matrix is checked again. */
const WHOLE_MATRIX_ABOVE = 200;
/**
 * The whole matrix is asked for this many domains at a time: main answers calls in order, so a click
 * (a cell's quotes) waits for one part, not for the whole check (seconds on 1,000 domains).
 */
const DOMAINS_PER_CALL = 50;

function group(check: ClaimCheck, domainIds: readonly string[] | null, actorIds: readonly string[]): Map<string, DomainClaims> {
  const out = new Map<string, DomainClaims>();
  const entry = (id: string) => {
    let e = out.get(id);
    if (!e) out.set(id, (e = { unsupported: [], hints: [], byCell: new Map(), openCells: [], openCount: 0 }));
    return e;
  };
  for (const id of domainIds ?? []) entry(id);
  for (const f of check.unsupported) {
    const e = entry(f.domainId);
    e.unsupported.push(f);
    const key = cellKey(f);
    const list = e.byCell.get(key);
    if (list) list.push(f);
    else e.byCell.set(key, [f]);
  }
  for (const h of check.hints) entry(h.domainId).hints.push(h);
  for (const [domainId, e] of out) {
    for (const actorId of [null, ...actorIds]) {
      const open = e.byCell.get(cellKey({ domainId, actorId }))?.filter((f) => !f.exception).length ?? 0;
      if (open > 0) e.openCells.push({ domainId, actorId });
      e.openCount += open;
    }
  }
  return out;
}

/** The whole result in matrix order (domains as listed, each domain's items as main ordered them). */
type Held = ReadonlyMap<string, Versioned<DomainClaims>>;

function assemble(view: MatrixView, domains: Held): MatrixClaims {
  const check: ClaimCheck = { unsupported: [], hints: [] };
  const byCell = new Map<string, ClaimFlag[]>();
  const cells: CellRef[] = [];
  let count = 0;
  for (const row of view.rows) {
    const d = domains.get(row.id)?.part;
    if (!d) continue;
    for (const f of d.unsupported) check.unsupported.push(f);
    for (const h of d.hints) check.hints.push(h);
    for (const [key, flags] of d.byCell) byCell.set(key, flags);
    for (const cell of d.openCells) cells.push(cell);
    count += d.openCount;
  }
  return { check, byCell, open: { count, cells } };
}

export function useClaims(view: MatrixView | undefined): MatrixClaims | null {
  const [claims, setClaims] = useState<MatrixClaims | null>(null);
  const domains = useRef<Held | null>(null);
  const checked = useRef<MatrixView | null>(null);
  const latest = useRef<MatrixView | undefined>(view);
  latest.current = view;
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  // Before paint (a layout effect): a write's own check of its rows shows in the frame that shows the write.
  useLayoutEffect(() => {
    // A first page of a large matrix: the whole matrix follows at once, and is checked then (checking
    // the first page too would do its rows twice).
    if (!view || isPartial(view)) return;
    const before = checked.current;
    checked.current = view;
    let ids: string[] | null = null;
    if (before && before.actors === view.actors) {
      const old = new Map(before.rows.map((r) => [r.id, r]));
      ids = view.rows.filter((r) => old.get(r.id) !== r).map((r) => r.id);
      if (ids.length === 0) {
        // Rows removed or reordered only: the same flags, shown in the new order.
        if (domains.current && view.rows.length !== before.rows.length) setClaims(assemble(view, domains.current));
        return;
      }
      if (ids.length > WHOLE_MATRIX_ABOVE) ids = null;
    }
    const actorIds = view.actors.map((a) => a.id);
    if (ids) {
      // Rows a write sent with their check (a save): taken in at once, without a round trip.
      const rows = new Map(view.rows.map((r) => [r.id, r]));
      const sent = ids.flatMap((id) => {
        const check = rowClaims(rows.get(id)!);
        return check ? [[id, check] as const] : [];
      });
      if (sent.length > 0) {
        // (During the first check of the whole matrix, its later parts add the other domains.)
        const parts = new Map<string, DomainClaims>();
        for (const [id, check] of sent) for (const [key, part] of group(check, [id], actorIds)) parts.set(key, part);
        const fresh = takeSent(domains.current, parts, storeVersion());
        domains.current = fresh;
        setClaims(assemble(view, fresh));
        const known = new Set(sent.map(([id]) => id));
        ids = ids.filter((id) => !known.has(id));
        if (ids.length === 0) return;
      }
    }
    const parts: string[][] = [];
    if (ids) parts.push(ids);
    else for (let i = 0; i < view.rows.length; i += DOMAINS_PER_CALL) parts.push(view.rows.slice(i, i + DOMAINS_PER_CALL).map((r) => r.id));
    const whole = ids === null;
    const ask = async () => {
      for (const [i, part] of parts.entries()) {
        let next: ClaimCheck;
        const askedAt = storeVersion();
        try {
          next = await api.getClaims({ domains: part });
        } catch {
          return;
        }
        // A check of the whole matrix starts afresh with its first part; a domain whose part is newer
        // than the question (a write's own check came in meanwhile) keeps it.
        domains.current = takeAnswer(domains.current, group(next, part, actorIds), askedAt, whole && i === 0);
        const shown = latest.current;
        if (mounted.current && shown) setClaims(assemble(shown, domains.current));
      }
    };
    if (before === null) {
      const idle = requestIdleCallback(() => void ask(), { timeout: 1500 });
      return () => {
        // Not asked yet: the next view asks for the whole matrix instead.
        if (domains.current === null) {
          cancelIdleCallback(idle);
          checked.current = null;
        }
      };
    }
    void ask();
  }, [view]);
  return claims;
}
