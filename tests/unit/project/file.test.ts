import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openProject, readProjectFile, saveProject } from '../../../src/main/core/project/file.ts';
import { ownTableNames } from '../../../src/main/core/project/read.ts';
import { openWorkspace, tempDir } from '../helpers.ts';

describe('project files', () => {
  it('saves a project as one file and opens it in a fresh profile, backing up what was there', async () => {
    const mine = openWorkspace();
    mine.addAnnotation({ domainId: 'investment-review', actorId: 'JP', evidenceId: null }, 'timing', 'ex-ante vs ex-post');
    mine.setSummary('export-control', 'JP', 'en', 'Edited summary');
    const file = path.join(tempDir(), 'shared.pmproj');
    const saved = await saveProject(mine, file);
    expect(saved.bytes).toBeGreaterThan(0);
    expect(readProjectFile(file, { dbPath: mine.options.dbPath, dataset: mine.dataset, ownTables: mine.readConsistent(ownTableNames) }).ignored).toEqual([]);

    const colleagueDir = tempDir();
    const colleague = openWorkspace(colleagueDir);
    colleague.addAnnotation({ domainId: 'semiconductors', actorId: null, evidenceId: null }, 'other', 'my own note');
    const result = await openProject(colleague, file, path.join(colleagueDir, 'backups'));
    expect(colleague.listAnnotations().map((a) => a.text)).toEqual(['ex-ante vs ex-post']);
    expect(colleague.matrix().domains[0]!.positions['JP']!.summary.en).toBe('Edited summary');

    // The colleague's previous work is in the backup, intact.
    const backup = new Database(result.backup!, { readonly: true });
    expect(backup.prepare('SELECT text FROM annotations').all()).toEqual([{ text: 'my own note' }]);
    backup.close();
  });

  it('refuses a file that is not a project and changes nothing', async () => {
    const dir = tempDir();
    const ws = openWorkspace(dir);
    ws.addAnnotation({ domainId: 'export-control', actorId: null, evidenceId: null }, 'other', 'keep me');
    const junk = path.join(tempDir(), 'junk.pmproj');
    fs.writeFileSync(junk, 'PK\u0003\u0004 not a database');
    await expect(openProject(ws, junk, path.join(dir, 'backups'))).rejects.toThrow(/not a Policy Matrix project \(not an SQLite file\)/);

    const otherSqlite = path.join(tempDir(), 'other.pmproj');
    const db = new Database(otherSqlite);
    db.exec('CREATE TABLE t(x)');
    db.close();
    await expect(openProject(ws, otherSqlite, path.join(dir, 'backups'))).rejects.toThrow(/not a Policy Matrix project/);
    await expect(openProject(ws, path.join(dir, 'missing.pmproj'), path.join(dir, 'backups'))).rejects.toThrow(/Could not read .*missing.pmproj: it does not exist/);

    expect(ws.listAnnotations().map((a) => a.text)).toEqual(['keep me']);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('refuses to save into a missing folder', async () => {
    const ws = openWorkspace();
    await expect(saveProject(ws, path.join(tempDir(), 'no', 'such', 'dir', 'x.pmproj'))).rejects.toThrow(/does not exist/);
  });
});
