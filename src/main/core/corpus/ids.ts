import { createHash } from 'node:crypto';
import type { ParagraphKind } from '../../../shared/types.ts';

/**
 * `<docId>.<10 hex of sha1(kind \n text)>`: the ID follows the text, not its position, so evidence
 * and annotations keep pointing at the same paragraph when others are added, removed or re-ordered.
 */
export function paragraphIdBase(docId: string, kind: ParagraphKind, text: string): string {
  return `${docId}.${createHash('sha1').update(`${kind}\n${text}`, 'utf8').digest('hex').slice(0, 10)}`;
}

/** Hands out IDs in reading order; the 2nd, 3rd … paragraph with the same kind and text gets `-2`, `-3` …. */
export function createIdAllocator(docId: string): (kind: ParagraphKind, text: string) => string {
  const seen = new Map<string, number>();
  return (kind, text) => {
    const base = paragraphIdBase(docId, kind, text);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}
