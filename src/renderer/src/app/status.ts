// The status line at the bottom of the window, shared by every feature: "Saved", "Evidence added", errors.
import { createContext, useContext } from 'react';
import { ApiError } from '../api/client.ts';

export type StatusTone = 'info' | 'success' | 'error';

export interface StatusMessage {
  text: string;
  tone: StatusTone;
  /** Increases with every message, so the same text shown twice still re-announces. */
  seq: number;
}

export interface Status {
  /** Show a message; info and success messages clear themselves after a while, errors stay. */
  show(text: string, tone?: StatusTone): void;
  /** Show an error (an ApiError, Error or anything thrown), optionally prefixed with what failed. */
  showError(error: unknown, context?: string): void;
  clear(): void;
}

export const StatusContext = createContext<Status>({ show: () => undefined, showError: () => undefined, clear: () => undefined });
export const StatusMessageContext = createContext<StatusMessage | null>(null);

/** `const status = useStatus(); status.show('Saved', 'success')`. */
export function useStatus(): Status {
  return useContext(StatusContext);
}

export function useStatusMessage(): StatusMessage | null {
  return useContext(StatusMessageContext);
}

/** A one-line, human-readable description of something thrown. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.details.length > 0 ? `${error.message} (${error.details.join('; ')})` : error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
