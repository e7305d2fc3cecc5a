import { useEffect, useRef } from 'react';
import type { View } from '../nav.ts';
import { cycleRegions } from '../regions.ts';

interface Shortcuts {
  setView: (view: View) => void;
  find: () => void;
  /** F1, or ? outside a text field: the help panel with the shortcuts. */
  help: () => void;
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

const BY_DIGIT: Record<string, View> = { '1': 'matrix', '2': 'reader', '3': 'annotations' };

/**
 * Ctrl/Cmd+1/2/3 switch views; Ctrl/Cmd+F searches the sources; F6 / Shift+F6 move between the
 * view's regions (grid, panel, search…). In Electron the menu accelerator may
 * deliver "find" as well: focusing the search box twice is harmless.
 */
export function useShortcuts(shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'F1' || (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target))) {
        event.preventDefault();
        latest.current.help();
        return;
      }
      if (event.key === 'F6' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        cycleRegions(event.shiftKey);
        return;
      }
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
