import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/ipc/handlers.ts';
import { dispatch } from '../../../src/main/ipc/dispatch.ts';
import { openWorkspace, testHost } from '../helpers.ts';

const host = testHost();

describe('claim-check channels', () => {
  it('return the matrix check and check a draft without writing, refusing bad requests', async () => {
    const ws = openWorkspace();
    const handlers = createHandlers(ws, host, { backupDir: '/nonexistent' });

    expect(await dispatch(handlers, 'matrix:claims', undefined)).toEqual({ ok: true, value: { unsupported: [], hints: [] } });
    const draft = await dispatch(handlers, 'matrix:checkDraft', { domainId: 'export-control', actorId: 'US', lang: 'en', text: 'Passed in 2018, revised in 2044.' });
    expect(draft).toMatchObject({ ok: true, value: { unsupported: [{ item: '2044', kind: 'date', sentence: 'Passed in 2018, revised in 2044.' }], hints: [] } });
    expect(ws.history()).toHaveLength(0);

    expect(await dispatch(handlers, 'matrix:checkDraft', { domainId: 'nope', actorId: null, lang: 'en', text: 'x' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(handlers, 'matrix:checkDraft', { domainId: 'export-control', actorId: 'XX', lang: 'en', text: 'x' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(handlers, 'matrix:checkDraft', { domainId: 'export-control', actorId: 'US', lang: 'fr', text: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
