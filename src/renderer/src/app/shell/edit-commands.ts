// Undo/redo from the menu. Inside a text field they mean the field's own undo, as in any editor;
// elsewhere they step through the matrix edit history kept by the backend.
import { api } from '../../api/client.ts';
import { announceMatrix } from '../store/matrix-events.ts';

export type EditCommand = 'undo' | 'redo';

function editingText(): boolean {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement) return !el.readOnly;
  return el instanceof HTMLInputElement && !el.readOnly && ['text', 'search', 'email', 'url', 'tel', 'number', ''].includes(el.type);
}

export interface EditCommandResult {
  /** The backend's description of what happened, e.g. `undo: summary export-control/JP (en)`. */
  label: string;
  /** False when there was nothing to undo or redo. */
  changed: boolean;
}

/** Returns null when the command went to a text field; throws ApiError when the backend refuses. */
export async function runEditCommand(command: EditCommand): Promise<EditCommandResult | null> {
  if (editingText()) {
    // The deprecated execCommand is still the only way to reach a field's native undo stack.
    document.execCommand(command);
    return null;
  }
  const state = command === 'undo' ? await api.undo() : await api.redo();
  announceMatrix(state);
  return { label: state.label, changed: state.label.startsWith(`${command}:`) };
}
