// Every write channel, driven through dispatch as the renderer drives it: the action is one step,
// one Undo restores exactly the state before it and one Redo exactly the state after it (overlay and
// annotation rows byte for byte, the composed matrix, the painted view, the history).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { channels } from '../../../src/shared/contract.ts';
import type { Channel } from '../../../src/shared/contract.ts';
import type { Workspace } from '../../../src/main/core/workspace.ts';
import { indexParagraphs } from '../../../src/main/core/matrix/anchor.ts';
import { MatrixViews } from '../../../src/main/core/matrix/views.ts';
import { createHandlers } from '../../../src/main/ipc/handlers.ts';
import { dispatch } from '../../../src/main/ipc/dispatch.ts';
import { copyDataDir, onCleanup, openWorkspace, tempDir, testHost } from '../helpers.ts';
import { FIXTURES } from '../import/truth.ts';

const host = testHost();

/** Channels that only read, and the ones that write outside the edit log (preferences, files). */
const READS: Channel[] = [
  'app:info', 'prefs:get', 'corpus:documents', 'corpus:paragraphs', 'corpus:paragraph', 'corpus:search',
  'matrix:get', 'matrix:evidence', 'matrix:outline', 'matrix:find', 'matrix:claims', 'matrix:checkDraft', 'edit:history', 'annotations:list',
  'terms:instruments', 'project:mergeConflicts', 'sources:list', 'sources:removalImpact', 'matrix:repairCandidates',
  'sources:original', 'categories:list',
];
const NOT_UNDOABLE: Channel[] = ['prefs:set', 'project:save', 'project:open', 'export:xlsx', 'export:docx', 'export:reveal', 'edit:undo', 'edit:redo',
  // Importing stores a new document (taken back by removing it, which is undoable); cancel stops an import.
  'sources:import', 'sources:cancel',
  // Reading a file into a preview (again, in another encoding) stores nothing; storing it is an import (above); discarding forgets the preview.
  'sources:prepare', 'sources:reread', 'sources:commit', 'sources:discard'];
/** One step each, undo and redo included, driven with real project files in tests/unit/project/merge.test.ts. */
const COVERED_ELSEWHERE: Channel[] = ['project:merge', 'project:resolveMergeConflict'];

interface Case {
  name: string;
  channel: Channel;
  conflicted?: boolean;
  /** Earlier steps the case needs (an annotation to edit, a quote to remove). */
  setup?: (ws: Workspace) => unknown;
  /** The answer to the confirmation dialog (default: declined). */
  confirm?: boolean;
  request: (ws: Workspace, setup: unknown) => unknown;
}

const KEY = 'position/export-control/US/summary/en';
const someParagraph = (ws: Workspace) => ws.paragraphs.find((p) => p.kind === 'body' && p.text.includes('出口管制'))!;
const addQuote = (ws: Workspace) => {
  const p = someParagraph(ws);
  return ws.addEvidence('export-control', 'JP', p.id, p.text.indexOf('出口管制'), '出口管制').evidenceId;
};
const addNote = (ws: Workspace) => ws.addAnnotation({ domainId: 'investment-review', actorId: 'JP', evidenceId: null }, 'timing', 'first words').annotation.id;

const addCategory = (ws: Workspace) => ws.addCategory({ zh: '补贴竞争', en: 'Subsidy competition' }).category.id;

