// Electron's preload, run in a plain Chromium page: the built bundle (out/preload/index.cjs, what
// Electron loads) with its one `require('electron')` answered by a contextBridge that exposes the
// object on window as a frozen copy whose calls clone their arguments and answers (as the bridge
// does), and an ipcRenderer whose invoke goes through a Playwright binding to main's dispatch. So the
// end-to-end tests (and the render benchmark) drive the very window.api the desktop app exposes,
// not a re-implementation of it; a change to the preload shows up here.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const PRELOAD_BUNDLE = path.resolve(import.meta.dirname, '../../out/preload/index.cjs');

/** The binding the fake ipcRenderer invokes: main's dispatch, answering a JSON envelope. */
export type Invoke = (channel: string, payload: unknown) => Promise<string>;

/** Install before the first navigation. `emit` delivers an event as main's webContents.send would. */
export async function installPreload(page: Pick<Page, 'exposeBinding' | 'addInitScript' | 'evaluate'>, invoke: Invoke): Promise<{ emit(event: string, payload: unknown): Promise<void> }> {
  if (!fs.existsSync(PRELOAD_BUNDLE)) throw new Error(`${PRELOAD_BUNDLE} is missing: run \`npm run build\` first`);
  const bundle = fs.readFileSync(PRELOAD_BUNDLE, 'utf8');
  await page.exposeBinding('__pmInvoke', (_source, channel: string, payload: unknown) => invoke(channel, payload));
  await page.addInitScript(`(() => {
  const listeners = new Map();
  const ipcRenderer = {
    invoke: (channel, payload) => window.__pmInvoke(channel, payload).then((text) => JSON.parse(text)),
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  const clone = (value) => (value === undefined || typeof value === 'function' ? value : structuredClone(value));
  const contextBridge = {
    exposeInMainWorld(key, api) {
      const copy = {};
      for (const [name, fn] of Object.entries(api)) {
        copy[name] = (...args) => {
          const out = fn(...args.map(clone));
          return out instanceof Promise ? out.then(clone) : out;
        };
      }
      Object.defineProperty(window, key, { value: Object.freeze(copy) });
    },
  };
  const require = (name) => {
    if (name !== 'electron') throw new Error('a sandboxed preload can require only electron, not ' + name);
    return { contextBridge, ipcRenderer };
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${bundle}
  })(require, module, module.exports);
  Object.defineProperty(window, '__pmEmit', { value: (event, payload) => listeners.get(event)?.forEach((listener) => listener({}, payload)) });
})();`);
  return {
    emit: (event, payload) => page.evaluate(([e, p]) => (window as unknown as { __pmEmit(e: string, p: unknown): void }).__pmEmit(e, p), [event, payload] as const),
  };
}
