// Annotation categories the analyst defines, on real SQLite files: defining, renaming and removing one
// (each one step, one undo; bad names refused with nothing changed), annotations only in a shipped or
// defined category, project files carrying them (read as untrusted input), a colleague's category
// merged or reported as a conflict, and the exports and the command line naming them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/run.ts';
import { runExport } from '../../../src/main/core/export-job.ts';
import { saveProject } from '../../../src/main/core/project/file.ts';
import type { Workspace } from '../../../src/main/core/workspace.ts';
import { AppError } from '../../../src/main/core/errors.ts';
import { openWorkspace, tempDir } from '../helpers.ts';
import { readDocx } from '../export/briefing/read-docx.ts';
import { loadExcelJs, sheet } from '../export/read-back.ts';
import { tamper } from '../project/crafted.ts';

const CELL = { domainId: 'semiconductors', actorId: 'JP', evidenceId: null };
const SUBSIDY = { zh: '补贴竞争', en: 'Subsidy competition' };

/** Everything a refused command must leave as it was. */
function state(ws: Workspace) {
  return JSON.stringify({ categories: ws.listCategories(), annotations: ws.listAnnotations(), steps: ws.history().length });
}

function refused(ws: Workspace, run: () => unknown, message: RegExp): void {
  const before = state(ws);
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error, 'the command was refused').toBeInstanceOf(AppError);
  expect((error as Error).message).toMatch(message);
  expect((error as Error).message).toMatch(/Nothing was changed/);
  expect(state(ws)).toBe(before);
}

async function save(ws: Workspace, name: string): Promise<string> {
  const file = path.join(tempDir('pm-send-'), name);
  await saveProject(ws, file);
  return file;
}

