// The claim check held per domain, each part with the store version it reflects: a write's own check
// (sent with its result) and main's answers to a check asked for may arrive in either order (over the
// HTTP transport requests travel on separate connections; a check asked for before a write can be
// answered after the write's result was taken in). An answer never replaces a domain's part that is
// newer than the question it answers.

export interface Versioned<T> {
  part: T;
  /** The store version (changes.ts: storeVersion) the part reflects at the least. */
  version: number;
}

/**
 * The parts held after `answer` (asked at store version `askedAt`) is taken in. `restart`: the answer
 * begins a check of the whole matrix, so what is held is dropped first, except parts newer than the
 * question (a write's check that came in while it was on its way).
 */
export function takeAnswer<T>(
  held: ReadonlyMap<string, Versioned<T>> | null,
  answer: ReadonlyMap<string, T>,
  askedAt: number,
  restart = false,
): Map<string, Versioned<T>> {
  const next = new Map<string, Versioned<T>>();
  for (const [id, entry] of held ?? []) if (!restart || entry.version > askedAt) next.set(id, entry);
  for (const [id, part] of answer) {
    const kept = next.get(id);
    if (kept && kept.version > askedAt) continue;
    next.set(id, { part, version: askedAt });
  }
  return next;
}

/** The parts held after a write's own check of some domains (made at store version `version`). */
export function takeSent<T>(held: ReadonlyMap<string, Versioned<T>> | null, sent: ReadonlyMap<string, T>, version: number): Map<string, Versioned<T>> {
  const next = new Map(held ?? []);
  for (const [id, part] of sent) next.set(id, { part, version });
  return next;
}
