// Undo and redo, from the menu, the toolbar and the keyboard alike: inside a text field they mean the
// field's own undo, as in any editor; elsewhere they step through the matrix history main keeps. One
// code path, so the toolbar and the menu cannot disagree about what a text field is.
import type { StepLabel } from '../../../../shared/types.ts';
import { api } from '../../api/client.ts';
import { applyWrite } from './changes.ts';

export type EditCommand = 'undo' | 'redo';

/** Where Ctrl+Z belongs to the focused control: editable text (not a select, not read-only). */
export function editingText(el: Element | null = document.activeElement): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement) return !el.readOnly;
  return el instanceof HTMLInputElement && !el.readOnly && ['text', 'search', 'email', 'url', 'tel', 'number', ''].includes(el.type);
}

export type EditCommandResult =
  /** The command went to a text field. */
  | { kind: 'text-field' }
  /** There was nothing to undo or redo. */
  | { kind: 'nothing' }
  | { kind: 'done'; step: StepLabel };

/** Throws ApiError when main refuses (then nothing changed). */
export async function runEditCommand(command: EditCommand, inTextField = editingText()): Promise<EditCommandResult> {
  if (inTextField) {
    // The deprecated execCommand is still the only way to reach a field's native undo stack.
    document.execCommand(command);
    return { kind: 'text-field' };
  }
  const result = command === 'undo' ? await api.undo() : await api.redo();
  applyWrite(result);
  return result.step ? { kind: 'done', step: result.step } : { kind: 'nothing' };
}
