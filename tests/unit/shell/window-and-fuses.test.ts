// The window's security settings and the packaged binary's fuses, asserted as data (the exported
// options object, the parsed electron-builder configuration), not by matching source text.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { WEB_PREFERENCES, windowOptions } from '../../../src/main/window-options.ts';
import { ROOT } from '../helpers.ts';

describe('the window', () => {
  it('is created with every security setting on', () => {
    const options = windowOptions('/app/out/preload/index.cjs');
    expect(options.webPreferences).toEqual({ ...WEB_PREFERENCES, preload: '/app/out/preload/index.cjs' });
    expect(WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(options.show).toBe(false);
  });
});

describe('Electron fuses in the packaging configuration', () => {
  const config = parse(fs.readFileSync(path.join(ROOT, 'build/electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, boolean>; asar?: boolean };

  it('turn off running as Node, NODE_OPTIONS, inspect arguments and file:// privileges; validate the asar and load only from it', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
    // OnlyLoadAppFromAsar needs the app packed into an asar.
    expect(config.asar ?? true).toBe(true);
  });
});
