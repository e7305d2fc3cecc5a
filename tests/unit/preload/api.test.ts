import { describe, expect, it } from 'vitest';
import { channels, METHODS } from '../../../src/shared/contract.ts';
import { EVENT_NAMES } from '../../../src/shared/events.ts';
import { createApi, createFileBridge } from '../../../src/preload/api.ts';
import type { IpcRendererLike } from '../../../src/preload/api.ts';

function fakeIpc() {
  const invoked: Array<[string, unknown]> = [];
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  const ipc: IpcRendererLike = {
    invoke: (channel, payload) => {
      invoked.push([channel, payload]);
      return Promise.resolve({ ok: true, value: channel });
    },
    on: (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener: (channel, listener) => void listeners.get(channel)?.delete(listener),
  };
  return { ipc, invoked, listeners };
}

describe('the preload API (exactly the object window.api is)', () => {
  it('has one function per contract method and nothing else: no ipcRenderer, no generic invoke', () => {
    const api = createApi(fakeIpc().ipc);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(METHODS), 'on'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.keys(METHODS)).toHaveLength(Object.keys(channels).length);
  });

  it('each method calls its own channel with the request as given', async () => {
    const { ipc, invoked } = fakeIpc();
    const api = createApi(ipc) as unknown as Record<string, (r?: unknown) => Promise<{ value: string }>>;
    for (const [method, channel] of Object.entries(METHODS)) {
      const request = { probe: method };
      const answer = await api[method]!(request);
      expect(invoked.at(-1)).toEqual([channel, request]);
      expect(answer.value).toBe(channel);
    }
  });

  it('subscribes only to the contract’s events and unsubscribes', () => {
    const { ipc, listeners } = fakeIpc();
    const api = createApi(ipc);
    const seen: unknown[] = [];
    const off = api.on('matrix:changed', (payload) => seen.push(payload));
    listeners.get('matrix:changed')!.forEach((l) => l({ sender: 'ignored' }, { cause: 'edit' }));
    expect(seen).toEqual([{ cause: 'edit' }]);
    off();
    expect(listeners.get('matrix:changed')!.size).toBe(0);
    expect(EVENT_NAMES).toContain('matrix:changed');
    expect(() => api.on('ipc:anything' as 'matrix:changed', () => {})).toThrow(/Unknown event/);
  });
});

describe('files dropped on the window (Electron)', () => {
  it('the page cannot name a path through prepareSource; the file bridge names the dropped File by its path', async () => {
    const { ipc, invoked } = fakeIpc();
    const api = createApi(ipc);
    await api.prepareSource({ replacing: 'src-1', droppedPath: '/etc/passwd' });
    expect(invoked.at(-1)).toEqual(['sources:prepare', { replacing: 'src-1' }]);

    const files = new Map<object, string>();
    const dropped = {};
    files.set(dropped, '/home/analyst/report.pdf');
    const bridge = createFileBridge(ipc, (file: object) => files.get(file) ?? '');
    await bridge.prepareDropped(dropped, { replacing: 'src-2' });
    expect(invoked.at(-1)).toEqual(['sources:prepare', { replacing: 'src-2', droppedPath: '/home/analyst/report.pdf' }]);
    // Something that is not a file on disk: refused here, main is never asked.
    const count = invoked.length;
    expect(await bridge.prepareDropped({})).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(invoked).toHaveLength(count);
  });
});
