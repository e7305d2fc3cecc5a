// The message line of the matrix view: what the last action did, or why it failed.
import { useCallback, useState } from 'react';

export interface Notice {
  kind: 'info' | 'success' | 'error';
  text: string;
  /** Optional follow-up, e.g. "Show in folder" after an export. */
  action?: { label: string; run(): void };
}

export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  const show = useCallback((next: Notice) => setNotice(next), []);
  const clear = useCallback(() => setNotice(null), []);
  return { notice, show, clear };
}
