// The real renderer in Chromium on the very handlers main registers, running here in the test's Node
// process. Two transports: 'http' (the default) is the real one of `npm run serve` — the server on
// 127.0.0.1, the page's own HTTP client, downloads and uploads for the dialogs; 'binding' runs
// Electron's built preload in the page, its ipcRenderer routed to dispatch through a Playwright binding.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Download, FileChooser, Page } from '@playwright/test';
import type { Events } from '../../src/shared/contract.ts';
import { Workspace } from '../../src/main/core/workspace.ts';
import { createHandlers } from '../../src/main/ipc/handlers.ts';
import { dispatch } from '../../src/main/ipc/dispatch.ts';
import type { Host } from '../../src/main/ipc/host.ts';
import { startAppServer } from '../../src/main/server/app-server.ts';
import type { MenuCommand } from '../../src/shared/contract.ts';
import { serveStatic } from './static-server.ts';
import { installPreload } from './preload-in-page.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = path.join(ROOT, 'tests/e2e/screenshots');
/** The shipped inputs; a test may start on a modified copy instead (the `dataDir` option). */
export const DATA_DIR = path.join(ROOT, 'data');
export const DB_FILE = 'policy-matrix.db';

/** The workspace the app opens for a profile folder, as main does at start-up. */
export function openWorkspace(profile: string, dataDir: string): Workspace {
  return Workspace.open({ dbPath: path.join(profile, DB_FILE), dataDir, appVersion: '0.1.0-test', backupDir: path.join(profile, 'backups') });
}

/**
 * One database of the shipped data per test process, made by Workspace.open and copied into each
 * test's profile: a fresh profile builds the corpus and its search index (0.3–1 s on two busy cores),
 * while the copy opens in ~50 ms. The copy is the very file a first start makes; first-run.spec.ts and
 * the tests with their own data folder still start from nothing.
 */
const templates = new Map<string, string>();
function seedProfile(profile: string, dataDir: string): void {
  if (dataDir !== DATA_DIR) return;
  let template = templates.get(dataDir);
  if (template === undefined) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-e2e-template-'));
    openWorkspace(dir, dataDir).close();
    template = path.join(dir, DB_FILE);
    templates.set(dataDir, template);
  }
  fs.copyFileSync(template, path.join(profile, DB_FILE));
}

export type Transport = 'http' | 'binding';

export interface AppHarness {
  page: Page;
  workspace: Workspace;
  dir: string;
  transport: Transport;
  /**
   * Paths the next save/open dialogs will "choose" (null = cancel). Over HTTP a save is a download
   * saved to the path, an open is a file chooser given the path.
   */
  dialogAnswers: Array<string | null>;
  /**
   * What the interface shows for a file chosen through `dialogAnswers`, once its dialog is done:
   * the path itself over the binding, the file's name in the browser (a download's or an upload's).
   */
  shownPath(file: string): Promise<string>;
  /** An application-menu command, as main sends it (over HTTP it travels the event stream). */
  menu(command: MenuCommand): Promise<void>;
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
  transport: Transport;
}

function testHost(harness: { page: Page | null; dialogAnswers: Array<string | null> }): Host {
  return {
    version: '0.1.0-test',
    locale: 'zh-CN',
    platform: process.platform,
    chooseSavePath: () => Promise.resolve(harness.dialogAnswers.shift() ?? null),
    chooseOpenPath: () => Promise.resolve(harness.dialogAnswers.shift() ?? null),
    confirm: () => Promise.resolve(true),
    revealFile: () => undefined,
    emit<E extends keyof Events>(event: E, payload: Events[E]) {
      void harness.page?.evaluate(([e, p]) => (window as unknown as { __pmEmit(e: string, p: unknown): void }).__pmEmit(e, p), [event, payload] as const).catch(() => undefined);
    },
  };
}

