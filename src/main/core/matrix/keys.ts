import { createHash } from 'node:crypto';
import { parseKey } from '../../../shared/keys.ts';
import type { QuoteSelector } from '../../../shared/types.ts';
import { baselineIndex } from './baseline.ts';
import type { Dataset } from './dataset.ts';

// The key grammar itself is shared with the renderer (src/shared/keys.ts); what needs the dataset
// or node:crypto lives here.
export { keys, parseKey, placeOf } from '../../../shared/keys.ts';
export type { ParsedKey } from '../../../shared/keys.ts';

const evidenceIds = new WeakMap<QuoteSelector, string>();

/** Baseline evidence is identified by what it quotes, so a tombstone survives reordering. */
export function baselineEvidenceId(q: QuoteSelector): string {
  let id = evidenceIds.get(q);
  if (id === undefined) {
    id = `b:${createHash('sha1').update(`${q.docId}\n${q.exact}`).digest('hex').slice(0, 10)}`;
    evidenceIds.set(q, id);
  }
  return id;
}

/** The value the shipped baseline gives a key, or undefined when the baseline has none. */
export function baselineValue(dataset: Dataset, key: string): unknown {
  const k = parseKey(key);
  if (!k) return undefined;
  const base = baselineIndex(dataset);
  switch (k.kind) {
    case 'summary':
      return base.position(k.domainId, k.actorId)?.summary[k.lang];
    case 'alignment-value':
      return base.domains.get(k.domainId)?.alignment.value;
    case 'alignment-reason':
      return base.domains.get(k.domainId)?.alignment.reason[k.lang];
    case 'evidence': {
      const list = k.actorId ? base.position(k.domainId, k.actorId)?.evidence : base.domains.get(k.domainId)?.alignment.evidence;
      return list?.find((q) => baselineEvidenceId(q) === k.evidenceId);
    }
    case 'domain': {
      const domain = base.domains.get(k.domainId);
      return domain ? { name: domain.name } : undefined;
    }
    case 'actor':
      return base.actors.get(k.actorId);
    case 'annotation':
    case 'category':
      return undefined;
  }
}

export function hashValue(value: unknown): string | null {
  if (value === undefined) return null;
  return createHash('sha1').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}
