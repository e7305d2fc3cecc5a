// The command line's logic, run in-process through runCli (the same function bin/index.ts calls);
// cli-smoke.test.ts spawns each command once the way the README documents it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.ts';
import { cliInProcess as run } from './cli-runner.ts';


describe('command line', () => {
  const db = () => path.join(tempDir(), 'cli.db');

  it('lists documents and paragraphs, searches, prints the matrix', async () => {
    const file = db();
    const list = await run(['corpus', 'list', '--db', file]);
    expect(list.code, list.stderr).toBe(0);
    const docs = JSON.parse(list.stdout) as Array<{ id: string; title: string }>;
    expect(docs.map((d) => d.id)).toEqual(['gui-yongtao', 'wu-cong']);
    expect(docs.every((d) => typeof d.title === 'string' && d.title.length > 0)).toBe(true);

    const paragraphs = JSON.parse((await run(['corpus', 'paragraphs', 'wu-cong', '--db', file])).stdout) as Array<Record<string, unknown>>;
    expect(paragraphs.length).toBeGreaterThan(50);
    for (const p of paragraphs.slice(0, 20)) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['id', 'docId', 'section', 'ordinal', 'kind', 'text']));
      expect(['heading', 'body', 'abstract', 'footnote', 'caption']).toContain(p['kind']);
    }

    const hits = JSON.parse((await run(['search', '出口管制', '--limit', '5', '--db', file])).stdout) as Array<{ paragraphId: string; docId: string; snippet: string }>;
    expect(hits).toHaveLength(5);
    expect(hits[0]!.snippet).toContain('[出口管制]');
    const short = JSON.parse((await run(['search', '芯片', '--db', file])).stdout) as unknown[];
    expect(short.length).toBeGreaterThan(0);

    const matrix = JSON.parse((await run(['matrix', '--lang', 'en', '--db', file])).stdout);
    expect(matrix.actors.map((a: { id: string }) => a.id)).toEqual(['US', 'JP']);
    const exportControl = matrix.domains.find((d: { id: string }) => d.id === 'export-control');
    expect(exportControl.name.zh).toBeTruthy();
    expect(exportControl.name.en).toBeTruthy();
    expect(exportControl.positions.JP.evidence[0]).toMatchObject({ paragraphId: expect.any(String), quote: expect.any(String) });
    expect(['aligned', 'partly', 'divergent', 'not-covered']).toContain(exportControl.alignment.value);
  });

  it('searches a known term under its other names, says so on stderr, and --exact turns it off', async () => {
    const file = db();
    const expanded = await run(['search', 'Entity', 'List', '--db', file]);
    expect(expanded.code, expanded.stderr).toBe(0);
    const hits = JSON.parse(expanded.stdout) as Array<{ snippet: string }>;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.snippet.includes('[实体清单]'))).toBe(true);
    expect(expanded.stderr).toContain('searched 实体清单');
    const exact = await run(['search', 'Entity', 'List', '--exact', '--db', file]);
    expect(exact.code, exact.stderr).toBe(0);
    expect(JSON.parse(exact.stdout)).toEqual([]);
    expect(exact.stderr).toBe('');
    const miss = await run(['search', '芯片法案', '--db', file]);
    expect(JSON.parse(miss.stdout)).toEqual([]);
    expect(miss.stderr).toMatch(/the papers use: 芯片与科学法案 \(\d+\)/);
  });

  it('adds an annotation and lists it', async () => {
    const file = db();
    const added = await run(['annotations', 'add', '--target', 'investment-review/JP', '--category', 'timing', '--text', '事前 vs 事后', '--db', file]);
    expect(added.code, added.stderr).toBe(0);
    const annotation = JSON.parse(added.stdout);
    expect(annotation).toMatchObject({ category: 'timing', text: '事前 vs 事后', target: { domainId: 'investment-review', actorId: 'JP', evidenceId: null } });
    const listed = JSON.parse((await run(['annotations', 'list', '--db', file])).stdout);
    expect(listed.map((a: { id: string }) => a.id)).toEqual([annotation.id]);
  });

  it('rejects bad arguments with a message on stderr and a non-zero exit, changing nothing', async () => {
    const file = db();
    const cases = [
      ['frobnicate'],
      ['corpus'],
      ['corpus', 'paragraphs'],
      ['corpus', 'paragraphs', 'no-such-doc'],
      ['search'],
      ['search', 'x', '--limit', 'ten'],
      ['matrix', '--lang', 'fr'],
      ['annotations', 'add', '--target', 'export-control', '--category', 'vibes', '--text', 'x'],
      ['annotations', 'add', '--target', 'no-such-domain', '--category', 'other', '--text', 'x'],
      ['annotations', 'add', '--target', 'export-control', '--category', 'other'],
      ['export', '--out', 'x.txt'],
      ['export', '--out', path.join(tempDir(), 'x.xlsx'), '--domains', 'export-control,nope,zilch'],
      ['--bogus-flag'],
    ];
    for (const args of cases) {
      const r = await run([...args, '--db', file]);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr.length, args.join(' ')).toBeGreaterThan(0);
      expect(r.stdout, args.join(' ')).toBe('');
    }
    expect((await run(['export', '--out', path.join(tempDir(), 'x.xlsx'), '--domains', 'export-control,nope,zilch', '--db', file])).stderr).toMatch(/nope, zilch/);
    expect(JSON.parse((await run(['annotations', 'list', '--db', file])).stdout)).toEqual([]);
  });

  it('an add refused for an unknown target does not remember --author either', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'cli.db');
    const refused = await run(['annotations', 'add', '--target', 'no-such-domain', '--category', 'other', '--text', 'x', '--author', 'Mallory', '--db', file]);
    expect(refused.code).toBe(1);
    expect(fs.existsSync(path.join(dir, 'preferences.json'))).toBe(false);
    const added = await run(['annotations', 'add', '--target', 'export-control', '--category', 'other', '--text', 'x', '--author', 'Alice', '--db', file]);
    expect(JSON.parse(added.stdout)).toMatchObject({ author: 'Alice' });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'preferences.json'), 'utf8'))).toMatchObject({ author: 'Alice' });
  });

  it('a database busy past the wait gets one clear sentence, no stack trace, exit 75', async () => {
    const file = path.join(tempDir(), 'cli.db');
    expect((await run(['annotations', 'list', '--db', file])).code).toBe(0);
    const { default: Database } = await import('better-sqlite3');
    const other = new Database(file);
    other.pragma('busy_timeout = 0');
    other.exec('BEGIN IMMEDIATE');
    try {
      const r = await run(['annotations', 'add', '--target', 'export-control', '--category', 'other', '--text', 'x', '--db', file]);
      expect(r.code).toBe(75);
      expect(r.stderr).toBe('policy-matrix: The project is busy in another window or command. Wait a moment and try again; nothing was changed.\n');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  }, 20_000);

  it('refuses a corrupt database file and leaves it as it was', async () => {
    const file = path.join(tempDir(), 'broken.db');
    fs.writeFileSync(file, 'not a database at all');
    const r = await run(['corpus', 'list', '--db', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not a Policy Matrix database/);
    expect(fs.readFileSync(file, 'utf8')).toBe('not a database at all');
  });

  it('exports a workbook', async () => {
    const out = path.join(tempDir(), 'briefing.xlsx');
    const r = await run(['export', '--out', out, '--lang', 'both', '--domains', 'export-control,investment-review', '--db', db()]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ path: out, rows: { matrix: 2 } });
    expect(fs.statSync(out).size).toBeGreaterThan(1000);
  });
});
