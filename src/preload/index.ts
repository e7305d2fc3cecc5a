// Exposes one named function per contract method (see ./api.ts), and an event subscription limited
// to the contract's event names. Never ipcRenderer itself, never a generic invoke.
import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from './api.ts';

contextBridge.exposeInMainWorld('api', createApi(ipcRenderer));
