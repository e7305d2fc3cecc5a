// Exposes one named function per contract method, and an event subscription limited to the
// contract's event names. Never ipcRenderer itself, never a generic invoke.
import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_NAMES, METHODS } from '../shared/api.ts';
import type { RawApi } from '../shared/api.ts';
import type { Events } from '../shared/contract.ts';

const methods = Object.fromEntries(
  Object.entries(METHODS).map(([name, channel]) => [name, (request?: unknown) => ipcRenderer.invoke(channel, request)]),
);

const api = {
  ...methods,
  on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): () => void {
    if (!EVENT_NAMES.includes(event)) throw new Error(`Unknown event: ${event}`);
    const wrapped = (_: unknown, payload: Events[E]) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
} as RawApi;

contextBridge.exposeInMainWorld('api', api);