describe('categories the analyst defines', () => {
  it('defines one named in both languages: listed before "other", one step, one undo, one redo', () => {
    const ws = openWorkspace();
    const { category, undo } = ws.addCategory({ zh: ' 补贴竞争 ', en: ' Subsidy competition ' });
    expect(category).toEqual({ id: 'subsidy-competition', name: SUBSIDY });
    expect(undo.undoLabel).toMatchObject({ kind: 'add-category', category: { id: 'subsidy-competition', name: SUBSIDY } });
    const ids = ws.listCategories().map((c) => c.id);
    expect(ids).toEqual(['purpose', 'legal-instrument', 'timing', 'scope', 'naming-targets', 'participation', 'subsidy-competition', 'other']);
    expect(ws.listCategories().find((c) => c.id === 'subsidy-competition')).toEqual({ id: 'subsidy-competition', name: SUBSIDY, custom: true });
    expect(ws.history()[0]).toMatchObject({ label: { kind: 'add-category' }, changes: [{ key: 'category/subsidy-competition', before: null, after: category }] });
    ws.undo();
    expect(ws.listCategories().map((c) => c.id)).not.toContain('subsidy-competition');
    ws.redo();
    expect(ws.listCategories().map((c) => c.id)).toContain('subsidy-competition');
  });

  it('derives a unique ID: -2 when the words give a taken one, a hash of the Chinese when the English has no letters', () => {
    const ws = openWorkspace();
    ws.addCategory(SUBSIDY);
    expect(ws.addCategory({ zh: '补贴之争', en: 'Subsidy  competition!' }).category.id).toBe('subsidy-competition-2');
    const chinese = ws.addCategory({ zh: '产业政策', en: '产业政策' }).category.id;
    expect(chinese).toMatch(/^c-[0-9a-f]{8}$/);
    // The same name gives the same ID on another machine: a colleague's identical category unites.
    const other = openWorkspace();
    expect(other.addCategory({ zh: '产业政策', en: '产业政策' }).category.id).toBe(chinese);
  });

  it('refuses a name missing in one language, too long, on two lines, or already taken (shipped ones too), changing nothing', () => {
    const ws = openWorkspace();
    ws.addCategory(SUBSIDY);
    refused(ws, () => ws.addCategory({ zh: '补贴', en: '  ' }), /both Chinese and English/);
    refused(ws, () => ws.addCategory({ zh: '', en: 'Subsidies' }), /both Chinese and English/);
    refused(ws, () => ws.addCategory({ zh: '长'.repeat(61), en: 'Long' }), /at most 60 characters \(the Chinese one has 61\)/);
    refused(ws, () => ws.addCategory({ zh: '两行', en: 'Two\nlines' }), /one line/);
    refused(ws, () => ws.addCategory({ zh: '新的', en: 'subsidy COMPETITION' }), /called “Subsidy competition” already/);
    refused(ws, () => ws.addCategory({ zh: '目的', en: 'Aims' }), /called “目的” already/);
  });

  it('annotations take a shipped category or one defined here; an unknown one is refused with nothing changed', () => {
    const ws = openWorkspace();
    refused(ws, () => ws.addAnnotation(CELL, 'subsidy-competition', 'Rapidus'), /Unknown annotation category "subsidy-competition"/);
    const { category } = ws.addCategory(SUBSIDY);
    const note = ws.addAnnotation(CELL, category.id, 'Rapidus and TSMC Kumamoto').annotation;
    expect(ws.listAnnotations({ category: category.id }).map((a) => a.id)).toEqual([note.id]);
    refused(ws, () => ws.updateAnnotation(note.id, { category: 'made-up' }), /Unknown annotation category "made-up"/);
    expect(ws.updateAnnotation(note.id, { category: 'scope' }).annotation.category).toBe('scope');
  });

  it('renames one of the project (its ID and its annotations stay); shipped ones cannot be renamed', () => {
    const ws = openWorkspace();
    const { category } = ws.addCategory(SUBSIDY);
    const note = ws.addAnnotation(CELL, category.id, 'Rapidus').annotation;
    const renamed = ws.renameCategory(category.id, { zh: '补贴竞赛', en: 'Subsidy race' });
    expect(renamed.category).toEqual({ id: category.id, name: { zh: '补贴竞赛', en: 'Subsidy race' } });
    expect(renamed.changed.categories).toBe(true);
    expect(ws.listAnnotations()[0]).toMatchObject({ id: note.id, category: category.id });
    refused(ws, () => ws.renameCategory('purpose', { zh: '宗旨', en: 'Aim' }), /shipped category/);
    refused(ws, () => ws.renameCategory('no-such', { zh: '无', en: 'None' }), /Unknown annotation category "no-such"/);
    refused(ws, () => ws.renameCategory(category.id, { zh: '范围', en: 'Reach' }), /called “范围” already/);
    ws.undo();
    expect(ws.listCategories().find((c) => c.id === category.id)!.name).toEqual(SUBSIDY);
  });

  it('removes one only while no annotation uses it', () => {
    const ws = openWorkspace();
    const { category } = ws.addCategory(SUBSIDY);
    const note = ws.addAnnotation(CELL, category.id, 'Rapidus').annotation;
    refused(ws, () => ws.removeCategory(category.id), /1 annotation uses the category “Subsidy competition”/);
    refused(ws, () => ws.removeCategory('timing'), /shipped category/);
    ws.deleteAnnotation(note.id);
    const removed = ws.removeCategory(category.id);
    expect(removed.undo.undoLabel).toMatchObject({ kind: 'remove-category', category: { id: category.id, name: SUBSIDY } });
    expect(ws.listCategories().map((c) => c.id)).not.toContain(category.id);
    ws.undo();
    expect(ws.listCategories().map((c) => c.id)).toContain(category.id);
  });
});