const CASES: Case[] = [
  { name: 'a summary', channel: 'matrix:setSummary', request: () => ({ domainId: 'export-control', actorId: 'JP', lang: 'en', text: 'Japan follows, reluctantly.' }) },
  {
    name: 'a summary in both languages from the side-by-side editor',
    channel: 'matrix:setSummaryTexts',
    request: () => ({ domainId: 'export-control', actorId: 'JP', zh: '日本跟随美国。', en: 'Japan follows the US.' }),
  },
  {
    name: 'a summary in Chinese only (the English falls out of date)',
    channel: 'matrix:setSummaryTexts',
    request: () => ({ domainId: 'export-control', actorId: 'JP', zh: '日本跟随美国，但态度审慎。' }),
  },
  {
    name: 'confirming an out-of-date English summary',
    channel: 'matrix:confirmTranslation',
    setup: (ws) => ws.setSummaryTexts('export-control', 'JP', { zh: '只改了中文。' }),
    request: () => ({ domainId: 'export-control', actorId: 'JP', lang: 'en' }),
  },
  {
    name: 'confirming an out-of-date Chinese alignment reason',
    channel: 'matrix:confirmTranslation',
    setup: (ws) => ws.setAlignment('digital-trade', { reason: { en: 'Only the English reason.' } }),
    request: () => ({ domainId: 'digital-trade', actorId: null, lang: 'zh' }),
  },
  {
    name: 'an alignment value with both reasons',
    channel: 'matrix:setAlignment',
    request: () => ({ domainId: 'digital-trade', value: 'divergent', reason: { zh: '数据本地化不同。', en: 'They differ on data localisation.' } }),
  },
  { name: 'an alignment reason only', channel: 'matrix:setAlignment', request: () => ({ domainId: 'digital-trade', reason: { en: 'Only the reason.' } }) },
  {
    name: 'a quote from the reader',
    channel: 'matrix:addEvidence',
    request: (ws) => {
      const p = someParagraph(ws);
      return { domainId: 'export-control', actorId: null, paragraphId: p.id, start: p.text.indexOf('出口管制'), exact: '出口管制' };
    },
  },
  {
    name: 'removing a baseline quote',
    channel: 'matrix:removeEvidence',
    request: (ws) => ({ domainId: 'semiconductors', actorId: 'US', evidenceId: ws.matrix().domains.find((d) => d.id === 'semiconductors')!.positions['US']!.evidence[0]!.id }),
  },
  {
    name: 'removing an added quote (among two)',
    channel: 'matrix:removeEvidence',
    setup: (ws) => [addQuote(ws), addQuote(ws)],
    request: (_ws, ids) => ({ domainId: 'export-control', actorId: 'JP', evidenceId: (ids as string[])[0] }),
  },
  { name: 'a domain', channel: 'matrix:addDomain', request: () => ({ id: 'ai-governance', name: { zh: '人工智能治理', en: 'AI governance' } }) },
  { name: 'an actor', channel: 'matrix:addActor', request: () => ({ id: 'EU', name: { zh: '欧盟', en: 'European Union' } }) },
  { name: 'keeping my edit over a new baseline', channel: 'matrix:resolveConflict', conflicted: true, request: () => ({ key: KEY, choice: 'mine' }) },
  { name: 'taking the new baseline', channel: 'matrix:resolveConflict', conflicted: true, request: () => ({ key: KEY, choice: 'baseline' }) },
  {
    name: 'an annotation on a quote',
    channel: 'annotations:add',
    request: (ws) => ({
      target: { domainId: 'export-control', actorId: 'US', evidenceId: ws.matrix().domains[0]!.positions['US']!.evidence[0]!.id },
      category: 'purpose',
      text: 'Aimed at China by name.',
    }),
  },
  { name: 'editing an annotation', channel: 'annotations:update', setup: addNote, request: (_ws, id) => ({ id, category: 'scope', text: 'second words' }) },
  { name: 'deleting an annotation', channel: 'annotations:delete', setup: addNote, request: (_ws, id) => ({ id }) },
  { name: 'an annotation category, named in both languages', channel: 'categories:add', request: () => ({ name: { zh: '补贴竞争', en: 'Subsidy competition' } }) },
  {
    name: 'renaming an annotation category',
    channel: 'categories:rename',
    setup: addCategory,
    request: (_ws, id) => ({ id, name: { zh: '补贴竞赛', en: 'Subsidy race' } }),
  },
  { name: 'removing an unused annotation category', channel: 'categories:remove', setup: addCategory, request: (_ws, id) => ({ id }) },
  {
    name: 'an annotation in a category of this project',
    channel: 'annotations:add',
    setup: addCategory,
    request: (_ws, id) => ({ target: { domainId: 'semiconductors', actorId: 'JP', evidenceId: null }, category: id, text: 'Rapidus and TSMC Kumamoto.' }),
  },
  {
    name: 'removing an imported source a quote cites',
    channel: 'sources:remove',
    confirm: true,
    setup: async (ws) => {
      const { id } = await ws.sources.import(path.join(FIXTURES, 'zh-paper.pdf'), { worker: false });
      const p = ws.paragraphs.find((x) => x.docId === id && x.kind === 'body')!;
      ws.addEvidence('export-control', 'JP', p.id, 0, p.text.slice(0, 12));
      return id;
    },
    request: (_ws, id) => ({ docId: id }),
  },
  {
    name: "correcting an imported source's details",
    channel: 'sources:update',
    setup: async (ws) => (await ws.sources.import(path.join(FIXTURES, 'zh-paper.pdf'), { worker: false })).id,
    request: (_ws, id) => ({ docId: id, meta: { title: '更正后的标题', authors: ['甲', '乙'], date: '2024-05', publisher: '某研究所', sourceUrl: 'https://example.org/p.pdf' } }),
  },
  {
    name: 'repairing a quote broken by a replaced source',
    channel: 'matrix:repairQuote',
    setup: async (ws) => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'v1.md'), 'Licences are reviewed within thirty days.\n\nAnother paragraph.');
      fs.writeFileSync(path.join(dir, 'v2.md'), 'Licences are now reviewed within thirty days.\n\nAnother paragraph.');
      const { id } = await ws.sources.import(path.join(dir, 'v1.md'), { worker: false });
      const p = ws.paragraphs.find((x) => x.docId === id && x.text.startsWith('Licences'))!;
      const { evidenceId } = ws.addEvidence('export-control', 'JP', p.id, 0, 'Licences are reviewed within thirty days');
      await ws.sources.replace(id, path.join(dir, 'v2.md'), { worker: false });
      return { evidenceId, candidate: ws.repairCandidates('export-control', 'JP', evidenceId).candidates[0]! };
    },
    request: (_ws, setup) => {
      const { evidenceId, candidate } = setup as { evidenceId: string; candidate: { paragraphId: string; start: number; exact: string } };
      return { domainId: 'export-control', actorId: 'JP', evidenceId, to: { paragraphId: candidate.paragraphId, start: candidate.start, exact: candidate.exact } };
    },
  },
];

