// Runs one request from a form or button: busy while it runs, its failure kept as a message for
// display next to the control (what the analyst typed stays where it is), never unhandled.
import { useCallback, useState } from 'react';
import { describeError } from '../app/status.ts';

export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Resolves true when the work succeeded, false when it failed (the error is then set). */
  const run = useCallback(async (work: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (e) {
      setError(describeError(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
