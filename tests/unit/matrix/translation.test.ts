// "Translation out of date": the rule on its own, then through the workspace (one step per save or
// confirmation, undo and redo exact, reopening), project files (save/open, merge) and hostile files.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { agreementAfterSave, agreementKey, pairOf, parseAgreementKey, staleLanguage, textHash } from '../../../src/main/core/matrix/translation.ts';
import { saveProject } from '../../../src/main/core/project/file.ts';
import type { Workspace } from '../../../src/main/core/workspace.ts';
import type { Lang } from '../../../src/shared/types.ts';
import { openWorkspace, tempDir } from '../helpers.ts';
import { tamper } from '../project/crafted.ts';

const base = { zh: '美国以实体清单限制出口。', en: 'The US restricts exports via the Entity List.' };
const t1 = '2026-01-01T00:00:01.000Z';
const t2 = '2026-01-01T00:00:02.000Z';

describe('the rule', () => {
  const state = (over: Partial<Parameters<typeof staleLanguage>[0]> = {}) =>
    staleLanguage({ current: base, agreed: pairOf(base), writtenAt: { zh: null, en: null }, ...over });

  it('flags nothing while both texts are the agreeing pair (the baseline starts agreeing)', () => {
    expect(state()).toBeNull();
  });

  it('flags the other language when one is revised alone', () => {
    expect(state({ current: { ...base, zh: '美国以实体清单和外国直接产品规则限制出口。' }, writtenAt: { zh: t1, en: null } })).toBe('en');
    expect(state({ current: { ...base, en: 'Revised English.' }, writtenAt: { zh: null, en: t1 } })).toBe('zh');
  });

  it('ignores whitespace at the ends, never flags an empty text, and flags nothing without any agreeing pair', () => {
    expect(state({ current: { ...base, zh: `  ${base.zh}\n` }, writtenAt: { zh: t1, en: null } })).toBeNull();
    expect(state({ current: { zh: '新的', en: '' }, writtenAt: { zh: t1, en: null } })).toBeNull();
    expect(state({ current: { zh: '新的', en: 'New' }, agreed: null })).toBeNull();
  });

  it('when both moved away from the agreeing pair separately, flags the one written less recently', () => {
    const current = { zh: '第二次修改', en: 'First revision' };
    expect(state({ current, writtenAt: { zh: t2, en: t1 } })).toBe('en');
    expect(state({ current, writtenAt: { zh: t1, en: null } })).toBe('en');
    expect(state({ current, writtenAt: { zh: t1, en: t2 } })).toBe('zh');
    expect(state({ current, writtenAt: { zh: t1, en: t1 } })).toBeNull();
  });

  it('records agreement for both languages together, a filled-in language and the rewritten stale one; not for a revision', () => {
    const after = { zh: '甲', en: 'A' };
    expect(agreementAfterSave(base, after, null)).toEqual(pairOf(after));
    expect(agreementAfterSave({ zh: '甲', en: '' }, after, null)).toEqual(pairOf(after));
    expect(agreementAfterSave({ zh: '甲', en: 'Old' }, after, 'en')).toEqual(pairOf(after));
    expect(agreementAfterSave({ zh: '甲', en: 'Old' }, after, null)).toBeNull();
    expect(agreementAfterSave({ zh: '甲', en: 'Old' }, after, 'zh')).toBeNull();
    expect(agreementAfterSave(after, { zh: ' 甲 ', en: 'A' }, null)).toBeNull();
  });

  it('keys the agreement beside the text and parses it back; other keys are not agreements', () => {
    expect(agreementKey({ domainId: 'export-control', actorId: 'JP' })).toBe('position/export-control/JP/summary/agreed');
    expect(agreementKey({ domainId: 'export-control', actorId: null })).toBe('alignment/export-control/reason/agreed');
    expect(parseAgreementKey('position/export-control/JP/summary/agreed')).toEqual({ domainId: 'export-control', actorId: 'JP' });
    expect(parseAgreementKey('alignment/export-control/reason/agreed')).toEqual({ domainId: 'export-control', actorId: null });
    for (const k of ['position/export-control/JP/summary/en', 'alignment/export-control/reason/zh', 'position/export-control/_/summary/agreed', 'agreed']) {
      expect(parseAgreementKey(k)).toBeNull();
    }
    expect(textHash(' a ')).toBe(textHash('a'));
  });
});

