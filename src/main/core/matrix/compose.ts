import { cellKey, keys, parseKey, placeOf } from '../../../shared/keys.ts';
import type { ParsedKey } from '../../../shared/keys.ts';
import type {
  Actor,
  AlignmentValue,
  BaselineConflict,
  Bilingual,
  Domain,
  Evidence,
  Matrix,
  MatrixStats,
  Position,
  QuoteSelector,
} from '../../../shared/types.ts';
import { ALIGNMENT_VALUES } from '../../../shared/types.ts';
import { anchorQuote } from './anchor.ts';
import type { ParagraphIndex } from './anchor.ts';
import { baselineIndex } from './baseline.ts';
import type { Dataset } from './dataset.ts';
import { baselineEvidenceId, baselineValue, hashValue } from './keys.ts';
import type { OverlayRow } from './overlay.ts';
import { agreedPairOf, agreementKey, parseAgreementKey, staleLanguage } from './translation.ts';
import type { TextCell } from './translation.ts';

/** User evidence as stored in the overlay: the selector plus where it was first anchored. */
export interface StoredEvidence extends QuoteSelector {
  paragraphId: string;
  /** A repaired added quote: when it was first added (its place in the cell), the row's time being the repair's. */
  addedAt?: string;
}

/** A stored selector as read back from a row (rows can come from shared files): null unless it has one. */
function storedSelector(value: unknown): (QuoteSelector & { paragraphId?: string }) | null {
  const stored = value as Partial<StoredEvidence> | null;
  if (!stored || typeof stored.docId !== 'string' || typeof stored.exact !== 'string') return null;
  return {
    docId: stored.docId,
    exact: stored.exact,
    prefix: String(stored.prefix ?? ''),
    suffix: String(stored.suffix ?? ''),
    ...(typeof stored.paragraphId === 'string' ? { paragraphId: stored.paragraphId } : {}),
  };
}

const addedAt = (row: OverlayRow): string => {
  const at = (row.value as { addedAt?: unknown } | null)?.addedAt;
  return typeof at === 'string' ? at : row.updatedAt;
};

export interface UserDomain {
  name: Bilingual;
  order: number;
}

/** The overlay sorted by what it is about, so composing one domain never scans the others' rows. */
interface OverlayByDomain {
  actors: OverlayRow[];
  domains: OverlayRow[];
  rows: Map<string, Map<string, OverlayRow>>;
}

function groupOverlay(overlay: ReadonlyMap<string, OverlayRow>): OverlayByDomain {
  const grouped: OverlayByDomain = { actors: [], domains: [], rows: new Map() };
  for (const row of overlay.values()) {
    const k = parseKey(row.key);
    if (k?.kind === 'actor') {
      grouped.actors.push(row);
      continue;
    }
    if (k?.kind === 'domain') grouped.domains.push(row);
    // A text's translation agreement (translation.ts) goes with its domain's rows too.
    const domainId = k ? ('domainId' in k ? k.domainId : null) : (parseAgreementKey(row.key)?.domainId ?? null);
    if (domainId === null) continue; // annotations, and keys of no grammar
    let rows = grouped.rows.get(domainId);
    if (!rows) grouped.rows.set(domainId, (rows = new Map<string, OverlayRow>()));
    rows.set(row.key, row);
  }
  return grouped;
}

const isBilingual = (v: unknown): v is Bilingual =>
  typeof v === 'object' && v !== null && typeof (v as Bilingual).zh === 'string' && typeof (v as Bilingual).en === 'string';

/** The actors: the baseline's, then those the analyst added (in the order they were added). */
export function composeActors(dataset: Dataset, actorRows: Iterable<OverlayRow>): Actor[] {
  const actors: Actor[] = dataset.actors.map((a) => ({ id: a.id, name: a.name }));
  const known = new Set(actors.map((a) => a.id));
  const added = [...actorRows].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.key.localeCompare(b.key));
  for (const row of added) {
    const k = parseKey(row.key);
    const name = (row.value as { name?: unknown } | null)?.name;
    if (k?.kind !== 'actor' || known.has(k.actorId) || !isBilingual(name)) continue;
    known.add(k.actorId);
    actors.push({ id: k.actorId, name });
  }
  return actors;
}

interface DomainSkeleton {
  id: string;
  order: number;
  name: Bilingual;
  sourceNote: Bilingual | null;
  origin: 'baseline' | 'user';
}

/** The domains in matrix order: the baseline's, then those the analyst added (by their order). */
export function domainSkeletons(dataset: Dataset, domainRows: Iterable<OverlayRow>): DomainSkeleton[] {
  const list: DomainSkeleton[] = dataset.domains.map((d, order) => ({ id: d.id, order, name: d.name, sourceNote: d.sourceNote, origin: 'baseline' }));
  const base = baselineIndex(dataset);
  const user: Array<{ id: string; name: Bilingual; order: number }> = [];
  for (const row of domainRows) {
    const k = parseKey(row.key);
    const v = row.value as Partial<UserDomain> | null;
    if (k?.kind !== 'domain' || base.domains.has(k.domainId) || !v || !isBilingual(v.name)) continue;
    user.push({ id: k.domainId, name: v.name, order: typeof v.order === 'number' ? v.order : Number.MAX_SAFE_INTEGER });
  }
  user.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  for (const u of user) list.push({ id: u.id, order: list.length, name: u.name, sourceNote: null, origin: 'user' });
  return list;
}

