// Annotations matching a filter, fetched again whenever `version` changes (each new MatrixState:
// adding, editing, undoing or opening a project all produce one).
import { useCallback, useEffect, useState } from 'react';
import type { Request } from '../../../shared/contract.ts';
import type { Annotation } from '../../../shared/types.ts';
import { api } from '../api/client.ts';

export type AnnotationFilter = NonNullable<Request<'annotations:list'>>;

export function useAnnotations(filter: AnnotationFilter, version: unknown) {
  const [list, setList] = useState<Annotation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const { query, category, domainId } = filter;

  useEffect(() => {
    let live = true;
    api
      .listAnnotations({
        ...(query ? { query } : {}),
        ...(category ? { category } : {}),
        ...(domainId ? { domainId } : {}),
      })
      .then((next) => {
        if (!live) return;
        setList(next);
        setError(null);
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [query, category, domainId, version, tick]);

  const refresh = useCallback(() => setTick((n) => n + 1), []);
  return { list, error, refresh };
}