const D = 'export-control';
const position = (ws: Workspace, actorId = 'JP', domainId = D) => ws.matrix().domains.find((d) => d.id === domainId)!.positions[actorId]!;
const reason = (ws: Workspace, domainId = D) => ws.matrix().domains.find((d) => d.id === domainId)!.alignment;
/** What the grid paints for the cell (matrix:get). */
const painted = (ws: Workspace, actorId: string | null = 'JP', domainId = D): Lang | null => {
  const row = ws.matrixView().rows.find((r) => r.id === domainId)!;
  return actorId === null ? row.alignment.staleLang : row.positions.find((p) => p.actorId === actorId)!.staleLang;
};

describe('translation out of date in the workspace', () => {
  it('starts with every shipped text agreeing', () => {
    const ws = openWorkspace();
    const cells = ws.matrixView().rows.flatMap((r) => [r.alignment, ...r.positions]);
    expect(cells.length).toBeGreaterThan(30);
    expect(cells.filter((c) => c.staleLang !== null)).toEqual([]);
  });

  it('flags the English when only the Chinese is saved — in the matrix, the painted view and the edit result — as one step', () => {
    const ws = openWorkspace();
    const steps = ws.history().length;
    const result = ws.setSummaryTexts(D, 'JP', { zh: '日本跟随美国，但态度审慎。' });
    expect(ws.history()).toHaveLength(steps + 1);
    expect(position(ws).summaryStale).toBe('en');
    expect(painted(ws)).toBe('en');
    expect(result.changed.rows[0]!.positions.find((p) => p.actorId === 'JP')!.staleLang).toBe('en');
    // Only the Chinese was written: the English unchanged is no edit of the baseline.
    expect(ws.history()[0]!.changes.map((c) => c.key)).toEqual([`position/${D}/JP/summary/zh`]);
    expect(result.undo.undoLabel).toMatchObject({ kind: 'set-summary', field: 'summary', lang: 'zh' });
  });

  it('saving both languages together flags neither, in one step and one undo', () => {
    const ws = openWorkspace();
    const before = position(ws).summary;
    const steps = ws.history().length;
    ws.setSummaryTexts(D, 'JP', { zh: '新的中文概述。', en: 'A new English summary.' });
    expect(position(ws).summary).toEqual({ zh: '新的中文概述。', en: 'A new English summary.' });
    expect(position(ws).summaryStale).toBeUndefined();
    expect(painted(ws)).toBeNull();
    expect(ws.history()).toHaveLength(steps + 1);
    ws.undo();
    expect(position(ws).summary).toEqual(before);
    expect(painted(ws)).toBeNull();
  });

  it('then revising one language of that pair flags the other (the agreement is the saved pair, not the baseline)', () => {
    const ws = openWorkspace();
    ws.setSummaryTexts(D, 'JP', { zh: '新的中文概述。', en: 'A new English summary.' });
    ws.setSummaryTexts(D, 'JP', { en: 'A new English summary, revised.' });
    expect(painted(ws)).toBe('zh');
  });

  it('editing the out-of-date language alone is the translation: the flag goes; revising it again flags the other', () => {
    const ws = openWorkspace();
    ws.setSummary(D, 'JP', 'zh', '只改了中文。');
    expect(painted(ws)).toBe('en');
    ws.setSummary(D, 'JP', 'en', 'Only the Chinese changed; this is its translation.');
    expect(painted(ws)).toBeNull();
    ws.setSummary(D, 'JP', 'en', 'A second English revision.');
    expect(painted(ws)).toBe('zh');
  });

  it('putting the revised language back as it was clears the flag', () => {
    const ws = openWorkspace();
    const original = position(ws).summary.zh;
    ws.setSummary(D, 'JP', 'zh', '临时修改。');
    ws.setSummary(D, 'JP', 'zh', original);
    expect(painted(ws)).toBeNull();
  });

  it('Confirm clears the flag as its own undoable step; undo brings the flag back exactly, redo clears it again', () => {
    const ws = openWorkspace();
    ws.setSummaryTexts(D, 'JP', { zh: '只改了中文。' });
    const steps = ws.history().length;
    const confirmed = ws.confirmTranslation(D, 'JP', 'en');
    expect(painted(ws)).toBeNull();
    expect(confirmed.changed.rows[0]!.positions.find((p) => p.actorId === 'JP')!.staleLang).toBeNull();
    expect(confirmed.changed.cells).toEqual([{ domainId: D, actorId: 'JP' }]);
    expect(ws.history()).toHaveLength(steps + 1);
    expect(ws.history(D, 'JP')[0]!.label).toMatchObject({ kind: 'confirm-translation', field: 'summary', lang: 'en', target: { domainId: D, actorId: 'JP' } });
    // Confirming changes no text: the cell's texts are as they were.
    expect(position(ws).summary.zh).toBe('只改了中文。');

    const undone = ws.undo();
    expect(undone.step?.kind).toBe('confirm-translation');
    expect(painted(ws)).toBe('en');
    expect(undone.changed.rows[0]!.positions.find((p) => p.actorId === 'JP')!.staleLang).toBe('en');
    ws.redo();
    expect(painted(ws)).toBeNull();
    // Undo the confirmation and the edit: back to the baseline, agreeing.
    ws.undo();
    ws.undo();
    expect(painted(ws)).toBeNull();
    ws.redo();
    expect(painted(ws)).toBe('en');
  });

  it('after Confirm, revising the Chinese again raises the flag again; the confirmation survives reopening', () => {
    const dir = tempDir();
    const ws = openWorkspace(dir);
    ws.setSummary(D, 'JP', 'zh', '只改了中文。');
    ws.confirmTranslation(D, 'JP', 'en');
    ws.close();
    const again = openWorkspace(dir);
    expect(painted(again)).toBeNull();
    again.setSummary(D, 'JP', 'zh', '又改了中文。');
    expect(painted(again)).toBe('en');
  });

  it('refuses to confirm a language that is not out of date, changing nothing', () => {
    const ws = openWorkspace();
    expect(() => ws.confirmTranslation(D, 'JP', 'en')).toThrow(/not marked out of date/);
    ws.setSummary(D, 'JP', 'zh', '只改了中文。');
    const steps = ws.history().length;
    expect(() => ws.confirmTranslation(D, 'JP', 'zh')).toThrow(/not marked out of date/);
    expect(() => ws.confirmTranslation(D, 'nobody', 'en')).toThrow(/Unknown actor/);
    expect(ws.history()).toHaveLength(steps);
    expect(painted(ws)).toBe('en');
  });

  it('works the same for alignment reasons, the value and reasons still one step', () => {
    const ws = openWorkspace();
    ws.setAlignment(D, { reason: { zh: '只改了判断理由的中文。' } });
    expect(reason(ws).reasonStale).toBe('en');
    expect(painted(ws, null)).toBe('en');
    ws.setAlignment(D, { reason: { en: 'Reason translated.' } });
    expect(painted(ws, null)).toBeNull();
    const steps = ws.history().length;
    ws.setAlignment(D, { value: 'divergent', reason: { zh: '再改中文', en: 'and English, together' } });
    expect(ws.history()).toHaveLength(steps + 1);
    expect(painted(ws, null)).toBeNull();
    ws.setAlignment(D, { reason: { en: 'English alone.' } });
    expect(painted(ws, null)).toBe('zh');
    ws.confirmTranslation(D, null, 'zh');
    expect(painted(ws, null)).toBeNull();
    ws.undo();
    expect(painted(ws, null)).toBe('zh');
  });

  it('a domain the analyst adds has no agreement until both languages are there', () => {
    const ws = openWorkspace();
    ws.addDomain('subsidy-race', { zh: '补贴竞争', en: 'Subsidy race' });
    ws.setSummary('subsidy-race', 'US', 'zh', '美国以补贴吸引投资。');
    expect(painted(ws, 'US', 'subsidy-race')).toBeNull();
    ws.setSummary('subsidy-race', 'US', 'en', 'The US attracts investment with subsidies.');
    expect(painted(ws, 'US', 'subsidy-race')).toBeNull();
    ws.setSummary('subsidy-race', 'US', 'zh', '美国以大规模补贴吸引投资。');
    expect(painted(ws, 'US', 'subsidy-race')).toBe('en');
  });

  it('the grid view kept current edit by edit equals one composed from scratch', () => {
    const ws = openWorkspace();
    ws.matrixView();
    ws.setSummaryTexts(D, 'JP', { zh: '只改了中文。' });
    ws.confirmTranslation(D, 'JP', 'en');
    ws.setAlignment(D, { reason: { en: 'English alone.' } });
    ws.undo();
    const cached = JSON.stringify(ws.matrixView().rows);
    const dir = path.dirname(ws.dbPath);
    ws.close();
    expect(JSON.stringify(openWorkspace(dir).matrixView().rows)).toBe(cached);
  });
});