/** One domain with the analyst's overlay applied and every quote re-anchored. `rows`: this domain's overlay rows. */
export function composeDomain(
  dataset: Dataset,
  skeleton: DomainSkeleton,
  actors: readonly Actor[],
  rows: ReadonlyMap<string, OverlayRow>,
  index: ParagraphIndex,
): Domain {
  const baseline = baselineIndex(dataset);
  const base = baseline.domains.get(skeleton.id);
  const value = <T>(key: string): T | undefined => rows.get(key)?.value as T | undefined;
  const text = (key: string): string | undefined => {
    const v = value<unknown>(key);
    return typeof v === 'string' ? v : undefined;
  };
  const userEvidence = new Map<string, OverlayRow[]>();
  for (const row of rows.values()) {
    const k = parseKey(row.key);
    if (k?.kind !== 'evidence' || !k.evidenceId.startsWith('u:') || row.value === null) continue;
    const cell = k.actorId ?? '';
    const list = userEvidence.get(cell);
    if (list) list.push(row);
    else userEvidence.set(cell, [row]);
  }

  const evidenceFor = (actorId: string | null, baselineQuotes: readonly QuoteSelector[]): Evidence[] => {
    const list: Evidence[] = [];
    for (const q of baselineQuotes) {
      const id = baselineEvidenceId(q);
      const key = keys.evidence(skeleton.id, actorId, id);
      if (rows.has(key) && rows.get(key)!.value === null) continue;
      // A repaired baseline quote: the analyst's selector stands in for the shipped one.
      const repaired = rows.has(key) ? storedSelector(rows.get(key)!.value) : null;
      if (repaired) {
        const { paragraphId, ...selector } = repaired;
        list.push(anchorQuote(selector, index, { id, origin: 'baseline' }, paragraphId));
        continue;
      }
      // The dataset's own quote object: long-lived, so its anchor is cached by identity.
      list.push(anchorQuote(q, index, { id, origin: 'baseline' }));
    }
    const added = [...(userEvidence.get(actorId ?? '') ?? [])].sort((a, b) => addedAt(a).localeCompare(addedAt(b)) || a.key.localeCompare(b.key));
    for (const row of added) {
      const stored = storedSelector(row.value);
      if (!stored) continue;
      const { paragraphId, ...selector } = stored;
      const k = parseKey(row.key) as Extract<ParsedKey, { kind: 'evidence' }>;
      list.push(anchorQuote(selector, index, { id: k.evidenceId, origin: 'user' }, paragraphId));
    }
    return list;
  };

  const bilingualOverride = (b: Bilingual, keyOf: (lang: 'zh' | 'en') => string): Bilingual => ({
    zh: text(keyOf('zh')) ?? b.zh,
    en: text(keyOf('en')) ?? b.en,
  });
  /** The language of a summary or reason left behind by a one-language revision (translation.ts). */
  const staleOf = (cell: TextCell, current: Bilingual, baselineText: Bilingual | null, keyOf: (lang: 'zh' | 'en') => string) => {
    const writtenAt = (lang: 'zh' | 'en') => (text(keyOf(lang)) === undefined ? null : rows.get(keyOf(lang))!.updatedAt);
    const zh = writtenAt('zh');
    const en = writtenAt('en');
    const agreement = rows.get(agreementKey(cell));
    // Untouched by the analyst: the baseline pair, which agrees (no hashing for the common case).
    if (zh === null && en === null && agreement === undefined) return null;
    return staleLanguage({ current, agreed: agreedPairOf(agreement?.value, baselineText), writtenAt: { zh, en } });
  };
  const storedValue = value<unknown>(keys.alignmentValue(skeleton.id));
  const alignmentValue = (ALIGNMENT_VALUES as readonly unknown[]).includes(storedValue)
    ? (storedValue as AlignmentValue)
    : ((base?.alignment.value as AlignmentValue | undefined) ?? 'not-covered');

  const reasonKey = (l: 'zh' | 'en') => keys.alignmentReason(skeleton.id, l);
  const reason = bilingualOverride(base?.alignment.reason ?? { zh: '', en: '' }, reasonKey);
  const reasonStale = staleOf({ domainId: skeleton.id, actorId: null }, reason, base?.alignment.reason ?? null, reasonKey);
  const domain: Domain = {
    ...skeleton,
    alignment: {
      value: alignmentValue,
      reason,
      evidence: evidenceFor(null, base?.alignment.evidence ?? []),
      ...(reasonStale ? { reasonStale } : {}),
    },
    // No prototype: looking up an actor without a position (even one called `constructor`) finds nothing.
    positions: Object.create(null) as Domain['positions'],
  };
  for (const actor of actors) {
    const basePosition = baseline.position(skeleton.id, actor.id);
    const summaryKey = (l: 'zh' | 'en') => keys.summary(skeleton.id, actor.id, l);
    const summary = bilingualOverride(basePosition?.summary ?? { zh: '', en: '' }, summaryKey);
    const evidence = evidenceFor(actor.id, basePosition?.evidence ?? []);
    if (!basePosition && !summary.zh && !summary.en && evidence.length === 0) continue;
    const summaryStale = staleOf({ domainId: skeleton.id, actorId: actor.id }, summary, basePosition?.summary ?? null, summaryKey);
    const position: Position = { summary, instruments: basePosition?.instruments ?? [], evidence, ...(summaryStale ? { summaryStale } : {}) };
    // defineProperty: an actor ID such as `__proto__` must become an ordinary own key.
    Object.defineProperty(domain.positions, actor.id, { value: position, enumerable: true, writable: true, configurable: true });
  }
  return domain;
}

