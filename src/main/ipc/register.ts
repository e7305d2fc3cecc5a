import { schemas } from '../../shared/contract.ts';
import { dispatch } from './dispatch.ts';
import type { Handlers } from './dispatch.ts';

/** The slice of Electron's ipcMain this module needs, so it can be driven without Electron. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null }, payload: unknown) => unknown): void;
}

/** Register one handler per contract channel; each checks who is asking before dispatching. */
export function registerIpc(ipc: IpcMainLike, handlers: Handlers, isTrustedSender: (url: string) => boolean): void {
  for (const channel of Object.keys(schemas)) {
    ipc.handle(channel, (event, payload) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url)) {
        return { ok: false, error: { code: 'invalid-request', message: `Request from an untrusted page refused: ${url}` } };
      }
      return dispatch(handlers, channel, payload);
    });
  }
}
