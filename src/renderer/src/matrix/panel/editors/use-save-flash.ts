// "Saved" that appears only after main confirmed the write, and fades after a few seconds.
import { useEffect, useState } from 'react';

export function useSaveFlash(): [boolean, () => void] {
  const [at, setAt] = useState(0);
  useEffect(() => {
    if (!at) return;
    const timer = window.setTimeout(() => setAt(0), 4000);
    return () => window.clearTimeout(timer);
  }, [at]);
  return [at > 0, () => setAt(Date.now())];
}
