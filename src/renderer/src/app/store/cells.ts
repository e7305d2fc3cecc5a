// What the evidence panel (and the comparison, the Annotations tab) loads per cell: its quotes with
// their context, its history, its domain's annotations. Each is its own cache entry, refetched only
// when a write changed it (changes.ts); a history takes a write's step in without refetching.
import { useQuery } from '@tanstack/react-query';
import { HISTORY_LIMIT } from '../../../../shared/contract.ts';
import { keyPrefixes } from '../../../../shared/keys.ts';
import type { CellRef, HistoryStep } from '../../../../shared/types.ts';
import { api } from '../../api/client.ts';
import { queryClient, queryKeys } from './query-client.ts';

async function loadEvidence(cell: CellRef) {
  const [answer] = await api.getEvidence({ cells: [cell] });
  return answer?.evidence ?? [];
}

export function useCellEvidence(cell: CellRef | null) {
  return useQuery({
    queryKey: queryKeys.evidence(cell?.domainId ?? '', cell?.actorId ?? null),
    queryFn: () => loadEvidence(cell!),
    enabled: cell !== null,
  });
}

/**
 * Ask for a cell's quotes, then its history, as the cell is chosen, before its panel renders: the
 * answers travel while React renders the panel (the panel's own queries then share them).
 */
export function prefetchCell(cell: CellRef): void {
  void queryClient.prefetchQuery({ queryKey: queryKeys.evidence(cell.domainId, cell.actorId), queryFn: () => loadEvidence(cell) });
  void queryClient.prefetchQuery({ queryKey: queryKeys.history(cell.domainId, cell.actorId), queryFn: () => loadHistory(cell), structuralSharing: false });
}

const loadHistory = (cell: CellRef) => api.history({ domainId: cell.domainId, actorId: cell.actorId });

export function useCellHistory(cell: CellRef) {
  return useQuery({
    queryKey: queryKeys.history(cell.domainId, cell.actorId),
    queryFn: () => loadHistory(cell),
    // A step taken in (takeHistoryStep) goes first and shifts the others: compared place by place, as
    // structural sharing does, every step would come out a new object and every entry re-render.
    // The steps kept are the same objects instead, so only the new step's entry renders.
    structuralSharing: false,
  });
}

/**
 * A step made, undone or redone, put into every cell history held that lists it (a step is in a
 * cell's history when it wrote a key under the cell's prefixes, as main selects them), newest first.
 * The same step twice (the write's result, then main's matrix:changed) is the same upsert.
 */
export function takeHistoryStep(step: HistoryStep): void {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: ['history'] })) {
    const [, domainId, actorId] = query.queryKey as ReturnType<typeof queryKeys.history>;
    const prefixes = keyPrefixes.cell(domainId, actorId);
    if (!step.changes.some((c) => prefixes.some((p) => c.key.startsWith(p)))) continue;
    const steps = query.state.data as HistoryStep[] | undefined;
    if (steps === undefined || query.state.fetchStatus === 'fetching') {
      // An answer on its way may predate the step: ask again after it.
      void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true });
      continue;
    }
    const next = [step, ...steps.filter((s) => s.seq !== step.seq)].sort((a, b) => b.seq - a.seq).slice(0, HISTORY_LIMIT);
    queryClient.setQueryData(query.queryKey, next);
  }
}

export type AnnotationFilter = { domainId?: string; category?: string; query?: string };

/** Annotations matching a filter: one domain's for the panel, or the Annotations tab's list. */
export function useAnnotationList(filter: AnnotationFilter) {
  return useQuery({
    queryKey: queryKeys.annotations(filter),
    queryFn: () => api.listAnnotations(filter),
  });
}
