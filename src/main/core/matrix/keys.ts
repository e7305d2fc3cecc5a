import { createHash } from 'node:crypto';
import type { Lang, QuoteSelector } from '../../../shared/types.ts';
import type { Dataset } from './dataset.ts';

// Overlay keys: every value the analyst can change has one. `_` stands for "no actor" (alignment).
export const keys = {
  summary: (domainId: string, actorId: string, lang: Lang) => `position/${domainId}/${actorId}/summary/${lang}`,
  alignmentValue: (domainId: string) => `alignment/${domainId}/value`,
  alignmentReason: (domainId: string, lang: Lang) => `alignment/${domainId}/reason/${lang}`,
  evidence: (domainId: string, actorId: string | null, evidenceId: string) => `evidence/${domainId}/${actorId ?? '_'}/${evidenceId}`,
  domain: (domainId: string) => `domain/${domainId}`,
  actor: (actorId: string) => `actor/${actorId}`,
  annotation: (id: string) => `annotation/${id}`,
};

export interface ParsedKey {
  kind: 'summary' | 'alignment-value' | 'alignment-reason' | 'evidence' | 'domain' | 'actor' | 'annotation';
  domainId: string | null;
  actorId: string | null;
  lang: Lang | null;
  evidenceId: string | null;
  id: string | null;
}

export function parseKey(key: string): ParsedKey {
  const parts = key.split('/');
  const none: ParsedKey = { kind: 'domain', domainId: null, actorId: null, lang: null, evidenceId: null, id: null };
  const actor = (a: string | undefined) => (a === undefined || a === '_' ? null : a);
  switch (parts[0]) {
    case 'position':
      return { ...none, kind: 'summary', domainId: parts[1]!, actorId: parts[2]!, lang: parts[4] as Lang };
    case 'alignment':
      return parts[2] === 'value'
        ? { ...none, kind: 'alignment-value', domainId: parts[1]! }
        : { ...none, kind: 'alignment-reason', domainId: parts[1]!, lang: parts[3] as Lang };
    case 'evidence':
      return { ...none, kind: 'evidence', domainId: parts[1]!, actorId: actor(parts[2]), evidenceId: parts.slice(3).join('/') };
    case 'domain':
      return { ...none, kind: 'domain', domainId: parts[1]! };
    case 'actor':
      return { ...none, kind: 'actor', actorId: parts[1]! };
    case 'annotation':
      return { ...none, kind: 'annotation', id: parts.slice(1).join('/') };
    default:
      throw new Error(`unknown overlay key ${key}`);
  }
}

/** Baseline evidence is identified by what it quotes, so a tombstone survives reordering. */
export function baselineEvidenceId(q: QuoteSelector): string {
  return `b:${createHash('sha1').update(`${q.docId}\n${q.exact}`).digest('hex').slice(0, 10)}`;
}

/** The value the shipped baseline gives a key, or undefined when the baseline has none. */
export function baselineValue(dataset: Dataset, key: string): unknown {
  const k = parseKey(key);
  const domain = k.domainId ? dataset.domains.find((d) => d.id === k.domainId) : undefined;
  switch (k.kind) {
    case 'summary':
      return domain?.positions[k.actorId!]?.summary[k.lang!];
    case 'alignment-value':
      return domain?.alignment.value;
    case 'alignment-reason':
      return domain?.alignment.reason[k.lang!];
    case 'evidence': {
      const list = k.actorId ? domain?.positions[k.actorId]?.evidence : domain?.alignment.evidence;
      return list?.find((q) => baselineEvidenceId(q) === k.evidenceId);
    }
    case 'domain':
      return domain ? { name: domain.name } : undefined;
    case 'actor':
      return dataset.actors.find((a) => a.id === k.actorId);
    case 'annotation':
      return undefined;
  }
}

export function hashValue(value: unknown): string | null {
  if (value === undefined) return null;
  return createHash('sha1').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}
