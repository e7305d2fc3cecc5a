// Every attack of section 1 of the security review, as a test: a colleague's project file is
// untrusted input. Each asserts that none of the sender's SQL runs, that a refused file leaves the
// working database byte-identical, and that the analyst's own data is all there (in the working
// database, or in the verified backup when the open went ahead).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../../src/main/core/project/file.ts';
import type { Workspace } from '../../../src/main/core/workspace.ts';
import { openWorkspace, tempDir } from '../helpers.ts';
import { CELL, colleagueProject, digest, listing, schemaOf, tamper } from './crafted.ts';

function myWorkspace(): { ws: Workspace; dir: string; backups: string } {
  const dir = tempDir();
  const ws = openWorkspace(dir, { writerKind: 'test' });
  ws.setPrefs({ author: 'Me' });
  ws.addAnnotation({ domainId: 'semiconductors', actorId: null, evidenceId: null }, 'other', 'my own note');
  ws.setSummary('export-control', 'US', 'en', 'My summary');
  return { ws, dir, backups: path.join(dir, 'backups') };
}

const FRESH_SCHEMA = (() => {
  let cached: Array<{ type: string; name: string }> | null = null;
  return () => (cached ??= schemaOf(openWorkspace(tempDir(), { writerKind: 'test' })));
})();

