import type {
  Actor,
  AlignmentValue,
  BaselineConflict,
  Bilingual,
  Domain,
  Evidence,
  Matrix,
  Position,
  QuoteSelector,
} from '../../../shared/types.ts';
import { anchorQuote } from './anchor.ts';
import type { ParagraphIndex } from './anchor.ts';
import type { Dataset } from './dataset.ts';
import { baselineEvidenceId, baselineValue, hashValue, keys, parseKey } from './keys.ts';
import type { OverlayRow } from './overlay.ts';

/** User evidence as stored in the overlay: the selector plus where it was first anchored. */
export interface StoredEvidence extends QuoteSelector {
  paragraphId: string;
}

export interface UserDomain {
  name: Bilingual;
  order: number;
}

/**
 * The matrix the analyst sees: the shipped baseline with the analyst's overlay applied, every quote
 * re-anchored against the ingested paragraphs.
 */
export function composeMatrix(dataset: Dataset, overlay: ReadonlyMap<string, OverlayRow>, index: ParagraphIndex): Matrix {
  const value = <T>(key: string): T | undefined => overlay.get(key)?.value as T | undefined;
  const actors: Actor[] = dataset.actors.map((a) => ({ id: a.id, name: a.name }));
  for (const row of overlay.values()) {
    if (row.key.startsWith('actor/') && row.value && !actors.some((a) => a.id === parseKey(row.key).actorId)) {
      actors.push({ id: parseKey(row.key).actorId!, name: (row.value as { name: Bilingual }).name });
    }
  }

  const evidenceFor = (domainId: string, actorId: string | null, baseline: readonly QuoteSelector[]): Evidence[] => {
    const list: Evidence[] = [];
    for (const q of baseline) {
      const id = baselineEvidenceId(q);
      if (overlay.has(keys.evidence(domainId, actorId, id)) && value(keys.evidence(domainId, actorId, id)) === null) continue;
      list.push(anchorQuote({ docId: q.docId, exact: q.exact, prefix: q.prefix, suffix: q.suffix }, index, { id, origin: 'baseline' }));
    }
    const prefix = `evidence/${domainId}/${actorId ?? '_'}/u:`;
    const added = [...overlay.values()]
      .filter((r) => r.key.startsWith(prefix) && r.value !== null)
      .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
    for (const row of added) {
      const stored = row.value as StoredEvidence;
      const selector = { docId: stored.docId, exact: stored.exact, prefix: stored.prefix, suffix: stored.suffix };
      list.push(anchorQuote(selector, index, { id: parseKey(row.key).evidenceId!, origin: 'user' }, stored.paragraphId));
    }
    return list;
  };

  const bilingualOverride = (base: Bilingual, keyOf: (lang: 'zh' | 'en') => string): Bilingual => ({
    zh: value<string>(keyOf('zh')) ?? base.zh,
    en: value<string>(keyOf('en')) ?? base.en,
  });

  const domains: Domain[] = dataset.domains.map((d, order) => ({
    id: d.id,
    order,
    name: d.name,
    sourceNote: d.sourceNote,
    origin: 'baseline' as const,
    alignment: {
      value: value<AlignmentValue>(keys.alignmentValue(d.id)) ?? (d.alignment.value as AlignmentValue),
      reason: bilingualOverride(d.alignment.reason, (l) => keys.alignmentReason(d.id, l)),
      evidence: evidenceFor(d.id, null, d.alignment.evidence),
    },
    positions: {},
  }));

  const userDomains = [...overlay.values()]
    .filter((r) => r.key.startsWith('domain/') && r.value !== null && !dataset.domains.some((d) => d.id === parseKey(r.key).domainId))
    .map((r) => ({ id: parseKey(r.key).domainId!, ...(r.value as UserDomain) }))
    .sort((a, b) => a.order - b.order);
  for (const u of userDomains) {
    domains.push({
      id: u.id,
      order: dataset.domains.length + domains.length,
      name: u.name,
      sourceNote: null,
      origin: 'user',
      alignment: {
        value: value<AlignmentValue>(keys.alignmentValue(u.id)) ?? 'not-covered',
        reason: bilingualOverride({ zh: '', en: '' }, (l) => keys.alignmentReason(u.id, l)),
        evidence: evidenceFor(u.id, null, []),
      },
      positions: {},
    });
  }

  for (const domain of domains) {
    const base = dataset.domains.find((d) => d.id === domain.id);
    for (const actor of actors) {
      const basePosition = base?.positions[actor.id];
      const summary = bilingualOverride(basePosition?.summary ?? { zh: '', en: '' }, (l) => keys.summary(domain.id, actor.id, l));
      const evidence = evidenceFor(domain.id, actor.id, basePosition?.evidence ?? []);
      if (!basePosition && !summary.zh && !summary.en && evidence.length === 0) continue;
      const position: Position = { summary, instruments: basePosition?.instruments ?? [], evidence };
      domain.positions[actor.id] = position;
    }
  }

  let quotes = 0;
  let anchored = 0;
  for (const d of domains) {
    for (const e of [...d.alignment.evidence, ...Object.values(d.positions).flatMap((p) => p.evidence)]) {
      quotes++;
      if (e.status === 'anchored') anchored++;
    }
  }
  return { actors, domains, stats: { quotes, anchored, broken: quotes - anchored } };
}

/** Overlay rows whose baseline value changed since the analyst edited them. */
export function findConflicts(dataset: Dataset, overlay: ReadonlyMap<string, OverlayRow>): BaselineConflict[] {
  const conflicts: BaselineConflict[] = [];
  for (const row of overlay.values()) {
    if (row.key.startsWith('annotation/')) continue;
    const now = baselineValue(dataset, row.key);
    const nowHash = hashValue(now);
    if (nowHash === row.baselineHash) continue;
    const k = parseKey(row.key);
    conflicts.push({
      key: row.key,
      target: { domainId: k.domainId ?? '', actorId: k.actorId, evidenceId: k.evidenceId },
      baselineNow: now ?? null,
      userValue: row.value,
    });
  }
  return conflicts;
}

/** Cells (`domain/actor`, `domain/_` for the alignment) whose value the overlay changes. */
export function editedCells(overlay: ReadonlyMap<string, OverlayRow>): string[] {
  const cells = new Set<string>();
  for (const key of overlay.keys()) {
    const k = parseKey(key);
    if (k.kind === 'summary' || k.kind === 'evidence') cells.add(`${k.domainId}/${k.actorId ?? '_'}`);
    else if (k.kind === 'alignment-value' || k.kind === 'alignment-reason') cells.add(`${k.domainId}/_`);
  }
  return [...cells].sort();
}
