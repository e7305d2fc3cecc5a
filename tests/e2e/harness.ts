// The real renderer in Chromium, with window.api wired to the very handlers main registers, running
// here in the test's Node process. Only the transport differs from Electron's IPC.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { EVENT_NAMES, METHODS } from '../../src/shared/api.ts';
import type { Events } from '../../src/shared/contract.ts';
import { Workspace } from '../../src/main/core/workspace.ts';
import { createHandlers } from '../../src/main/ipc/handlers.ts';
import { dispatch } from '../../src/main/ipc/dispatch.ts';
import type { Host } from '../../src/main/ipc/host.ts';
import { serveStatic } from './static-server.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = path.join(ROOT, 'tests/e2e/screenshots');
/** The shipped inputs; a test may start on a modified copy instead (the `dataDir` option). */
export const DATA_DIR = path.join(ROOT, 'data');
export const DB_FILE = 'policy-matrix.db';

/** The workspace the app opens for a profile folder, as main does at start-up. */
export function openWorkspace(profile: string, dataDir: string): Workspace {
  return Workspace.open({ dbPath: path.join(profile, DB_FILE), dataDir, appVersion: '0.1.0-test', backupDir: path.join(profile, 'backups') });
}

export interface AppHarness {
  page: Page;
  workspace: Workspace;
  dir: string;
  /** Paths the next save/open dialogs will "choose" (null = cancel). */
  dialogAnswers: Array<string | null>;
  /** Open (or reopen) the app in the page and wait until it is ready. */
  load(hash?: string): Promise<void>;
  screenshot(name: string): Promise<string>;
  /** Start over on another database (a "fresh profile"), same page. */
  useProfile(dir: string): Promise<void>;
  /**
   * Quit and start again on the same database, optionally with another data folder (a newer app
   * version shipping other inputs), then load the page. If the workspace cannot open (bad input),
   * the error is thrown before the page is touched and the old workspace stays closed, as after a
   * failed start; another restart may follow.
   */
  restart(options?: { dataDir?: string; hash?: string }): Promise<void>;
}

export interface HarnessOptions {
  /** The data folder the app starts on; the shipped `data/` unless a test uses a modified copy. */
  dataDir: string;
}

function testHost(harness: { page: Page | null; dialogAnswers: Array<string | null> }): Host {
  return {
    version: '0.1.0-test',
    locale: 'zh-CN',
    platform: process.platform,
    chooseSavePath: async () => harness.dialogAnswers.shift() ?? null,
    chooseOpenPath: async () => harness.dialogAnswers.shift() ?? null,
    confirm: async () => true,
    revealFile: () => undefined,
    emit<E extends keyof Events>(event: E, payload: Events[E]) {
      void harness.page?.evaluate(([e, p]) => (window as unknown as { __pmEmit(e: string, p: unknown): void }).__pmEmit(e, p), [event, payload] as const).catch(() => undefined);
    },
  };
}

export const test = base.extend<{ app: AppHarness } & HarnessOptions>({
  dataDir: [DATA_DIR, { option: true }],
  app: async ({ page, dataDir }, use, testInfo) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-e2e-'));
    // The first-run panel has its own test (first-run.spec.ts, on a profile without this file).
    fs.writeFileSync(path.join(dir, 'preferences.json'), JSON.stringify({ welcomeDismissed: true }));
    const server = await serveStatic(path.join(ROOT, 'out/renderer'));
    const state = { page: page as Page | null, dialogAnswers: [] as Array<string | null> };
    let currentData = dataDir;
    let profileDir = dir;
    const open = (profile: string) => openWorkspace(profile, currentData);
    let workspace = open(dir);
    let handlers = createHandlers(workspace, testHost(state), { backupDir: path.join(dir, 'backups') });

    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.exposeBinding('__pmInvoke', (_source, channel: string, payload: unknown) => dispatch(handlers, channel, payload).then((envelope) => JSON.stringify(envelope)));
    await page.addInitScript(
      ({ methods, events }) => {
        const listeners = new Map<string, Set<(p: unknown) => void>>();
        const invoke = (window as unknown as { __pmInvoke(c: string, p: unknown): Promise<string> }).__pmInvoke;
        const api: Record<string, unknown> = {};
        for (const [name, channel] of Object.entries(methods)) api[name] = async (request?: unknown) => JSON.parse(await invoke(channel, request));
        api['on'] = (event: string, listener: (p: unknown) => void) => {
          if (!events.includes(event)) throw new Error(`Unknown event: ${event}`);
          if (!listeners.has(event)) listeners.set(event, new Set());
          listeners.get(event)!.add(listener);
          return () => listeners.get(event)?.delete(listener);
        };
        Object.defineProperty(window, 'api', { value: Object.freeze(api) });
        Object.defineProperty(window, '__pmEmit', {
          value: (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)),
        });
      },
      { methods: METHODS as Record<string, string>, events: EVENT_NAMES as string[] },
    );

    const harness: AppHarness = {
      page,
      get workspace() {
        return workspace;
      },
      dir,
      dialogAnswers: state.dialogAnswers,
      async load(hash = '') {
        await page.goto(server.url + hash);
        await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
      },
      async screenshot(name) {
        fs.mkdirSync(SCREENSHOTS, { recursive: true });
        const file = path.join(SCREENSHOTS, `${name}.png`);
        await page.screenshot({ path: file });
        await testInfo.attach(name, { path: file, contentType: 'image/png' });
        return file;
      },
      async useProfile(profile) {
        workspace.close();
        workspace = open(profile);
        profileDir = profile;
        handlers = createHandlers(workspace, testHost(state), { backupDir: path.join(profile, 'backups') });
      },
      async restart(options = {}) {
        workspace.close();
        if (options.dataDir !== undefined) currentData = options.dataDir;
        workspace = open(profileDir);
        handlers = createHandlers(workspace, testHost(state), { backupDir: path.join(profileDir, 'backups') });
        // A new document, as a real restart gives: going to a URL that differs only in its hash would
        // keep the old page (and its state) alive.
        await page.goto('about:blank');
        await harness.load(options.hash);
      },
    };
    await use(harness);
    workspace.close();
    await server.close();
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
