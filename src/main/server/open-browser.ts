// Open the printed address in the default browser where there is one; never fail when there is not
// (a server without a desktop, a container): the address is printed either way.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  return (env['PATH'] ?? '').split(path.delimiter).some((dir) => dir !== '' && fs.existsSync(path.join(dir, command)));
}

/** The command that opens a URL here, or null (no desktop session, no opener installed). */
export function browserOpener(url: string, platform = process.platform, env = process.env): { command: string; args: string[] } | null {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd built-in; its first quoted argument is the window title.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  // Without a display, xdg-open would fall back to a text browser in this very terminal.
  if (!env['DISPLAY'] && !env['WAYLAND_DISPLAY']) return null;
  return onPath('xdg-open', env) ? { command: 'xdg-open', args: [url] } : null;
}

/** True when an opener was started (whether a browser then appears is up to the desktop). */
export function openBrowser(url: string): boolean {
  const opener = browserOpener(url);
  if (!opener) return false;
  try {
    const child = spawn(opener.command, opener.args, { detached: true, stdio: 'ignore', windowsVerbatimArguments: process.platform === 'win32' });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
