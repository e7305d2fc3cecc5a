// Which cells the analyst has changed: the backend reports the cells its overlay of user edits
// touches, so the marker stays right however long the history grows.
import { useMemo } from 'react';
import type { MatrixState } from '../../../../shared/contract.ts';

export function useEditedCells(state: MatrixState | null): ReadonlySet<string> {
  return useMemo(() => new Set(state?.editedCells ?? []), [state]);
}