describe('categories in project files', () => {
  it('a saved project carries its categories and the annotations in them', async () => {
    const ws = openWorkspace();
    const { category } = ws.addCategory(SUBSIDY);
    ws.addAnnotation(CELL, category.id, 'Rapidus');
    const file = await save(ws, 'mine.pmproj');
    const other = openWorkspace();
    const report = await other.openProject(file, tempDir());
    expect(report.ignored).toEqual([]);
    expect(other.listCategories().find((c) => c.id === category.id)).toEqual({ ...category, custom: true });
    expect(other.listAnnotations()).toMatchObject([{ category: category.id, text: 'Rapidus' }]);
  });

  it('reads them as untrusted: a bad name, a shipped ID redefined, an annotation in a category the file does not define — each left out with the reason', async () => {
    const ws = openWorkspace();
    const { category } = ws.addCategory(SUBSIDY);
    ws.addAnnotation(CELL, category.id, 'kept');
    ws.addAnnotation(CELL, 'timing', 'kept too');
    const orphan = ws.addAnnotation(CELL, category.id, 'its category goes').annotation;
    const file = await save(ws, 'crafted.pmproj');
    const long = JSON.stringify({ id: 'too-long', name: { zh: '长'.repeat(61), en: 'Long' } });
    tamper(
      file,
      `INSERT INTO overlay(key, value, baseline_hash, updated_at, author) VALUES
         ('category/too-long', '${long}', NULL, '2026-01-01T00:00:00.000Z', 'Mallory'),
         ('category/purpose', '{"id":"purpose","name":{"zh":"改","en":"Changed"}}', NULL, '2026-01-01T00:00:00.000Z', 'Mallory'),
         ('category/Bad_ID', '{"id":"Bad_ID","name":{"zh":"坏","en":"Bad"}}', NULL, '2026-01-01T00:00:00.000Z', 'Mallory');
       UPDATE annotations SET category = 'too-long' WHERE id = '${orphan.id}';`,
    );
    const other = openWorkspace();
    const report = await other.openProject(file, tempDir());
    const reasons = Object.fromEntries(report.ignored.map((i) => [i.what, i.reason]));
    expect(reasons['edit category/too-long']).toMatch(/not a valid annotation category/);
    expect(reasons['edit category/purpose']).toMatch(/redefines a shipped annotation category/);
    expect(reasons['edit category/Bad_ID']).toMatch(/not a key this app writes/);
    expect(reasons[`annotation ${orphan.id}`]).toMatch(/its category too-long is neither shipped nor defined in the file/);
    expect(other.listAnnotations().map((a) => a.text).sort()).toEqual(['kept', 'kept too']);
    expect(other.listCategories().find((c) => c.id === 'purpose')!.name.en).toBe('Purpose');
  });

  it("merging: a colleague's new category comes with their annotations; the same ID under another name is a conflict", async () => {
    const me = openWorkspace(tempDir(), { writerKind: 'test' });
    me.setPrefs({ author: 'Me' });
    const them = openWorkspace(tempDir(), { writerKind: 'test' });
    them.setPrefs({ author: 'Alice' });
    me.addCategory(SUBSIDY);
    them.addCategory({ zh: '补贴之争', en: 'Subsidy competition' });
    const fresh = them.addCategory({ zh: '人才流动', en: 'Talent flows' }).category;
    them.addAnnotation(CELL, fresh.id, 'engineers move to Kumamoto');
    them.addAnnotation(CELL, 'subsidy-competition', 'their subsidy note');
    const file = await save(them, 'alice.pmproj');

    const { report, undo } = await me.mergeProject(file);
    expect(report.annotationsAdded).toBe(2);
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]).toMatchObject({
      key: 'category/subsidy-competition',
      field: { kind: 'category', id: 'subsidy-competition' },
      mine: { id: 'subsidy-competition', name: SUBSIDY },
      theirs: { id: 'subsidy-competition', name: { zh: '补贴之争', en: 'Subsidy competition' } },
      author: 'Alice',
      state: 'open',
    });
    expect(me.listCategories().find((c) => c.id === fresh.id)).toEqual({ ...fresh, custom: true });
    // Mine stays until the conflict is settled; their annotation in it is here, in the same category.
    expect(me.listCategories().find((c) => c.id === 'subsidy-competition')!.name).toEqual(SUBSIDY);
    expect(me.listAnnotations({ category: 'subsidy-competition' }).map((a) => a.text)).toEqual(['their subsidy note']);
    expect(undo.undoLabel?.kind).toBe('merge-project');

    const taken = me.resolveMergeConflict('category/subsidy-competition', 'theirs');
    expect(taken.undo.undoLabel).toMatchObject({ kind: 'resolve-merge-conflict', choice: 'theirs', category: { id: 'subsidy-competition', name: { zh: '补贴之争' } } });
    expect(taken.changed.categories).toBe(true);
    expect(me.listCategories().find((c) => c.id === 'subsidy-competition')!.name.zh).toBe('补贴之争');
    me.undo();
    expect(me.listCategories().find((c) => c.id === 'subsidy-competition')!.name).toEqual(SUBSIDY);
    // The merge itself is one undo: their category and annotations go with it.
    me.undo();
    expect(me.listCategories().map((c) => c.id)).not.toContain(fresh.id);
    expect(me.listAnnotations()).toEqual([]);
  });

  it('merging leaves out an annotation whose category was removed here, saying why', async () => {
    const me = openWorkspace(tempDir(), { writerKind: 'test' });
    const { category } = me.addCategory(SUBSIDY);
    const them = openWorkspace(tempDir(), { writerKind: 'test' });
    await them.openProject(await save(me, 'start.pmproj'), tempDir());
    const note = them.addAnnotation(CELL, category.id, 'their note').annotation;
    me.removeCategory(category.id);
    const { report } = await me.mergeProject(await save(them, 'alice.pmproj'));
    expect(report.ignored).toContainEqual({ what: `annotation ${note.id}`, reason: `its category ${category.id} is not defined in this project (it was removed here)` });
    expect(me.listAnnotations()).toEqual([]);
  });
});