describe('translation agreement in project files', () => {
  const saved = async (ws: Workspace, name: string) => {
    const file = path.join(tempDir('pm-send-'), name);
    await saveProject(ws, file);
    return file;
  };

  it('travels with Save and Open: a confirmation, a flag and the undo history of both', async () => {
    const them = openWorkspace(tempDir(), { writerKind: 'test' });
    them.setSummary(D, 'JP', 'zh', '只改了中文。');
    them.confirmTranslation(D, 'JP', 'en');
    them.setSummary(D, 'US', 'en', 'Only the English.');
    const file = await saved(them, 'alice.pmproj');

    const me = openWorkspace(tempDir(), { writerKind: 'test' });
    const report = await me.openProject(file, tempDir());
    expect(report.ignored).toEqual([]);
    expect(painted(me, 'JP')).toBeNull();
    expect(painted(me, 'US')).toBe('zh');
    // The history came along whole, so the confirmation is still undoable here.
    me.undo();
    me.undo();
    expect(painted(me, 'JP')).toBe('en');
  });

  it('merge takes their agreement when it describes the texts the merge leaves, and never makes it a conflict', async () => {
    const me = openWorkspace(tempDir(), { writerKind: 'test' });
    const them = openWorkspace(tempDir(), { writerKind: 'test' });
    // Theirs: a confirmed one-language revision (taken: their text and agreement together).
    them.setSummary(D, 'JP', 'zh', '他们只改了中文。');
    them.confirmTranslation(D, 'JP', 'en');
    // Theirs: a flagged one (their text taken, nothing to take: the English is out of date here too).
    them.setSummary(D, 'US', 'zh', '他们也只改了中文。');
    // Mine and theirs differ on a text: a conflict on the text, their agreement does not apply here.
    me.setSummary('semiconductors', 'JP', 'zh', '我的中文。');
    them.setSummaryTexts('semiconductors', 'JP', { zh: '他们的中文。', en: 'Their English.' });
    const { report } = await me.mergeProject(await saved(them, 'alice.pmproj'));
    expect(report.conflicts.map((c) => c.key)).toEqual(['position/semiconductors/JP/summary/zh']);
    expect(painted(me, 'JP')).toBeNull();
    expect(painted(me, 'US')).toBe('en');
    expect(position(me, 'JP', 'semiconductors').summary.zh).toBe('我的中文。');
    // Merging the same file again changes nothing.
    const steps = me.history().length;
    await me.mergeProject(await saved(them, 'alice.pmproj'));
    expect(me.history()).toHaveLength(steps);
    me.undo();
    expect(painted(me, 'JP')).toBeNull();
  });

  it('a hostile agreement row or history entry is left out with its reason; the rest opens and the flag rule still holds', async () => {
    const them = openWorkspace(tempDir(), { writerKind: 'test' });
    them.setSummary(D, 'JP', 'zh', '只改了中文。');
    them.confirmTranslation(D, 'JP', 'en');
    const file = await saved(them, 'evil.pmproj');
    tamper(
      file,
      `UPDATE overlay SET value = '{"zh":"<script>","en":1}' WHERE key = 'position/${D}/JP/summary/agreed';
       INSERT INTO overlay(key, value, baseline_hash, updated_at, author) VALUES ('position/${D}/US/summary/agreed', '{"zh":"0123456789abcdef","en":"0123456789abcdef","x":1}', NULL, '2026-01-01T00:00:00.000Z', 'Eve');`,
    );
    const me = openWorkspace(tempDir(), { writerKind: 'test' });
    const report = await me.openProject(file, tempDir());
    expect(report.ignored.map((i) => i.what).sort()).toEqual([`edit position/${D}/JP/summary/agreed`, `edit position/${D}/US/summary/agreed`]);
    expect(report.ignored[0]!.reason).toMatch(/translation agreement/);
    // Their Chinese came; without a valid agreement the English is out of date again.
    expect(painted(me, 'JP')).toBe('en');
    expect(painted(me, 'US')).toBeNull();
    const db = new Database(me.dbPath, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM overlay WHERE key LIKE '%/agreed'").get()).toEqual({ n: 0 });
    db.close();
  });
});
