// Exposes one named function per contract method (see ./api.ts), and an event subscription limited
// to the contract's event names. Never ipcRenderer itself, never a generic invoke.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createApi, createFileBridge } from './api.ts';

contextBridge.exposeInMainWorld('api', createApi(ipcRenderer));
// Dropped files: their path is read here, from the File the page received (see createFileBridge).
contextBridge.exposeInMainWorld('pmFiles', createFileBridge(ipcRenderer, (file: File) => webUtils.getPathForFile(file)));