describe('categories in the exports and the command line', () => {
  async function exported(ws: Workspace, format: 'xlsx' | 'docx', lang: 'zh' | 'en' | 'both'): Promise<string> {
    const out = path.join(tempDir(), `briefing.${format}`);
    await runExport(ws, { out, lang, scope: { kind: 'domains', domainIds: ['semiconductors'] }, appVersion: 'test', format });
    return out;
  }

  it('the workbook names a custom category in the export language, a shipped one in its shipped words', async () => {
    const ws = openWorkspace();
    const { category } = ws.addCategory(SUBSIDY);
    ws.addAnnotation(CELL, category.id, 'Rapidus');
    ws.addAnnotation(CELL, 'timing', 'ex-ante');
    const categoriesIn = async (lang: 'zh' | 'en', sheetName: string) => {
      const wb = await loadExcelJs(await exported(ws, 'xlsx', lang));
      const all: string[] = [];
      sheet(wb, sheetName).eachRow((r) => r.eachCell((c) => all.push(String(c.text))));
      return all.join('\n');
    };
    const zh = await categoriesIn('zh', '批注');
    expect(zh).toContain('补贴竞争');
    expect(zh).toContain('时机（事前 vs 事后）');
    expect(zh).not.toContain('subsidy-competition');
    const en = await categoriesIn('en', 'Annotations');
    expect(en).toContain('Subsidy competition');
    expect(en).toContain('Timing (ex-ante vs ex-post)');
    // Beside its cell on the Matrix sheet too.
    const matrix = await categoriesIn('en', 'Matrix');
    expect(matrix).toMatch(/Subsidy competition: Rapidus/);
  });

  it('the Word briefing groups annotations under their category, custom ones included', async () => {
    const ws = openWorkspace();
    const { category } = ws.addCategory(SUBSIDY);
    ws.addAnnotation(CELL, category.id, 'Rapidus and TSMC Kumamoto');
    ws.addAnnotation(CELL, 'other', 'a note of another kind');
    for (const [lang, heading, other] of [
      ['zh', '补贴竞争', '其他'],
      ['en', 'Subsidy competition', 'Other'],
      ['both', '补贴竞争 / Subsidy competition', '其他 / Other'],
    ] as const) {
      const docx = readDocx(await exported(ws, 'docx', lang));
      const headings = docx.body.filter((p) => p.style === 'AnnotationCategory').map((p) => p.text);
      expect(headings, lang).toEqual([heading, other]);
      const at = docx.body.findIndex((p) => p.style === 'AnnotationCategory' && p.text === heading);
      expect(docx.body[at + 1]!.text, lang).toContain('Rapidus and TSMC Kumamoto');
    }
  });

  it('the command line defines, lists, names and removes them', async () => {
    const db = path.join(tempDir(), 'cli.db');
    const cli = async (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli([...args, '--db', db], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
      return { code, stdout, stderr };
    };
    const added = await cli(['categories', 'add', '--zh', '补贴竞争', '--en', 'Subsidy competition']);
    expect(added.code, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout)).toEqual({ id: 'subsidy-competition', name: SUBSIDY });
    const refusedAdd = await cli(['categories', 'add', '--zh', '只有中文']);
    expect(refusedAdd.code).not.toBe(0);
    expect(refusedAdd.stderr).toMatch(/--zh NAME and --en NAME/);
    const note = await cli(['annotations', 'add', '--target', 'semiconductors/JP', '--category', 'subsidy-competition', '--text', 'Rapidus']);
    expect(note.code, note.stderr).toBe(0);
    const unknown = await cli(['annotations', 'add', '--target', 'semiconductors/JP', '--category', 'made-up', '--text', 'x']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/unknown category "made-up"; use one of purpose, .*subsidy-competition, other/);
    expect(JSON.parse((await cli(['annotations', 'list', '--lang', 'zh'])).stdout)).toMatchObject([{ category: 'subsidy-competition', categoryName: '补贴竞争' }]);
    expect(JSON.parse((await cli(['annotations', 'list'])).stdout)).toMatchObject([{ categoryName: SUBSIDY }]);
    expect((await cli(['categories', 'remove', 'subsidy-competition'])).stderr).toMatch(/1 annotation uses/);
    const listed = JSON.parse((await cli(['categories', 'list'])).stdout) as Array<{ id: string; custom: boolean }>;
    expect(listed.filter((c) => c.custom).map((c) => c.id)).toEqual(['subsidy-competition']);
    expect(fs.existsSync(db)).toBe(true);
  });
});
