// The quick filter finds text anywhere in a domain, in both languages, quotes included. Quotes are no
// longer in the grid's payload, so main answers (matrix:find) with the domains that match; the grid
// keeps the previous answer on screen until the next one arrives.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { queryKeys } from '../../app/store/query-client.ts';

/** Typing pauses this long before main is asked. */
const SETTLE_MS = 120;

/** The matching domain IDs, or null when there is no filter. */
export function useQuickFilterMatches(text: string): ReadonlySet<string> | null {
  const query = text.trim().slice(0, 200);
  const [settled, setSettled] = useState(query);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(query), query === '' ? 0 : SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [query]);
  const { data } = useQuery({
    queryKey: queryKeys.find(settled),
    queryFn: async () => new Set((await api.findDomains({ query: settled })).domainIds),
    enabled: settled !== '',
    placeholderData: keepPreviousData,
  });
  if (query === '') return null;
  return data ?? null;
}
