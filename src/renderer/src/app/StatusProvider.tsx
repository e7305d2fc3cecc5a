import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { StatusContext, StatusMessageContext, describeError } from './status.ts';
import type { Status, StatusMessage, StatusTone } from './status.ts';

// Long enough to read a sentence; errors are not timed out because they may need acting on.
const CLEAR_AFTER_MS = 8000;

export function StatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<StatusMessage | null>(null);

  const show = useCallback((text: string, tone: StatusTone = 'info') => {
    setMessage((previous) => ({ text, tone, seq: (previous?.seq ?? 0) + 1 }));
  }, []);

  const status = useMemo<Status>(
    () => ({
      show,
      showError: (error, context) => show(context ? `${context}: ${describeError(error)}` : describeError(error), 'error'),
      clear: () => setMessage(null),
    }),
    [show],
  );

  useEffect(() => {
    if (!message || message.tone === 'error') return;
    const timer = window.setTimeout(() => setMessage((current) => (current?.seq === message.seq ? null : current)), CLEAR_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [message]);

  return (
    <StatusContext.Provider value={status}>
      <StatusMessageContext.Provider value={message}>{children}</StatusMessageContext.Provider>
    </StatusContext.Provider>
  );
}
