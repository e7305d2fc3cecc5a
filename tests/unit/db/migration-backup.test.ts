// The copy taken before a migration: in backups/ (never beside the database), verified, written
// under a temporary name and renamed, pruned to the newest few; without a good copy, no migration.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, MIGRATION_BACKUPS_KEPT, openDatabase } from '../../../src/main/core/db/open.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../src/main/core/db/migrations.ts';
import { cleanLeftovers } from '../../../src/main/core/project/temp-files.ts';
import { tempDir } from '../tmp.ts';

/** A database at schema 2 with one analyst edit. */
function oldDatabase(dir: string): string {
  const file = path.join(dir, 'policy-matrix.db');
  const old = new Database(file);
  old.transaction(() => {
    MIGRATIONS[0]!.up(old);
    MIGRATIONS[1]!.up(old);
    old.pragma('user_version = 2');
    old.pragma(`application_id = ${APPLICATION_ID}`);
  })();
  old.prepare("INSERT INTO overlay VALUES ('position/export-control/JP/summary/en', '\"mine\"', NULL, '2026-01-01T00:00:00.000Z', 'Me')").run();
  old.close();
  return file;
}

describe('the backup taken before a migration', () => {
  it('goes to backups/ beside the database by default, whole and checked; nothing else is left beside the database', () => {
    const dir = tempDir();
    const file = oldDatabase(dir);
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
    expect(fs.readdirSync(dir).sort()).toEqual(['backups', 'policy-matrix.db']);
    const [backup, ...more] = fs.readdirSync(path.join(dir, 'backups'));
    expect(more).toEqual([]);
    expect(backup).toMatch(/^policy-matrix\.db\.v2\.\d{4}-\d{2}-\d{2}T[\d-]+Z\.bak$/);
    const copy = new Database(path.join(dir, 'backups', backup!), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('user_version', { simple: true })).toBe(2);
    expect(copy.prepare('SELECT value FROM overlay').pluck().get()).toBe('"mine"');
    copy.close();
  });

  it(`keeps the newest ${MIGRATION_BACKUPS_KEPT} pre-migration backups of the file and leaves other files alone`, () => {
    const dir = tempDir();
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups);
    const older = Array.from({ length: 7 }, (_, i) => `policy-matrix.db.v1.2020-01-0${i + 1}T00-00-00-000Z.bak`);
    for (const n of [...older, 'before-open-2020-01-01T00-00-00-000Z.db', 'other.db.v1.2020-01-01T00-00-00-000Z.bak']) fs.writeFileSync(path.join(backups, n), 'x');
    openDatabase(oldDatabase(dir)).close();
    const left = fs.readdirSync(backups).sort();
    const mine = left.filter((n) => n.startsWith('policy-matrix.db.'));
    expect(mine).toHaveLength(MIGRATION_BACKUPS_KEPT);
    expect(mine).toContain(older[6]);
    expect(mine).not.toContain(older[0]);
    expect(mine.some((n) => n.startsWith('policy-matrix.db.v2.'))).toBe(true);
    expect(left).toContain('before-open-2020-01-01T00-00-00-000Z.db');
    expect(left).toContain('other.db.v1.2020-01-01T00-00-00-000Z.bak');
  });

  it('without a good backup the database is not migrated, and the message says why', () => {
    const dir = tempDir();
    const file = oldDatabase(dir);
    const blocked = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocked, 'a file where the backups folder should be');
    expect(() => openDatabase(file, { backupDir: blocked })).toThrow(/Could not back up .*policy-matrix\.db to .*not-a-folder before upgrading it.*It was left as it was/);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(2);
    expect(check.prepare('SELECT value FROM overlay').pluck().all()).toEqual(['"mine"']);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.bak') || n.endsWith('.tmp'))).toEqual([]);
  });

  it('a partial backup left by a process that died is removed at the next start, never taken for a good one', () => {
    const dir = tempDir();
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups);
    // The temporary name a killed process (a pid that cannot be alive) would have left mid-VACUUM.
    const partial = path.join(backups, '.policy-matrix.db.v2.2026-01-01T00-00-00-000Z.bak.backup-99999999-abc-0.tmp');
    fs.writeFileSync(partial, 'SQLite format 3\u0000 truncated');
    fs.writeFileSync(`${partial}-journal`, 'hot');
    const removed = cleanLeftovers(path.join(dir, 'policy-matrix.db'));
    expect(removed.sort()).toEqual([partial, `${partial}-journal`].sort());
    expect(fs.readdirSync(backups)).toEqual([]);
  });
});
