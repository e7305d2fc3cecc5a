// The grammar of edit keys: every value the analyst can change has one, and the history, the
// conflicts and the change notices name values by it. Main and renderer both use this file, so the
// grammar exists once. `_` stands for "no actor" (the alignment column).
import type { Lang } from './types.ts';

export type ParsedKey =
  | { kind: 'summary'; domainId: string; actorId: string; lang: Lang }
  | { kind: 'alignment-value'; domainId: string }
  | { kind: 'alignment-reason'; domainId: string; lang: Lang }
  | { kind: 'evidence'; domainId: string; actorId: string | null; evidenceId: string }
  | { kind: 'domain'; domainId: string }
  | { kind: 'actor'; actorId: string }
  | { kind: 'annotation'; id: string }
  | { kind: 'category'; id: string };

export type KeyKind = ParsedKey['kind'];

export const NO_ACTOR = '_';

export const keys = {
  summary: (domainId: string, actorId: string, lang: Lang) => `position/${domainId}/${actorId}/summary/${lang}`,
  alignmentValue: (domainId: string) => `alignment/${domainId}/value`,
  alignmentReason: (domainId: string, lang: Lang) => `alignment/${domainId}/reason/${lang}`,
  evidence: (domainId: string, actorId: string | null, evidenceId: string) => `evidence/${domainId}/${actorId ?? NO_ACTOR}/${evidenceId}`,
  domain: (domainId: string) => `domain/${domainId}`,
  actor: (actorId: string) => `actor/${actorId}`,
  annotation: (id: string) => `annotation/${id}`,
  category: (id: string) => `category/${id}`,
};

/** Key prefixes that select everything about a domain or one cell (for history queries). */
export const keyPrefixes = {
  /** A domain: its summaries, alignment, quotes and the domain row itself. */
  domain: (domainId: string) => [`position/${domainId}/`, `alignment/${domainId}/`, `evidence/${domainId}/`, keys.domain(domainId)],
  /** One cell: an actor's summary and quotes, or (actorId null) the alignment and its quotes. */
  cell: (domainId: string, actorId: string | null) =>
    actorId === null
      ? [`alignment/${domainId}/`, `evidence/${domainId}/${NO_ACTOR}/`]
      : [`position/${domainId}/${actorId}/`, `evidence/${domainId}/${actorId}/`],
};

const isLang = (s: string | undefined): s is Lang => s === 'zh' || s === 'en';
const present = (s: string | undefined): s is string => s !== undefined && s !== '';

/** The parts of a key, or null when the text is not a key of this grammar (keys can come from files). */
export function parseKey(key: string): ParsedKey | null {
  const parts = key.split('/');
  const [head, a, b, c, d] = parts;
  switch (head) {
    case 'position':
      return parts.length === 5 && present(a) && present(b) && b !== NO_ACTOR && c === 'summary' && isLang(d)
        ? { kind: 'summary', domainId: a, actorId: b, lang: d }
        : null;
    case 'alignment':
      if (parts.length === 3 && present(a) && b === 'value') return { kind: 'alignment-value', domainId: a };
      return parts.length === 4 && present(a) && b === 'reason' && isLang(c) ? { kind: 'alignment-reason', domainId: a, lang: c } : null;
    case 'evidence': {
      const evidenceId = parts.slice(3).join('/');
      return parts.length >= 4 && present(a) && present(b) && evidenceId
        ? { kind: 'evidence', domainId: a, actorId: b === NO_ACTOR ? null : b, evidenceId }
        : null;
    }
    case 'domain':
      return parts.length === 2 && present(a) ? { kind: 'domain', domainId: a } : null;
    case 'actor':
      return parts.length === 2 && present(a) ? { kind: 'actor', actorId: a } : null;
    case 'annotation': {
      const id = parts.slice(1).join('/');
      return id ? { kind: 'annotation', id } : null;
    }
    case 'category':
      return parts.length === 2 && present(a) ? { kind: 'category', id: a } : null;
    default:
      return null;
  }
}

/** Where a key lives in the matrix: a domain, a cell (`actorId` null = alignment) or a quote. */
export interface KeyPlace {
  domainId: string | null;
  actorId: string | null;
  evidenceId: string | null;
}

export function placeOf(k: ParsedKey): KeyPlace {
  switch (k.kind) {
    case 'summary':
      return { domainId: k.domainId, actorId: k.actorId, evidenceId: null };
    case 'alignment-value':
    case 'alignment-reason':
    case 'domain':
      return { domainId: k.domainId, actorId: null, evidenceId: null };
    case 'evidence':
      return { domainId: k.domainId, actorId: k.actorId, evidenceId: k.evidenceId };
    case 'actor':
      return { domainId: null, actorId: k.actorId, evidenceId: null };
    case 'annotation':
    case 'category':
      return { domainId: null, actorId: null, evidenceId: null };
  }
}

/** The key identifying one cell: `domainId/actorId`, `domainId/_` for the alignment. */
export function cellKey(cell: { domainId: string; actorId: string | null }): string {
  return `${cell.domainId}/${cell.actorId ?? NO_ACTOR}`;
}
