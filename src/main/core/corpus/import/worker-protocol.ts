import type { ErrorCode } from '../../../../shared/contract.ts';
import type { ExtractedSource } from './blocks.ts';

export interface WorkerRequest {
  bytes: Uint8Array;
  fileName: string;
  encoding: string | null;
}

export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; extracted: ExtractedSource }
  | { type: 'error'; code: ErrorCode; message: string };
