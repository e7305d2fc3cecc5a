import { useEffect, useRef } from 'react';
import type { View } from '../nav.ts';

interface Shortcuts {
  setView(view: View): void;
  find(): void;
}

const BY_DIGIT: Record<string, View> = { '1': 'matrix', '2': 'reader', '3': 'annotations' };

/**
 * Ctrl/Cmd+1/2/3 switch views; Ctrl/Cmd+F searches the sources. In Electron the menu accelerator may
 * deliver "find" as well: focusing the search box twice is harmless.
 */
export function useShortcuts(shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const view = BY_DIGIT[event.key];
      if (view) {
        event.preventDefault();
        latest.current.setView(view);
      } else if (event.key.toLowerCase() === 'f') {
        event.preventDefault();
        latest.current.find();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
