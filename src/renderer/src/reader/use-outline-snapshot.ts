// The matrix's names (domains, actors, cells) for the reader: the evidence picker and the "Back to …"
// hint. From the store's outline (matrix:outline), never the matrix itself; kept current by writes.
import type { MatrixOutline } from '../../../shared/types.ts';
import { describeError } from '../app/status.ts';
import { useOutline } from '../app/store/outline.ts';

export type OutlineSnapshot = { status: 'idle' | 'loading' } | { status: 'error'; message: string } | { status: 'ready'; outline: MatrixOutline };

export function useOutlineSnapshot(needed: boolean): [OutlineSnapshot, () => void] {
  const query = useOutline(needed);
  const retry = () => void query.refetch();
  if (query.data) return [{ status: 'ready', outline: query.data }, retry];
  if (query.error) return [{ status: 'error', message: describeError(query.error) }, retry];
  return [{ status: needed ? 'loading' : 'idle' }, retry];
}
