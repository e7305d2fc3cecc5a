import { channels } from '../../shared/contract.ts';
import { dispatch } from './dispatch.ts';
import type { Handlers } from './dispatch.ts';

/** The frame a message came from, as Electron describes it (`parent` null for a top frame). */
export interface IpcFrame {
  url: string;
  parent: unknown;
}

/** The slice of Electron's ipcMain this module needs, so it can be driven without Electron. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: IpcFrame | null }, payload: unknown) => unknown): void;
}

/** Register one handler per contract channel; each checks who is asking before dispatching. */
export function registerIpc(ipc: IpcMainLike, handlers: Handlers, isTrustedSender: (frame: IpcFrame | null) => boolean): void {
  for (const channel of Object.keys(channels)) {
    ipc.handle(channel, (event, payload) => {
      if (!isTrustedSender(event.senderFrame)) {
        const url = event.senderFrame?.url ?? '';
        return { ok: false, error: { code: 'invalid-request', message: `Request from an untrusted page refused: ${url}` } };
      }
      return dispatch(handlers, channel, payload);
    });
  }
}
