// Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo matrix edits, except while typing: there they
// belong to the text field. Handling the key here (preventDefault) also keeps Electron's menu
// accelerator for the same keys from firing a second undo.
import { useEffect, useRef } from 'react';

function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}

export function useUndoKeys(undo: () => void, redo: () => void): void {
  const handlers = useRef({ undo, redo });
  handlers.current = { undo, redo };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || inTextField(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z') {
        e.preventDefault();
        if (e.shiftKey) handlers.current.redo();
        else handlers.current.undo();
      } else if (key === 'y' && !e.shiftKey) {
        e.preventDefault();
        handlers.current.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