/**
 * The matrix the analyst sees: the shipped baseline with the analyst's overlay applied, every quote
 * re-anchored against the ingested paragraphs.
 */
export function composeMatrix(dataset: Dataset, overlay: ReadonlyMap<string, OverlayRow>, index: ParagraphIndex): Matrix {
  const grouped = groupOverlay(overlay);
  const actors = composeActors(dataset, grouped.actors);
  const empty = new Map<string, OverlayRow>();
  const domains = domainSkeletons(dataset, grouped.domains).map((s) => composeDomain(dataset, s, actors, grouped.rows.get(s.id) ?? empty, index));
  return { actors, domains, stats: statsOf(domains) };
}

export function statsOf(domains: readonly Domain[]): MatrixStats {
  let quotes = 0;
  let anchored = 0;
  for (const d of domains) {
    for (const e of [...d.alignment.evidence, ...Object.values(d.positions).flatMap((p) => p.evidence)]) {
      quotes++;
      if (e.status === 'anchored') anchored++;
    }
  }
  return { quotes, anchored, broken: quotes - anchored };
}

/** Overlay rows whose baseline value changed since the analyst edited them, typed by what they hold. */
export function findConflicts(dataset: Dataset, overlay: ReadonlyMap<string, OverlayRow>): BaselineConflict[] {
  const conflicts: BaselineConflict[] = [];
  for (const row of overlay.values()) {
    const k = parseKey(row.key);
    if (!k || k.kind === 'annotation' || k.kind === 'category') continue;
    const now = baselineValue(dataset, row.key);
    if (hashValue(now) === row.baselineHash) continue;
    const conflict = typedConflict(k, now, row.value);
    if (conflict) conflicts.push({ key: row.key, target: placeOf(k), ...conflict });
  }
  return conflicts;
}

type ConflictValues = BaselineConflict extends infer C ? (C extends unknown ? Omit<C, 'key' | 'target'> : never) : never;

function typedConflict(k: ParsedKey, now: unknown, mine: unknown): ConflictValues | null {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const quote = (v: unknown): QuoteSelector | null => {
    const q = v as Partial<QuoteSelector> | null;
    return q && typeof q.docId === 'string' && typeof q.exact === 'string'
      ? { docId: q.docId, exact: q.exact, prefix: String(q.prefix ?? ''), suffix: String(q.suffix ?? '') }
      : null;
  };
  const name = (v: unknown): Bilingual | null => {
    const n = (v as { name?: unknown } | null)?.name;
    return isBilingual(n) ? { zh: n.zh, en: n.en } : null;
  };
  switch (k.kind) {
    case 'summary':
    case 'alignment-reason': {
      const userValue = str(mine);
      return userValue === null ? null : { kind: k.kind, lang: k.lang, baselineNow: str(now), userValue };
    }
    case 'alignment-value': {
      const ok = (v: unknown): v is AlignmentValue => (ALIGNMENT_VALUES as readonly unknown[]).includes(v);
      return ok(mine) ? { kind: k.kind, baselineNow: ok(now) ? now : null, userValue: mine } : null;
    }
    case 'evidence':
      return { kind: 'evidence', baselineNow: quote(now), userValue: quote(mine) };
    case 'domain':
    case 'actor': {
      const userValue = name(mine);
      return userValue ? { kind: k.kind, baselineNow: name(now), userValue } : null;
    }
    case 'annotation':
    case 'category':
      return null;
  }
}

/** Cells (`domain/actor`, `domain/_` for the alignment) whose value the overlay changes. */
export function editedCells(overlay: ReadonlyMap<string, OverlayRow>): Set<string> {
  const cells = new Set<string>();
  for (const key of overlay.keys()) {
    const k = parseKey(key);
    if (!k) continue;
    if (k.kind === 'summary' || k.kind === 'evidence') cells.add(cellKey(k));
    else if (k.kind === 'alignment-value' || k.kind === 'alignment-reason') cells.add(cellKey({ domainId: k.domainId, actorId: null }));
  }
  return cells;
}
