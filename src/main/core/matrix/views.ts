// What the interface reads of the matrix, shaped for each use: the painted grid (rows with counts and
// markers, no quotes), one cell's quotes with context, names for the reader, and after an edit only
// the rows that changed. The composed matrix is cached per connection and kept current by the edits
// this process makes; a commit by another process (the CLI, a second window) changes SQLite's
// data_version, and the cache is rebuilt.
import { cellKey, parseKey } from '../../../shared/keys.ts';
import { ALIGNMENT_LABELS } from '../../../shared/labels.ts';
import type {
  Actor,
  BaselineConflict,
  Bilingual,
  CellEvidence,
  CellMarks,
  CellRef,
  Domain,
  DomainRow,
  Evidence,
  Lang,
  Matrix,
  MatrixChanges,
  MatrixOutline,
  MatrixStats,
  UndoState,
  MatrixView,
} from '../../../shared/types.ts';
import { annotationCounts } from '../annotations/repo.ts';
import type { Db } from '../db/open.ts';
import type { Touched } from '../history/edit-log.ts';
import type { ParagraphIndex } from './anchor.ts';
import { composeDomain, composeMatrix, domainSkeletons, editedCells, findConflicts } from './compose.ts';
import type { Dataset } from './dataset.ts';
import { readOverlay, readOverlayForDomains, readOverlayPrefix } from './overlay.ts';
import { parseAgreementKey } from './translation.ts';
import type { OverlayRow } from './overlay.ts';

/** What the matrix views can say about a step; the workspace adds the merge conflicts, the history step and the claims. */
export type MatrixViewChanges = Omit<MatrixChanges, 'mergeConflicts' | 'historyStep' | 'claims'>;

interface Cache {
  dataVersion: number;
  actors: Actor[];
  /** Composed domains in matrix order. */
  domains: Map<string, Domain>;
  rows: Map<string, DomainRow>;
  conflicts: BaselineConflict[];
}

export class MatrixViews {
  private readonly db: Db;
  private readonly dataset: Dataset;
  private readonly index: ParagraphIndex;
  private cache: Cache | null = null;

  constructor(db: Db, dataset: Dataset, index: ParagraphIndex) {
    this.db = db;
    this.dataset = dataset;
    this.index = index;
  }

  /** The whole composed matrix (every quote): for the export and the command line. */
  matrix(): Matrix {
    const c = this.current();
    const domains = [...c.domains.values()];
    return { actors: c.actors, domains, stats: statsOfRows(c.rows.values()) };
  }

  view(undo: UndoState): MatrixView {
    const c = this.current();
    return { actors: c.actors, rows: [...c.rows.values()], conflicts: c.conflicts, stats: statsOfRows(c.rows.values()), undo };
  }

  hasDomain(domainId: string): boolean {
    return this.current().domains.has(domainId);
  }

  /** The quotes of the given cells, with context and annotation counts; unknown cells are not-found for the caller. */
  evidence(cells: readonly CellRef[]): Array<CellEvidence | null> {
    const c = this.current();
    const counts = annotationCounts(this.db, [...new Set(cells.map((x) => x.domainId))]);
    return cells.map((cell) => {
      const domain = c.domains.get(cell.domainId);
      if (!domain) return null;
      if (cell.actorId !== null && !c.actors.some((a) => a.id === cell.actorId)) return null;
      const list = evidenceOf(domain, cell.actorId);
      const key = cellKey(cell);
      return { domainId: cell.domainId, actorId: cell.actorId, evidence: list.map((e) => ({ ...e, annotations: counts.get(`${key}/${e.id}`) ?? 0 })) };
    });
  }

  outline(): MatrixOutline {
    const c = this.current();
    return {
      actors: c.actors,
      domains: [...c.rows.values()].map((r) => ({
        id: r.id,
        name: r.name,
        cells: [{ actorId: null, quotes: r.alignment.quotes }, ...r.positions.map((p) => ({ actorId: p.actorId, quotes: p.quotes }))],
      })),
    };
  }

  /** Domains whose text, in either language and including every quote, contains `query` (case-insensitive). */
  find(query: string): string[] {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const c = this.current();
    const names = new Map(c.actors.map((a) => [a.id, a.name]));
    return [...c.domains.values()].filter((d) => searchText(d, names).includes(q)).map((d) => d.id);
  }