function workspace(conflicted: boolean): Workspace {
  if (!conflicted) return openWorkspace();
  const dataDir = copyDataDir();
  const dir = tempDir();
  const ws = openWorkspace(dir, { dataDir });
  ws.setSummary('export-control', 'US', 'en', 'My own wording.');
  ws.close();
  const file = path.join(dataDir, 'matrix', 'matrix.json');
  const revised = JSON.parse(fs.readFileSync(file, 'utf8'));
  revised.domains[0].positions.US.summary.en = 'A revised baseline summary.';
  fs.writeFileSync(file, JSON.stringify(revised, null, 2));
  return openWorkspace(dir, { dataDir });
}

/** Everything an action can change, read through a second connection as well as through the workspace. */
function snapshot(ws: Workspace) {
  const db = new Database(ws.dbPath, { readonly: true });
  onCleanup(() => db.close());
  const rows = {
    overlay: db.prepare('SELECT * FROM overlay ORDER BY key').all(),
    annotations: db.prepare('SELECT * FROM annotations ORDER BY id').all(),
    sources: db.prepare('SELECT doc_id, sha256, info, state FROM sources ORDER BY doc_id').all(),
    documents: db.prepare('SELECT id, position, meta, origin FROM documents ORDER BY id').all(),
    paragraphs: db.prepare('SELECT rowid, * FROM paragraphs ORDER BY rowid').all(),
    fts: db.prepare("SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH '\"经济安全\"' ORDER BY rowid").all(),
  };
  // The workspace keeps the composed matrix cached and patches it after each step: it must equal
  // a matrix composed from scratch on another connection.
  const fresh = new MatrixViews(db, ws.dataset, indexParagraphs(ws.paragraphs));
  const { undo: _undo, ...view } = ws.matrixView();
  const { undo: _fresh, ...freshView } = fresh.view(ws.matrixView().undo);
  expect(JSON.parse(JSON.stringify(view))).toEqual(JSON.parse(JSON.stringify(freshView)));
  expect(JSON.parse(JSON.stringify(ws.matrix()))).toEqual(JSON.parse(JSON.stringify(fresh.matrix())));
  db.close();
  return JSON.parse(JSON.stringify({ rows, matrix: ws.matrix(), view, annotations: ws.listAnnotations(), categories: ws.listCategories() })) as unknown;
}

describe('one action, one step, one undo — every write channel', () => {
  it('every channel is either read-only, outside the edit log, or covered here', () => {
    const writes = new Set(CASES.map((c) => c.channel));
    const all = Object.keys(channels).sort();
    expect([...new Set([...READS, ...NOT_UNDOABLE, ...COVERED_ELSEWHERE, ...writes])].sort()).toEqual(all);
  });

  for (const c of CASES) {
    it(`${c.name} (${c.channel})`, async () => {
      const ws = workspace(c.conflicted ?? false);
      const handlers = createHandlers(ws, { ...host, confirm: async () => c.confirm ?? false }, { backupDir: tempDir() });
      const setup = await c.setup?.(ws);
      const steps = ws.history().length;
      const before = snapshot(ws);

      const done = await dispatch(handlers, c.channel, c.request(ws, setup));
      expect(done).toMatchObject({ ok: true });
      const after = snapshot(ws);
      expect(after).not.toEqual(before);
      expect(ws.history()).toHaveLength(steps + 1);

      expect(await dispatch(handlers, 'edit:undo', undefined)).toMatchObject({ ok: true, value: { step: { kind: expect.any(String) } } });
      expect(snapshot(ws)).toEqual(before);
      expect(await dispatch(handlers, 'edit:redo', undefined)).toMatchObject({ ok: true, value: { step: { kind: expect.any(String) } } });
      expect(snapshot(ws)).toEqual(after);
      expect(ws.history()).toHaveLength(steps + 1);
    });
  }
});