/** After an open went ahead: our schema only, and the analyst's own earlier data is in the verified backup. */
function expectCleanAfterOpen(ws: Workspace, backup: string | null) {
  expect(schemaOf(ws)).toEqual(FRESH_SCHEMA());
  expect(ws.readConsistent((db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
  const b = new Database(backup!, { readonly: true });
  expect(b.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(b.prepare('SELECT text FROM annotations').all()).toEqual([{ text: 'my own note' }]);
  b.close();
  // Later edits behave normally: nothing hidden fires on them.
  const a = ws.addAnnotation(CELL, 'scope', 'after open').annotation;
  ws.setSummary('export-control', 'JP', 'en', 'mine after open');
  expect(ws.listAnnotations().find((x) => x.id === a.id)?.text).toBe('after open');
  expect(ws.matrix().domains.find((d) => d.id === 'export-control')!.positions['JP']!.summary.en).toBe('mine after open');
  expect(ws.history().length).toBeGreaterThanOrEqual(2);
}

/** After a refusal: the working database byte-identical and everything still there. */
async function expectRefusedUnchanged(ws: Workspace, before: string, fn: () => Promise<unknown>, message: RegExp) {
  await expect(fn()).rejects.toThrow(message);
  expect(digest(ws.options.dbPath)).toBe(before);
  expect(ws.listAnnotations().map((a) => a.text)).toEqual(['my own note']);
  expect(ws.matrix().domains.find((d) => d.id === 'export-control')!.positions['US']!.summary.en).toBe('My summary');
}

describe('an untrusted project file', () => {
  it('1a: triggers on every table are reported and never run, now or on later edits', async () => {
    const { file } = await colleagueProject();
    const tables = ['annotations', 'overlay', 'history', 'meta', 'documents', 'paragraphs'];
    tamper(
      file,
      `CREATE TABLE zz_exfil(x);
       ${tables
         .map(
           (t) => `CREATE TRIGGER t_ins_${t} AFTER INSERT ON ${t} BEGIN INSERT INTO zz_exfil VALUES ('${t}'); END;
                   CREATE TRIGGER t_upd_${t} AFTER UPDATE ON ${t} BEGIN INSERT INTO zz_exfil VALUES ('${t}'); END;
                   CREATE TRIGGER t_del_${t} BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, 'boom from project file'); END;`,
         )
         .join('\n')}
       CREATE TRIGGER rewrite AFTER INSERT ON overlay BEGIN UPDATE overlay SET value = '"attacker text"'; END;
       CREATE TRIGGER prune AFTER INSERT ON history BEGIN DELETE FROM history; END;`,
    );
    const sent = digest(file);
    const folder = listing(path.dirname(file));
    const { ws, backups } = myWorkspace();
    const report = await openProject(ws, file, backups);

    expect(report.ignored.filter((i) => i.what.startsWith('trigger'))).toHaveLength(tables.length * 3 + 2);
    expect(report.ignored).toContainEqual({ what: 'table zz_exfil', reason: 'not part of a project; not read' });
    expect(ws.listAnnotations().map((a) => a.text)).toEqual(['their note: ex-ante vs ex-post']);
    expect(ws.matrix().domains.find((d) => d.id === 'export-control')!.positions['JP']!.summary.en).toBe('Their summary');
    expectCleanAfterOpen(ws, report.backup);
    expect(ws.history().map((h) => h.label.kind)).toContain('add-annotation');
    // The sender's file is untouched, and nothing was written beside it.
    expect(digest(file)).toBe(sent);
    expect(listing(path.dirname(file))).toEqual(folder);
  });

  it('1b: a never-ending trigger cannot hang the open or any later start', async () => {
    const { file } = await colleagueProject();
    tamper(
      file,
      `CREATE TRIGGER hang AFTER INSERT ON documents BEGIN
         WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;
       END;
       CREATE TRIGGER hang2 BEFORE INSERT ON annotations BEGIN
         WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;
       END;
       UPDATE meta SET value = 'stale' WHERE key = 'corpus_fingerprint';`,
    );
    const { ws, dir, backups } = myWorkspace();
    const report = await openProject(ws, file, backups);
    expect(report.ignored.map((i) => i.what)).toEqual(expect.arrayContaining(['trigger hang on documents', 'trigger hang2 on annotations']));
    expectCleanAfterOpen(ws, report.backup);
    ws.close();
    const again = openWorkspace(dir, { writerKind: 'test' });
    expect(again.listAnnotations().length).toBe(2);
  });

  it('1c: a file whose triggers would abort our writes opens cleanly (nothing of theirs is written through)', async () => {
    const { file } = await colleagueProject();
    tamper(file, `CREATE TRIGGER no_delete BEFORE DELETE ON documents BEGIN SELECT RAISE(ABORT, 'boom from project file'); END;
                  PRAGMA user_version = 2;`);
    const { ws, backups } = myWorkspace();
    const report = await openProject(ws, file, backups);
    expectCleanAfterOpen(ws, report.backup);
  });

  it('1d/1e: forged paragraph text, document metadata, or a view in place of paragraphs never reach the reader', async () => {
    const { file } = await colleagueProject();
    const { ws, backups } = myWorkspace();
    const real = ws.paragraphs.find((p) => p.kind === 'body')!;
    tamper(
      file,
      `INSERT INTO documents(id, position, meta) VALUES ('gui-yongtao', 0, '{"id":"gui-yongtao","title":{"zh":"FORGED","en":"FORGED"}}');
       INSERT INTO paragraphs(id, doc_id, ordinal, kind, section, section_title, level, lang, text, marker, note_of)
         VALUES ('${real.id}', 'gui-yongtao', ${real.ordinal}, 'body', '', '', NULL, 'zh', 'FORGED: Japan abandons export control entirely', NULL, NULL);
       ALTER TABLE paragraphs RENAME TO paragraphs_real;
       CREATE VIEW paragraphs AS SELECT id, doc_id, ordinal, kind, section, section_title, level, lang, 'VIEW-FORGED ' || text AS text, marker, note_of FROM paragraphs_real;`,
    );
    const report = await openProject(ws, file, backups);
    expect(report.ignored).toEqual(expect.arrayContaining([{ what: 'view paragraphs', reason: 'views in a project file are never read' }]));
    expect(ws.getParagraph(real.id).text).toBe(real.text);
    expect(ws.search('FORGED').total).toBe(0);
    expect(ws.listDocuments().map((d) => d.title.zh)).not.toContain('FORGED');
    expectCleanAfterOpen(ws, report.backup);
  });

  it('a view, virtual table or computed column in place of a table of ours is refused, the working database byte-identical', async () => {
    const cases: Array<[string, RegExp]> = [
      ['ALTER TABLE annotations RENAME TO a2; CREATE VIEW annotations AS SELECT * FROM a2;', /its annotations is a view, not a table/],
      ['DROP TABLE annotations; CREATE VIRTUAL TABLE annotations USING fts5(id, domain_id, actor_id, evidence_id, category, text, author, created_at, updated_at);', /its annotations is a virtual, not a table/],
      [
        `DROP TABLE overlay; CREATE TABLE overlay(key TEXT, v TEXT, value TEXT AS (upper(v)), baseline_hash TEXT, updated_at TEXT, author TEXT);`,
        /overlay\.value is a computed column/,
      ],
      ['DROP TABLE overlay; CREATE TABLE overlay(k TEXT, v TEXT);', /table overlay has no column key/],
      ['DROP TABLE history;', /it has no history table/],
      ['PRAGMA user_version = 9;', /newer version of Policy Matrix \(schema 9/],
      ['PRAGMA application_id = 42;', /not a Policy Matrix project/],
      ['PRAGMA user_version = 0;', /not a Policy Matrix project/],
    ];
    const { ws, backups } = myWorkspace();
    for (const [sql, message] of cases) {
      const { file } = await colleagueProject();
      tamper(file, sql);
      const before = digest(ws.options.dbPath);
      await expectRefusedUnchanged(ws, before, () => openProject(ws, file, backups), message);
      await expect(openProject(ws, file, backups)).rejects.toThrow(new RegExp(file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
    expect(fs.existsSync(backups)).toBe(false);
  });

  it('1f/1g: CHECK constraints, extra and wrong columns in the sender schema do not reach ours', async () => {
    const { file } = await colleagueProject();
    tamper(
      file,
      `ALTER TABLE annotations RENAME TO a_old;
       CREATE TABLE annotations(id TEXT, domain_id TEXT, actor_id TEXT, evidence_id TEXT, category TEXT, text TEXT CHECK (length(text) < 3),
         author TEXT, created_at TEXT, updated_at TEXT, secret TEXT DEFAULT 'x');
       INSERT INTO annotations(id, domain_id, actor_id, evidence_id, category, text, author, created_at, updated_at)
         SELECT id, domain_id, actor_id, evidence_id, category, substr(text, 1, 2), author, created_at, updated_at FROM a_old;
       DROP TABLE a_old;`,
    );
    const { ws, backups } = myWorkspace();
    const report = await openProject(ws, file, backups);
    expect(report.ignored).toContainEqual({ what: 'column annotations.secret', reason: 'not part of a project; not read' });
    // Our CHECK-free schema: a long annotation can be added afterwards.
    expect(ws.addAnnotation(CELL, 'other', 'a much longer annotation than three characters').annotation.text).toHaveLength(46);
    expectCleanAfterOpen(ws, report.backup);
  });

  it('1h/1i/1k/1l: invalid, deeply nested or ill-shaped rows are left out with their reason; the rest opens and works', async () => {
    const { file } = await colleagueProject();
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const uuid = '0b5c1c52-0000-4000-8000-000000000001';
    tamper(
      file,
      `INSERT INTO overlay VALUES ('position/export-control/US/summary/en', '{not json', NULL, '2026-01-01T00:00:00.000Z', 'X');
       INSERT INTO overlay VALUES ('bogus/1', '"x"', NULL, '2026-01-01T00:00:00.000Z', 'X');
       INSERT INTO overlay VALUES ('alignment/export-control/value', '${deep}', NULL, '2026-01-01T00:00:00.000Z', 'X');
       INSERT INTO overlay VALUES ('alignment/semiconductors/value', '"vibes"', NULL, '2026-01-01T00:00:00.000Z', 'X');
       INSERT INTO overlay VALUES ('actor/constructor', '{"id":"constructor","name":{"zh":"x","en":"x"}}', NULL, '2026-01-01T00:00:00.000Z', 'X');
       INSERT INTO overlay VALUES ('domain/../../../etc/passwd', '{"name":{"zh":"x","en":"x"},"order":1}', NULL, '2026-01-01T00:00:00.000Z', 'X');
       INSERT INTO overlay VALUES ('position/export-control/KR/summary/en', X'227822', NULL, '2026-01-01T00:00:00.000Z', 'X');
       INSERT INTO overlay VALUES ('position/supply-chain/JP/summary/en', '"fine"', NULL, 'yesterday', 'X');
       INSERT INTO overlay VALUES ('position/supply-chain/US/summary/en', '"fine"', NULL, '2026-01-01T00:00:00.000Z', X'37');
       INSERT INTO annotations VALUES ('${uuid}', 'investment-review', 'JP', NULL, 'vibes', 'bad category', 'X', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
       INSERT INTO annotations VALUES ('x2', 'investment-review', 'JP', NULL, 'other', X'00ff', 'X', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
       INSERT INTO annotations VALUES ('x3', 'investment-review', 'JP', NULL, 'other', '${'y'.repeat(30_000)}', 'X', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');`,
    );
    const { ws, backups } = myWorkspace();
    const report = await openProject(ws, file, backups);
    const reasons = Object.fromEntries(report.ignored.map((i) => [i.what, i.reason]));
    expect(reasons['edit position/export-control/US/summary/en']).toMatch(/not valid JSON/);
    expect(reasons['edit bogus/1']).toMatch(/not a key this app writes/);
    expect(reasons['edit alignment/export-control/value']).toMatch(/nested deeper than 8/);
    expect(reasons['edit alignment/semiconductors/value']).toMatch(/not a valid alignment value/);
    expect(reasons['edit actor/constructor']).toMatch(/not a key/);
    expect(reasons['edit domain/../../../etc/passwd']).toMatch(/not a key/);
    expect(reasons['edit position/export-control/KR/summary/en']).toMatch(/value is a BLOB, not JSON text/);
    expect(reasons['edit position/supply-chain/JP/summary/en']).toMatch(/not an ISO date/);
    expect(reasons['edit position/supply-chain/US/summary/en']).toMatch(/author is a BLOB/);
    expect(reasons[`annotation ${uuid}`]).toMatch(/category/);
    expect(reasons['annotation x2']).toMatch(/text is a BLOB/);
    expect(reasons['annotation x3']).toMatch(/text/);
    // What was valid is there, and the app works on it: matrix, undo, export-ready data.
    expect(ws.listAnnotations().map((a) => a.text)).toEqual(['their note: ex-ante vs ex-post']);
    const view = ws.matrixView();
    expect(ws.matrix().domains.find((d) => d.id === 'export-control')!.positions['JP']!.summary.en).toBe('Their summary');
    expect(JSON.parse(JSON.stringify(view)).rows.length).toBe(view.rows.length);
    expect(ws.undo().step).not.toBeNull();
    expectCleanAfterOpen(ws, report.backup);
  });

  it('1j: invalid history rows are left out, and the history that remains is kept for reading but cannot be undone', async () => {
    const { file } = await colleagueProject();
    tamper(
      file,
      `INSERT INTO history(at, author, key, label, before, after, state) VALUES ('2026-01-01T00:00:00.000Z', 'X', 'position/export-control/JP/summary/en', 'x', '{bad', '"y"', 0);
       INSERT INTO history(at, author, key, label, before, after, state) VALUES ('2026-01-01T00:00:00.000Z', 'X', 'position/export-control/JP/summary/en', 'x', NULL, '"y"', 7);`,
    );
    const { ws, backups } = myWorkspace();
    const report = await openProject(ws, file, backups);
    expect(report.ignored.filter((i) => i.what.startsWith('history entry'))).toHaveLength(2);
    expect(report.warnings.join(' ')).toMatch(/kept for reading, but cannot be undone: 2 entries were invalid/);
    expect(ws.history().length).toBe(2);
    const before = JSON.stringify(ws.matrix());
    expect(ws.undo().step).toBeNull();
    expect(JSON.stringify(ws.matrix())).toBe(before);
    expectCleanAfterOpen(ws, report.backup);
  });

  it('1r: a working database copied with its -wal beside it is read with the log, not without', async () => {
    const senderDir = tempDir('pm-send-');
    // A real working database of the app, left with its last commits in the WAL.
    const donor = openWorkspace(tempDir(), { writerKind: 'test' });
    for (let i = 0; i < 50; i++) donor.addAnnotation(CELL, 'other', `wal note ${i}`);
    const dbFile = path.join(senderDir, 'policy-matrix.db');
    donor.readConsistent((db) => db.pragma('wal_autocheckpoint = 0'));
    donor.addAnnotation(CELL, 'other', 'only in the wal');
    fs.copyFileSync(donor.options.dbPath, dbFile);
    fs.copyFileSync(`${donor.options.dbPath}-wal`, `${dbFile}-wal`);
    expect(fs.statSync(`${dbFile}-wal`).size).toBeGreaterThan(0);
    const sent = listing(senderDir);

    const { ws, backups } = myWorkspace();
    const report = await openProject(ws, dbFile, backups);
    expect(ws.listAnnotations().length).toBe(51);
    expect(ws.listAnnotations().map((a) => a.text)).toContain('only in the wal');
    expect(report.warnings).toContain('policy-matrix.db-wal was read together with the file');
    expect(listing(senderDir)).toEqual(sent);
    expectCleanAfterOpen(ws, report.backup);
  });

  it('refuses a database another Policy Matrix process is writing right now, saying which', async () => {
    const { file } = await colleagueProject();
    const { ws, backups } = myWorkspace();
    const code = `import { acquireWriterLock } from ${JSON.stringify(path.resolve('src/main/core/db/writer-lock.ts'))};
      acquireWriterLock(${JSON.stringify(file)}, 'command line'); console.log('held'); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('held') && resolve()));
      const before = digest(ws.options.dbPath);
      await expectRefusedUnchanged(ws, before, () => openProject(ws, file, backups), new RegExp(`is open in Policy Matrix right now \\(the command line, process ${child.pid}\\)`));
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('close', r));
    }
    expect((await openProject(ws, file, backups)).annotations).toBe(1);
  });
});
