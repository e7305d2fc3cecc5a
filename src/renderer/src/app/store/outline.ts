// Names of domains, actors and cells (matrix:outline) for the reader's cell picker and its "Back to …"
// hint: the reader never loads the matrix itself.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { queryKeys } from './query-client.ts';

export function useOutline(enabled = true) {
  return useQuery({ queryKey: queryKeys.outline, queryFn: () => api.getOutline(), enabled });
}