  /** After a step: recompose the rows it touched and say what changed (the workspace adds the rest). */
  changes(touched: readonly Touched[]): MatrixViewChanges {
    const affected = affectedBy(touched);
    const external = this.cache !== null && this.cache.dataVersion !== this.dataVersion();
    if (external || affected.actors) {
      // Another process wrote too, or the columns changed: everything is recomposed and sent.
      this.cache = null;
      const c = this.current();
      return {
        reset: false,
        rows: [...c.rows.values()],
        removedRows: [...affected.domains].filter((id) => !c.rows.has(id)),
        actors: c.actors,
        cells: affected.cells,
        quotes: affected.quotes,
        annotations: affected.annotations,
        categories: affected.categories,
        conflicts: c.conflicts,
        stats: statsOfRows(c.rows.values()),
      };
    }
    if (this.cache === null) {
      // Nothing was read yet: compose once (the step is already in), send the rows it touched.
      const c = this.current();
      return {
        reset: false,
        rows: [...affected.domains].flatMap((id) => (c.rows.has(id) ? [c.rows.get(id)!] : [])),
        removedRows: [...affected.domains].filter((id) => !c.rows.has(id)),
        actors: null,
        cells: affected.cells,
        quotes: affected.quotes,
        annotations: affected.annotations,
        categories: affected.categories,
        conflicts: affected.overlay ? c.conflicts : null,
        stats: statsOfRows(c.rows.values()),
      };
    }
    const c = this.cache;
    if (affected.overlay) c.conflicts = findConflicts(this.dataset, readOverlay(this.db));
    const skeletons = domainSkeletons(this.dataset, readOverlayPrefix(this.db, 'domain/').values());
    const ids = [...affected.domains];
    const overlay = readOverlayForDomains(this.db, ids);
    const counts = annotationCounts(this.db, ids);
    // Grouped once: a merge touches hundreds of domains, and filtering the overlay per domain was quadratic.
    const byDomain = new Map<string, Map<string, OverlayRow>>();
    for (const entry of overlay) {
      const domainId = domainOfKey(entry[0]);
      if (domainId === null) continue;
      let own = byDomain.get(domainId);
      if (!own) byDomain.set(domainId, (own = new Map<string, OverlayRow>()));
      own.set(entry[0], entry[1]);
    }
    const bySkeleton = new Map(skeletons.map((s) => [s.id, s]));
    const rows: DomainRow[] = [];
    const removedRows: string[] = [];
    for (const id of ids) {
      const skeleton = bySkeleton.get(id);
      if (!skeleton) {
        if (c.domains.delete(id)) removedRows.push(id);
        c.rows.delete(id);
        continue;
      }
      const own = byDomain.get(id) ?? new Map<string, OverlayRow>();
      const domain = composeDomain(this.dataset, skeleton, c.actors, own, this.index);
      const row = domainRow(domain, c.actors, counts, editedCells(own), conflictCells(c.conflicts));
      c.domains.set(id, domain);
      c.rows.set(id, row);
      rows.push(row);
    }
    if (rows.some((r) => r.origin === 'user')) this.reorder(skeletons.map((s) => s.id));
    return {
      reset: false,
      rows,
      removedRows,
      actors: null,
      cells: affected.cells,
      quotes: affected.quotes,
      annotations: affected.annotations,
      categories: affected.categories,
      conflicts: affected.overlay ? c.conflicts : null,
      stats: statsOfRows(c.rows.values()),
    };
  }

  /** Forget everything (another database was swapped in). */
  reset(): void {
    this.cache = null;
  }

  private reorder(order: string[]): void {
    const c = this.cache!;
    c.domains = new Map(order.flatMap((id) => (c.domains.has(id) ? [[id, c.domains.get(id)!] as const] : [])));
    c.rows = new Map(order.flatMap((id) => (c.rows.has(id) ? [[id, c.rows.get(id)!] as const] : [])));
  }

  private dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  private current(): Cache {
    const version = this.dataVersion();
    if (this.cache && this.cache.dataVersion === version) return this.cache;
    // Read the overlay and the counts in one read transaction, so they describe the same moment.
    this.cache = this.db.transaction(() => {
      const overlay = readOverlay(this.db);
      const m = composeMatrix(this.dataset, overlay, this.index);
      const conflicts = findConflicts(this.dataset, overlay);
      const counts = annotationCounts(this.db);
      const edited = editedCells(overlay);
      const conflicted = conflictCells(conflicts);
      return {
        dataVersion: version,
        actors: m.actors,
        domains: new Map(m.domains.map((d) => [d.id, d])),
        rows: new Map(m.domains.map((d) => [d.id, domainRow(d, m.actors, counts, edited, conflicted)])),
        conflicts,
      };
    })();
    return this.cache;
  }
}

