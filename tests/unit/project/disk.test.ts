// A full disk and a read-only folder, for real: a tmpfs mounted in a private mount namespace
// (`unshare -m`, needs root or user namespaces; skipped with a message where that is not allowed).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, openWorkspace, ROOT, tempDir } from '../helpers.ts';
import { CELL } from './crafted.ts';

const RUNNER = path.join(ROOT, 'tests/unit/project/fs-runner.ts');
const canMount = spawnSync('unshare', ['-m', 'sh', '-c', `mount -t tmpfs -o size=1m none ${JSON.stringify(tempDir('pm-probe-'))}`]).status === 0;
if (!canMount) console.warn('disk-full / read-only tests skipped: cannot mount a tmpfs in a private namespace here (unshare -m)');

/** Run the runner with `mount` (a shell script using $M, the mount point) done first. */
function inNamespace(mountPoint: string, setup: string, args: string[]): { ok: boolean; message?: string; annotations?: number; warnings?: string[] } {
  const node = [process.execPath, '--experimental-strip-types', '--no-warnings', RUNNER, ...args].map((a) => JSON.stringify(a)).join(' ');
  const r = spawnSync('unshare', ['-m', 'sh', '-ec', `M=${JSON.stringify(mountPoint)}; ${setup}; ${node}`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { ok: boolean; message?: string };
}

describe.skipIf(!canMount)('a full disk, a read-only folder', () => {
  it('says "the disk is full" / "the folder is read-only", names the file, and leaves nothing behind', () => {
    const profile = tempDir();
    const ws = openWorkspace(profile, { writerKind: 'test' });
    for (let i = 0; i < 40; i++) ws.addAnnotation(CELL, 'other', `note ${i} `.repeat(200));
    ws.close();
    const mount = tempDir('pm-mnt-');
    const target = path.join(mount, 'out.pmproj');

    const full = inNamespace(mount, 'mount -t tmpfs -o size=64k none "$M"', ['save', profile, DATA_DIR, target]);
    expect(full).toMatchObject({ ok: false, message: `Could not write ${target}: the disk is full. Nothing was changed.` });
    const readOnly = inNamespace(mount, 'mount -t tmpfs -o size=1m,ro none "$M"', ['save', profile, DATA_DIR, target]);
    expect(readOnly).toMatchObject({ ok: false, message: `Could not write ${target}: the folder is read-only. Nothing was changed.` });
    expect(fs.readdirSync(path.join(profile, 'tmp'))).toEqual([]);
  });

  it('opens a WAL-mode project (its -wal beside it) from a read-only folder', async () => {
    const sender = openWorkspace(tempDir(), { writerKind: 'test' });
    sender.addAnnotation(CELL, 'timing', 'committed to the main file');
    sender.readConsistent((db) => db.pragma('wal_autocheckpoint = 0'));
    sender.addAnnotation(CELL, 'timing', 'only in the -wal');
    const source = tempDir('pm-src-');
    fs.copyFileSync(sender.options.dbPath, path.join(source, 'shared.db'));
    fs.copyFileSync(`${sender.options.dbPath}-wal`, path.join(source, 'shared.db-wal'));
    const mount = tempDir('pm-mnt-');
    const file = path.join(mount, 'shared.db');
    const profile = tempDir();
    openWorkspace(profile, { writerKind: 'test' }).close();
    const setup = `mount -t tmpfs -o size=8m none "$M"; cp ${JSON.stringify(path.join(source, 'shared.db'))} ${JSON.stringify(path.join(source, 'shared.db-wal'))} "$M"/; mount -o remount,ro "$M"`;
    const opened = inNamespace(mount, setup, ['open', profile, DATA_DIR, file]);
    expect(opened).toMatchObject({ ok: true, annotations: 2, warnings: ['shared.db-wal was read together with the file'] });
  });
});
