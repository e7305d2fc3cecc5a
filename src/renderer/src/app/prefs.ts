// The analyst's preferences as the shell loaded them; features read the author name from here.
import { createContext, useContext } from 'react';
import type { Preferences } from '../../../shared/types.ts';

export interface PrefsState {
  prefs: Preferences;
  /** Saves the author name (trimmed; must not be empty). Throws ApiError when saving fails. */
  setAuthor(author: string): Promise<void>;
}

export const PrefsContext = createContext<PrefsState | null>(null);

export function usePrefs(): PrefsState {
  const prefs = useContext(PrefsContext);
  if (!prefs) throw new Error('usePrefs outside PrefsContext');
  return prefs;
}
