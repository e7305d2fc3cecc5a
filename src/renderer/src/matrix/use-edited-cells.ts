// Which cells the analyst has changed. The matrix itself does not say; the edit history does: a cell
// is "edited" while a change to its summary, alignment or evidence is in effect (not undone).
import { useEffect, useState } from 'react';
import type { MatrixState } from '../../../shared/contract.ts';
import { api } from '../api.ts';
import { ALIGNMENT_ACTOR } from './cell-key.ts';

/** Cell key (`domain/actor`, `_` for alignment) for an overlay key, or null for other kinds. */
export function cellKeyOfEdit(key: string): string | null {
  const [kind, domainId, actor] = key.split('/');
  if (!domainId) return null;
  if (kind === 'position' || kind === 'evidence') return actor ? `${domainId}/${actor}` : null;
  if (kind === 'alignment') return `${domainId}/${ALIGNMENT_ACTOR}`;
  return null;
}

export function useEditedCells(state: MatrixState | null): ReadonlySet<string> {
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!state) return;
    let live = true;
    api
      .history({})
      .then((entries) => {
        if (!live) return;
        const keys = new Set<string>();
        for (const entry of entries) {
          if (entry.undone) continue;
          const key = cellKeyOfEdit(entry.key);
          if (key) keys.add(key);
        }
        setEdited(keys);
      })
      // The marker is a convenience: without history we simply show none.
      .catch(() => live && setEdited(new Set()));
    return () => {
      live = false;
    };
  }, [state]);
  return edited;
}
