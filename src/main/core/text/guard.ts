// The core's side of the text rules (src/shared/text-rules.ts): the IPC schemas refuse unsafe text
// at the door; this refuses it on every other way in (the command line, a future transport), just
// before anything is written.
import { findUnsafeChar, stripUnsafeChars, unsafeTextMessage } from '../../../shared/text-rules.ts';
import { AppError } from '../errors.ts';

/** Throws `invalid-request` naming the field when any string in `value` holds an unsafe character. */
export function assertSafeText(value: unknown, field: string): void {
  const problem = firstUnsafe(value, field, 0);
  if (problem) throw new AppError('invalid-request', `The ${problem.field} ${unsafeTextMessage(problem.found)}`);
}

function firstUnsafe(value: unknown, field: string, depth: number): { field: string; found: NonNullable<ReturnType<typeof findUnsafeChar>> } | null {
  if (typeof value === 'string') {
    const found = findUnsafeChar(value);
    return found ? { field, found } : null;
  }
  if (depth > 32 || value === null || typeof value !== 'object') return null;
  for (const [k, v] of Object.entries(value)) {
    const hit = firstUnsafe(v, Array.isArray(value) ? field : `${field} (${k})`, depth + 1);
    if (hit) return hit;
  }
  return null;
}

/**
 * A copy of `value` with unsafe characters removed from every string (object keys included), and
 * how many were removed: for text arriving in a colleague's project, kept but cleaned.
 */
export function stripUnsafeDeep<T>(value: T): { value: T; removed: number } {
  let removed = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const s = stripUnsafeChars(v);
      removed += s.removed;
      return s.text;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      // defineProperty, not assignment: a key named __proto__ must stay a plain key.
      for (const [k, x] of Object.entries(v)) Object.defineProperty(out, walk(k) as string, { value: walk(x), enumerable: true, writable: true, configurable: true });
      return out;
    }
    return v;
  };
  const cleaned = walk(value) as T;
  return { value: cleaned, removed };
}
