// The native Edit menu names what Undo and Redo would do, in the interface language, from the
// history as it is after each change: the pure words (editMenuWords, menuTemplate) against a real
// workspace on a real SQLite file. The Electron layer only hands the result to Menu.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { editMenuWords, menuTemplate } from '../../../src/main/native-text.ts';
import { openWorkspace } from '../helpers.ts';

type Item = MenuItemConstructorOptions;
const flat = (items: Item[]): Item[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);

/** The Edit menu's Undo and Redo items as the template builds them. */
function undoItems(template: Item[]) {
  const items = flat(template).filter((i) => i.accelerator === 'CmdOrCtrl+Z' || i.accelerator === 'CmdOrCtrl+Shift+Z');
  return items.map((i) => ({ label: i.label, enabled: i.enabled ?? true }));
}

describe('the Edit menu names its Undo and Redo', () => {
  it('names the step after an edit, an undo and a redo, in both languages', () => {
    const ws = openWorkspace();
    const fresh = editMenuWords('zh', ws.undoState(), ws.outline());
    expect(fresh).toEqual({ undo: '撤销编辑', redo: '重做编辑', canUndo: false, canRedo: false });
    expect(editMenuWords('en', ws.undoState(), ws.outline())).toEqual({ undo: 'Undo Edit', redo: 'Redo Edit', canUndo: false, canRedo: false });

    ws.addAnnotation({ domainId: 'export-control', actorId: 'JP', evidenceId: null }, 'timing', '事前审查');
    const zh = editMenuWords('zh', ws.undoState(), ws.outline());
    const en = editMenuWords('en', ws.undoState(), ws.outline());
    const domain = ws.outline().domains.find((d) => d.id === 'export-control')!.name;
    expect(zh).toEqual({ undo: `撤销：${domain.zh} · 日本 的批注`, redo: '重做编辑', canUndo: true, canRedo: false });
    expect(en).toEqual({ undo: `Undo: annotation on ${domain.en} · Japan`, redo: 'Redo Edit', canUndo: true, canRedo: false });

    ws.undo();
    expect(editMenuWords('zh', ws.undoState(), ws.outline())).toEqual({ undo: '撤销编辑', redo: `重做：${domain.zh} · 日本 的批注`, canUndo: false, canRedo: true });
    ws.redo();
    ws.addCategory({ zh: '补贴竞争', en: 'Subsidy competition' });
    expect(editMenuWords('zh', ws.undoState(), ws.outline()).undo).toBe('撤销：新批注类别“补贴竞争”');
    expect(editMenuWords('en', ws.undoState(), ws.outline()).undo).toBe('Undo: new annotation category “Subsidy competition”');
  });

  it('puts the words and whether they can be chosen into the template; commands and accelerators stay', () => {
    const ws = openWorkspace();
    ws.setSummary('export-control', 'US', 'en', 'Washington leads.');
    const edit = editMenuWords('en', ws.undoState(), ws.outline());
    const sent: string[] = [];
    const items = flat(menuTemplate('en', 'linux', (c) => sent.push(c), edit)).filter((i) => i.accelerator === 'CmdOrCtrl+Z' || i.accelerator === 'CmdOrCtrl+Shift+Z');
    expect(items.map((i) => [i.label, i.enabled, i.accelerator])).toEqual([
      [edit.undo, true, 'CmdOrCtrl+Z'],
      ['Redo Edit', false, 'CmdOrCtrl+Shift+Z'],
    ]);
    expect(edit.undo).toMatch(/^Undo: summary edit \(English\) on .+ · United States$/);
    for (const i of items) (i.click as () => void)();
    expect(sent).toEqual(['undo', 'redo']);
    // Without the history's words the menu keeps its plain ones (the first build, before any state).
    expect(undoItems(menuTemplate('zh', 'linux', () => undefined)).map((i) => [i.label, i.enabled])).toEqual([
      ['撤销编辑', true],
      ['重做编辑', true],
    ]);
  });

  it('cuts a long step name to one menu line', () => {
    const ws = openWorkspace();
    ws.addDomain('long-one', { zh: '很长的领域名称'.repeat(12), en: 'A very long domain name '.repeat(6) });
    const words = editMenuWords('en', ws.undoState(), ws.outline());
    expect(words.undo.length).toBeLessThanOrEqual(80);
    expect(words.undo.endsWith('…')).toBe(true);
    expect(words.undo.startsWith('Undo: new domain A very long domain name')).toBe(true);
  });
});