export const test = base.extend<{ app: AppHarness } & HarnessOptions>({
  dataDir: [DATA_DIR, { option: true }],
  transport: [(process.env['PM_E2E_TRANSPORT'] as Transport | undefined) ?? 'http', { option: true }],
  app: async ({ page, dataDir, transport }, use, testInfo) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-e2e-'));
    // The first-run panel has its own test (first-run.spec.ts, on a profile without this file).
    fs.writeFileSync(path.join(dir, 'preferences.json'), JSON.stringify({ welcomeDismissed: true }));
    const state = { page: page as Page | null, dialogAnswers: [] as Array<string | null> };
    let currentData = dataDir;
    let profileDir = dir;
    const open = (profile: string) => openWorkspace(profile, currentData);
    seedProfile(dir, dataDir);
    let workspace = open(dir);
    const backups = () => path.join(profileDir, 'backups');

    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const wire = transport === 'http' ? await httpTransport(page, state, () => workspace, backups) : await bindingTransport(page, state, () => workspace, backups);

    const harness: AppHarness = {
      page,
      get workspace() {
        return workspace;
      },
      dir,
      transport,
      dialogAnswers: state.dialogAnswers,
      shownPath: (file) => wire.shownPath(file),
      menu: (command) => wire.menu(command),
      async load(hash = '') {
        await page.goto(wire.url(hash));
        await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
      },
      async screenshot(name) {
        fs.mkdirSync(SCREENSHOTS, { recursive: true });
        const file = path.join(SCREENSHOTS, `${name}.png`);
        await page.screenshot({ path: file });
        await testInfo.attach(name, { path: file, contentType: 'image/png' });
        return file;
      },
      useProfile(profile) {
        workspace.close();
        workspace = open(profile);
        profileDir = profile;
        wire.reset();
        return Promise.resolve();
      },
      async restart(options = {}) {
        workspace.close();
        if (options.dataDir !== undefined) currentData = options.dataDir;
        workspace = open(profileDir);
        wire.reset();
        // A new document, as a real restart gives: going to a URL that differs only in its hash would
        // keep the old page (and its state) alive.
        await page.goto('about:blank');
        await harness.load(options.hash);
      },
    };
    await use(harness);
    workspace.close();
    await wire.close();
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

type DialogState = { page: Page | null; dialogAnswers: Array<string | null> };

interface Wire {
  url(hash: string): string;
  /** New handlers on the current workspace (after a profile change or a restart). */
  reset(): void;
  shownPath(file: string): Promise<string>;
  menu(command: MenuCommand): Promise<void>;
  close(): Promise<void>;
}

/** The real transport: the server of `npm run serve`, in this process, on a free loopback port. */
async function httpTransport(page: Page, state: DialogState, workspace: () => Workspace, backups: () => string): Promise<Wire> {
  const server = await startAppServer({
    rendererDir: path.join(ROOT, 'out/renderer'),
    handlers: (host) => createHandlers(workspace(), host, { backupDir: backups() }),
    version: '0.1.0-test',
    locale: 'zh-CN',
  });
  // Dialogs in the browser: a download saved where the test said, a file chooser given its file, and
  // the question before replacing the project answered yes (as the binding's host does).
  const shown = new Map<string, Promise<string>>();
  page.on('download', (download: Download) => {
    const target = state.dialogAnswers.shift();
    if (!target) return void download.cancel();
    shown.set(target, download.saveAs(target).then(() => download.suggestedFilename()));
  });
  page.on('filechooser', (chooser: FileChooser) => {
    const source = state.dialogAnswers.shift();
    const done = chooser.setFiles(source ? [source] : []);
    if (source) shown.set(source, done.then(() => path.basename(source)));
  });
  page.on('dialog', (dialog) => void dialog.accept());
  // The first load carries the token in the fragment, as the printed address does; the page keeps
  // it for the tab, so later loads (reloads, deep links) use plain addresses, as the binding does.
  let first = true;
  return {
    url(hash) {
      if (!first) return `${server.origin}/${hash}`;
      first = false;
      return `${server.url}${hash ? `&${hash.replace(/^#/, '')}` : ''}`;
    },
    reset: () => server.replaceHandlers((host) => createHandlers(workspace(), host, { backupDir: backups() })),
    async shownPath(file) {
      // A file still waiting in dialogAnswers has not been chosen yet: the same file saved and then
      // opened must wait for the open's chooser, not return the save's download name (seen under load).
      await expect.poll(() => shown.has(file) && !state.dialogAnswers.includes(file), { message: `no dialog chose ${file}` }).toBe(true);
      return shown.get(file)!;
    },
    menu: (command) => Promise.resolve(server.emit('menu:command', { command })),
    close: () => server.close(),
  };
}

/** window.api from the built preload (see preload-in-page.ts), its ipcRenderer routed to dispatch: Electron's shape, without HTTP. */
async function bindingTransport(page: Page, state: DialogState, workspace: () => Workspace, backups: () => string): Promise<Wire> {
  const server = await serveStatic(path.join(ROOT, 'out/renderer'));
  let handlers = createHandlers(workspace(), testHost(state), { backupDir: backups() });
  const preload = await installPreload(page, (channel, payload) => dispatch(handlers, channel, payload).then((envelope) => JSON.stringify(envelope)));
  return {
    url: (hash) => server.url + hash,
    reset: () => (handlers = createHandlers(workspace(), testHost(state), { backupDir: backups() })),
    shownPath: (file) => Promise.resolve(file),
    menu: (command) => preload.emit('menu:command', { command }),
    close: () => server.close(),
  };
}

export { expect };
