// What the evidence panel (and the comparison, the Annotations tab) loads per cell: its quotes with
// their context, its history, its domain's annotations. Each is its own cache entry, refetched only
// when a write names that cell (changes.ts).
import { useQuery } from '@tanstack/react-query';
import type { CellRef } from '../../../../shared/types.ts';
import { api } from '../../api/client.ts';
import { queryKeys } from './query-client.ts';

export function useCellEvidence(cell: CellRef | null) {
  return useQuery({
    queryKey: queryKeys.evidence(cell?.domainId ?? '', cell?.actorId ?? null),
    queryFn: async () => {
      const [answer] = await api.getEvidence({ cells: [cell!] });
      return answer?.evidence ?? [];
    },
    enabled: cell !== null,
  });
}

export function useCellHistory(cell: CellRef) {
  return useQuery({
    queryKey: queryKeys.history(cell.domainId, cell.actorId),
    queryFn: () => api.history({ domainId: cell.domainId, actorId: cell.actorId }),
  });
}

export type AnnotationFilter = { domainId?: string; category?: string; query?: string };

/** Annotations matching a filter: one domain's for the panel, or the Annotations tab's list. */
export function useAnnotationList(filter: AnnotationFilter) {
  return useQuery({
    queryKey: queryKeys.annotations(filter),
    queryFn: () => api.listAnnotations(filter),
  });
}
