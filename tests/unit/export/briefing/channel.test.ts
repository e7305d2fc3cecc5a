// The Word briefing through the same doors as the workbook: the `export:docx` channel (Save dialog,
// scope, progress, reveal) and the command line's `export --format docx`, run in-process (cli-smoke
// spawns `export` once), on the real matrix.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src/main/ipc/handlers.ts';
import { dispatch } from '../../../../src/main/ipc/dispatch.ts';
import type { Host } from '../../../../src/main/ipc/host.ts';
import type { ExportProgress, ExportResult } from '../../../../src/shared/types.ts';
import { openWorkspace, tempDir } from '../../helpers.ts';
import { cliInProcess as cli } from '../../cli/cli-runner.ts';
import { readDocx } from './read-docx.ts';

function host(answer: string | null, log: { kinds: string[]; progress: ExportProgress[]; revealed: string[] }): Host {
  return {
    version: '9.9.9-test',
    locale: 'en-US',
    platform: 'linux',
    chooseSavePath: async (kind, name) => {
      log.kinds.push(`${kind}:${name.slice(-5)}`);
      return answer;
    },
    chooseOpenPath: async () => null,
    confirm: async () => false,
    revealFile: (f) => log.revealed.push(f),
    emit: (event, payload) => {
      if (event === 'export:progress') log.progress.push(payload as ExportProgress);
    },
  };
}

describe('export:docx', () => {
  it('asks for a .docx path, writes the filtered rows with progress, and may reveal the file', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'briefing.docx');
    const log = { kinds: [] as string[], progress: [] as ExportProgress[], revealed: [] as string[] };
    const handlers = createHandlers(openWorkspace(), host(out, log), { backupDir: path.join(dir, 'backups') });
    const r = await dispatch(handlers, 'export:docx', {
      lang: 'en',
      scope: { kind: 'filtered', domainIds: ['investment-review', 'export-control'], description: 'alignment: partly aligned' },
    });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const result = (r as { ok: true; value: ExportResult }).value;
    expect(result).toMatchObject({ path: out, rows: { matrix: 2 } });
    expect(log.kinds).toEqual(['export-docx:.docx']);
    expect(log.progress.at(-1)).toMatchObject({ phase: 'done' });

    const doc = readDocx(out);
    // Matrix order, not request order; the filter is stated in words in the title block.
    expect(doc.body.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['Overview', '1\u3000Export controls', '2\u3000Foreign-investment review', 'Bibliography']);
    expect(doc.body.find((p) => p.text.startsWith('Scope and filters'))?.text).toBe('Scope and filters: Rows filtered in the grid: alignment: partly aligned');
    expect(doc.body.find((p) => p.text.startsWith('Produced with'))?.text).toBe('Produced with: Policy Matrix 9.9.9-test');
    expect(result.footnotes).toBe(doc.notes.size);
    expect(doc.notes.size).toBeGreaterThan(10);

    expect(await dispatch(handlers, 'export:reveal', { path: out })).toEqual({ ok: true, value: { ok: true } });
    expect(log.revealed).toEqual([out]);
  });

  it('returns null when the dialog is cancelled, and refuses unknown domains without writing', async () => {
    const dir = tempDir();
    const log = { kinds: [] as string[], progress: [] as ExportProgress[], revealed: [] as string[] };
    const cancelled = createHandlers(openWorkspace(), host(null, log), { backupDir: dir });
    expect(await dispatch(cancelled, 'export:docx', { lang: 'zh', scope: { kind: 'all' } })).toEqual({ ok: true, value: null });

    const out = path.join(dir, 'x.docx');
    const handlers = createHandlers(openWorkspace(), host(out, log), { backupDir: dir });
    const bad = await dispatch(handlers, 'export:docx', { lang: 'zh', scope: { kind: 'domains', domainIds: ['export-control', 'nope'] } });
    expect(bad.ok === false && bad.error).toMatchObject({ code: 'not-found', message: 'Unknown domain IDs: nope' });
    expect(fs.existsSync(out)).toBe(false);
    const invalid = await dispatch(handlers, 'export:docx', { lang: 'fr', scope: { kind: 'all' } });
    expect(invalid.ok === false && invalid.error.code).toBe('invalid-request');
  });
});

describe('cli export --format docx', () => {
  it('writes a Word briefing of the chosen domains, and says what is wrong with bad arguments', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.db');
    const out = path.join(dir, 'briefing.docx');
    const r = await cli(['export', '--format', 'docx', '--out', out, '--lang', 'both', '--domains', 'export-control,supply-chain', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ path: out, rows: { matrix: 2 } });
    expect(r.stderr).toMatch(/done: \d+\/\d+/);
    const doc = readDocx(out);
    expect(doc.body.filter((p) => p.style === 'Heading1').map((p) => p.text).slice(1, 3)).toEqual(['1\u3000出口管制 / Export controls', '2\u3000供应链政策 / Supply-chain policy']);

    // The extension alone chooses Word too.
    const inferred = path.join(dir, 'inferred.docx');
    expect((await cli(['export', '--out', inferred, '--domains', 'export-control', '--db', db])).code).toBe(0);
    expect(readDocx(inferred).notes.size).toBeGreaterThan(0);

    for (const [args, message] of [
      [['export', '--format', 'pdf', '--out', path.join(dir, 'x.pdf')], /--format must be xlsx or docx/],
      [['export', '--format', 'docx', '--out', path.join(dir, 'x.xlsx')], /--out must name a \.docx file/],
      [['export', '--format', 'docx'], /export needs --out FILE\.docx/],
    ] as const) {
      const bad = await cli([...args, '--db', db]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(message);
    }
    const unknown = await cli(['export', '--format', 'docx', '--out', path.join(dir, 'y.docx'), '--domains', 'export-control,zilch', '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Unknown domain IDs: zilch/);
    expect(fs.existsSync(path.join(dir, 'y.docx'))).toBe(false);
  });
});
