// IDs such as `constructor`, `toString` or `__proto__` are data, never an object's prototype: the
// request schemas refuse them for new domains and actors, and where they arrive anyway (a project
// file, a dataset, the core called directly) they behave like any other ID.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { RESERVED_IDS } from '../../../src/shared/contract.ts';
import { runExport } from '../../../src/main/core/export-job.ts';
import { createHandlers } from '../../../src/main/ipc/handlers.ts';
import { dispatch } from '../../../src/main/ipc/dispatch.ts';
import { openWorkspace, tempDir, testHost } from '../helpers.ts';

const host = testHost();
const PROTO_NAMES = ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'];

describe('prototype-named IDs', () => {
  it('are refused as new actor or domain IDs at the IPC boundary, with a clear message', async () => {
    const handlers = createHandlers(openWorkspace(), host, { backupDir: tempDir() });
    for (const id of PROTO_NAMES) {
      expect(RESERVED_IDS.has(id)).toBe(true);
      const actor = await dispatch(handlers, 'matrix:addActor', { id, name: { zh: '某', en: 'Some' } });
      expect(actor).toMatchObject({ ok: false, error: { code: 'invalid-request', details: expect.arrayContaining(['id: this ID is reserved; choose another']) } });
      const domain = await dispatch(handlers, 'matrix:addDomain', { id, name: { zh: '某', en: 'Some' } });
      expect(domain).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
  });

  it('arriving anyway, behave like any other actor and domain: no phantom positions, edits, undo and export work', async () => {
    const ws = openWorkspace();
    for (const id of PROTO_NAMES) ws.addActor(id, { zh: `演员${id}`, en: `Actor ${id}` });
    ws.addDomain('toString', { zh: '领域', en: 'A domain called toString' });
    const view = ws.matrixView();
    expect(view.actors.map((a) => a.id)).toEqual(['US', 'JP', ...PROTO_NAMES]);
    // An actor with nothing in a domain has no position there, whatever its name.
    for (const row of view.rows) for (const p of row.positions) expect(['US', 'JP']).toContain(p.actorId);
    for (const d of ws.matrix().domains) for (const id of PROTO_NAMES) expect(d.positions[id]).toBeUndefined();

    const set = ws.setSummary('toString', 'constructor', 'en', 'A position of the actor called constructor.');
    expect(set.changed.rows[0]!.positions).toEqual([expect.objectContaining({ actorId: 'constructor', summary: { zh: '', en: 'A position of the actor called constructor.' } })]);
    ws.setSummary('export-control', '__proto__', 'zh', '原型');
    expect(Object.keys(ws.matrix().domains[0]!.positions)).toContain('__proto__');
    expect(ws.matrix().domains[0]!.positions['__proto__']!.summary.zh).toBe('原型');
    ws.addAnnotation({ domainId: 'toString', actorId: 'constructor', evidenceId: null }, 'other', 'note');
    expect(ws.matrixView().rows.find((r) => r.id === 'toString')!.positions[0]!.annotations).toBe(1);
    ws.undo();
    expect(ws.matrixView().rows.find((r) => r.id === 'toString')!.positions[0]!.annotations).toBe(0);

    const out = path.join(tempDir(), 'proto.xlsx');
    const result = await runExport(ws, { out, lang: 'en', scope: { kind: 'all' }, appVersion: 'test' });
    expect(result.rows.matrix).toBe(ws.matrix().domains.length);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cells = wb.worksheets.flatMap((s) => s.getSheetValues().flat().map(String));
    expect(cells.some((c) => c.includes('A position of the actor called constructor.'))).toBe(true);
  });
});
