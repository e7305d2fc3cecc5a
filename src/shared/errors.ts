// Error codes every failed request carries, and the words for the ones the interface explains the
// same way whatever happened (so the renderer never shows main's English text for them).
import type { Bilingual } from './types.ts';

export type ErrorCode =
  | 'unknown-channel'
  | 'invalid-request'
  | 'not-found'
  | 'conflict'
  /** Another window or command held the project past the wait (busy_timeout). Nothing was changed. */
  | 'busy'
  | 'bad-file'
  | 'io'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Field-level details for invalid requests. */
  details?: string[];
}

export const BUSY_MESSAGE: Bilingual = {
  zh: '项目正被另一个窗口或命令使用。请稍候再试，未作任何更改。',
  en: 'The project is busy in another window or command. Wait a moment and try again; nothing was changed.',
};
