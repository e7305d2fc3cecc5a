import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from '../../../src/main/core/db/open.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../src/main/core/db/migrations.ts';
import { AppError } from '../../../src/main/core/errors.ts';
import { tempDir } from '../tmp.ts';

function digest(file: string): string {
  return fs.readFileSync(file).toString('base64');
}

describe('openDatabase', () => {
  it('creates a database with every migration and the pragmas the app relies on', () => {
    const file = path.join(tempDir(), 'sub', 'new.db');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table')").all() as Array<{ name: string }>).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['meta', 'documents', 'paragraphs', 'paragraphs_fts', 'overlay', 'history', 'annotations']));
    db.close();
  });

  it('migrates an older database forward after taking a backup, keeping its data', () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.db');
    const old = new Database(file);
    old.transaction(() => {
      MIGRATIONS[0]!.up(old);
      old.pragma('user_version = 1');
      old.pragma(`application_id = ${APPLICATION_ID}`);
    })();
    old.prepare("INSERT INTO meta(key, value) VALUES ('kept', 'yes')").run();
    old.close();

    const db = openDatabase(file, { backupDir: path.join(dir, 'backups') });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'kept'").get()).toEqual({ value: 'yes' });
    db.close();

    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^old\.db\.v1\..*\.bak$/);
    const backup = new Database(path.join(dir, 'backups', backups[0]!), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
  });

  it('migration 3 keeps existing history and adds the baseline-hash columns', () => {
    const dir = tempDir();
    const file = path.join(dir, 'v2.db');
    const old = new Database(file);
    old.transaction(() => {
      MIGRATIONS[0]!.up(old);
      MIGRATIONS[1]!.up(old);
      old.pragma('user_version = 2');
      old.pragma(`application_id = ${APPLICATION_ID}`);
    })();
    old.prepare("INSERT INTO history(at, author, key, label, before, after) VALUES ('t', 'a', 'k', 'l', NULL, '\"x\"')").run();
    old.close();
    const db = openDatabase(file, { backupDir: path.join(dir, 'backups') });
    expect(db.prepare('SELECT key, after, before_hash, after_hash FROM history').all()).toEqual([{ key: 'k', after: '"x"', before_hash: null, after_hash: null }]);
    db.close();
    expect(fs.readdirSync(path.join(dir, 'backups'))[0]).toMatch(/^v2\.db\.v2\./);
  });

  it('each migration applies on top of the previous one', () => {
    const db = new Database(':memory:');
    for (const m of MIGRATIONS) {
      expect(() => m.up(db)).not.toThrow();
    }
    // Strictly increasing from 1. Numbers are handed out per branch of a release (7 is the
    // translation agreement table, 4–6 land from other branches), so a gap can exist in between.
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions.every((v, i) => i === 0 || v > versions[i - 1]!)).toBe(true);
    db.close();
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const file = path.join(tempDir(), 'newer.db');
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = digest(file);
    expect(() => openDatabase(file)).toThrow(/newer version of Policy Matrix/);
    expect(digest(file)).toBe(before);
  });

  it('refuses a file that is not SQLite and leaves it untouched', () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, 'these are my notes, not a database\n'.repeat(50));
    const before = digest(file);
    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/not a Policy Matrix database/);
    expect(digest(file)).toBe(before);
  });

  it('refuses a corrupt SQLite file with a clear message', () => {
    const dir = tempDir();
    const file = path.join(dir, 'corrupt.db');
    const db = openDatabase(file);
    db.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x41, 100, Math.min(bytes.length, 4096));
    fs.writeFileSync(file, bytes);
    expect(() => openDatabase(file)).toThrow(AppError);
  });

  it('refuses another application’s SQLite database', () => {
    const file = path.join(tempDir(), 'other.db');
    const db = new Database(file);
    db.pragma('application_id = 1234');
    db.exec('CREATE TABLE x(y)');
    db.close();
    expect(() => openDatabase(file)).toThrow(/not a Policy Matrix project/);
  });
});