/** Which domains, cells and annotations a step's keys touch; whether the actor list or the overlay changed. */
function affectedBy(touched: readonly Touched[]): {
  domains: Set<string>;
  cells: CellRef[];
  quotes: CellRef[];
  annotations: string[];
  categories: boolean;
  actors: boolean;
  overlay: boolean;
} {
  const domains = new Set<string>();
  const cells = new Map<string, CellRef>();
  const quotes = new Map<string, CellRef>();
  const annotations: string[] = [];
  let categories = false;
  let actors = false;
  let overlay = false;
  const addCell = (domainId: string, actorId: string | null) => {
    domains.add(domainId);
    cells.set(cellKey({ domainId, actorId }), { domainId, actorId });
  };
  for (const t of touched) {
    const k = parseKey(t.key);
    const agreement = k ? null : parseAgreementKey(t.key);
    if (agreement) {
      // Confirming a translation changes no text, but the cell's out-of-date marker.
      overlay = true;
      addCell(agreement.domainId, agreement.actorId);
    }
    if (!k) continue;
    // A category is an overlay row, but no cell shows it and no baseline conflicts with it.
    if (k.kind !== 'annotation' && k.kind !== 'category') overlay = true;
    switch (k.kind) {
      case 'category':
        categories = true;
        break;
      case 'summary':
        addCell(k.domainId, k.actorId);
        break;
      case 'evidence':
        addCell(k.domainId, k.actorId);
        quotes.set(cellKey(k), { domainId: k.domainId, actorId: k.actorId });
        break;
      case 'alignment-value':
      case 'alignment-reason':
        addCell(k.domainId, null);
        break;
      case 'domain':
        domains.add(k.domainId);
        break;
      case 'actor':
        actors = true;
        break;
      case 'annotation': {
        annotations.push(k.id);
        for (const json of [t.before, t.after]) {
          const target = annotationTarget(json);
          if (!target) continue;
          addCell(target.domainId, target.actorId);
          // A quote's annotation count is part of the cell's quotes.
          if (target.onQuote) quotes.set(cellKey(target), { domainId: target.domainId, actorId: target.actorId });
        }
        break;
      }
    }
  }
  return { domains, cells: [...cells.values()], quotes: [...quotes.values()], annotations, categories, actors, overlay };
}

function annotationTarget(json: string | null): (CellRef & { onQuote: boolean }) | null {
  if (!json) return null;
  try {
    const t = (JSON.parse(json) as { target?: { domainId?: unknown; actorId?: unknown; evidenceId?: unknown } }).target;
    if (!t || typeof t.domainId !== 'string') return null;
    return { domainId: t.domainId, actorId: typeof t.actorId === 'string' ? t.actorId : null, onQuote: typeof t.evidenceId === 'string' };
  } catch {
    return null;
  }
}

function domainOfKey(key: string): string | null {
  const k = parseKey(key);
  return k ? ('domainId' in k ? k.domainId : null) : (parseAgreementKey(key)?.domainId ?? null);
}

function evidenceOf(domain: Domain, actorId: string | null): Evidence[] {
  if (actorId === null) return domain.alignment.evidence;
  return Object.hasOwn(domain.positions, actorId) ? domain.positions[actorId]!.evidence : [];
}

function conflictCells(conflicts: readonly BaselineConflict[]): Set<string> {
  const cells = new Set<string>();
  for (const c of conflicts) if (c.target.domainId !== null) cells.add(cellKey({ domainId: c.target.domainId, actorId: c.target.actorId }));
  return cells;
}

/** A composed domain as the grid paints it: summaries, counts and markers; no quotes. */
export function domainRow(domain: Domain, actors: readonly Actor[], counts: ReadonlyMap<string, number>, edited: ReadonlySet<string>, conflicted: ReadonlySet<string>): DomainRow {
  const marks = (actorId: string | null, evidence: readonly Evidence[], staleLang: Lang | undefined): CellMarks => {
    const key = cellKey({ domainId: domain.id, actorId });
    return {
      quotes: evidence.length,
      broken: evidence.filter((e) => e.status === 'broken').length,
      annotations: counts.get(key) ?? 0,
      edited: edited.has(key),
      conflict: conflicted.has(key),
      staleLang: staleLang ?? null,
    };
  };
  return {
    id: domain.id,
    order: domain.order,
    name: domain.name,
    sourceNote: domain.sourceNote,
    origin: domain.origin,
    annotations: counts.get(domain.id) ?? 0,
    alignment: { value: domain.alignment.value, reason: domain.alignment.reason, ...marks(null, domain.alignment.evidence, domain.alignment.reasonStale) },
    positions: actors.flatMap((a) => {
      if (!Object.hasOwn(domain.positions, a.id)) return [];
      const p = domain.positions[a.id]!;
      return [{ actorId: a.id, summary: p.summary, instruments: p.instruments, ...marks(a.id, p.evidence, p.summaryStale) }];
    }),
  };
}

function statsOfRows(rows: Iterable<DomainRow>): MatrixStats {
  let quotes = 0;
  let broken = 0;
  for (const r of rows) {
    for (const cell of [r.alignment, ...r.positions]) {
      quotes += cell.quotes;
      broken += cell.broken;
    }
  }
  return { quotes, anchored: quotes - broken, broken };
}

const both = (b: Bilingual | null | undefined) => (b ? `${b.zh}\n${b.en}` : '');

function searchText(domain: Domain, actorNames: ReadonlyMap<string, Bilingual>): string {
  const quotes = (list: readonly Evidence[]) => list.map((e) => e.exact).join('\n');
  const parts = [
    domain.id,
    both(domain.name),
    both(domain.sourceNote),
    domain.alignment.value,
    both(ALIGNMENT_LABELS[domain.alignment.value]),
    both(domain.alignment.reason),
    quotes(domain.alignment.evidence),
  ];
  for (const [actorId, p] of Object.entries(domain.positions)) {
    parts.push(both(actorNames.get(actorId)), both(p.summary), p.instruments.join('\n'), quotes(p.evidence));
  }
  return parts.join('\n').toLowerCase();
}
