// The menu and native dialogs in the interface language: the template as data, in both languages.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate, nativeLang, nativeText } from '../../../src/main/native-text.ts';
import type { MenuCommand } from '../../../src/shared/events.ts';

type Item = MenuItemConstructorOptions;
const flat = (items: Item[]): Item[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);

/** Every item that sends a command: its label, accelerator and the command a click sends. */
function commands(lang: 'zh' | 'en', platform = 'linux') {
  const sent: MenuCommand[] = [];
  const items = flat(menuTemplate(lang, platform, (c) => sent.push(c))).filter((i) => i.click);
  return items.map((i) => {
    (i.click as () => void)();
    return { label: i.label, accelerator: i.accelerator ?? null, command: sent.at(-1) };
  });
}

describe('the native menu and dialogs in the interface language', () => {
  it('takes the preference, else the system locale', () => {
    expect(nativeLang('en', 'zh-CN')).toBe('en');
    expect(nativeLang('zh', 'en-US')).toBe('zh');
    expect(nativeLang(null, 'zh-TW')).toBe('zh');
    expect(nativeLang(null, 'en-GB')).toBe('en');
    expect(nativeLang(null, 'ja')).toBe('en');
  });

  it('builds the same menu in both languages: same commands and accelerators, every label translated', () => {
    const zh = commands('zh');
    const en = commands('en');
    expect(zh.map((c) => [c.command, c.accelerator])).toEqual(en.map((c) => [c.command, c.accelerator]));
    expect(zh.map((c) => c.command)).toEqual(['export', 'project-save', 'project-open', 'project-merge', 'undo', 'redo', 'find', 'lang-zh', 'lang-en']);
    const top = (lang: 'zh' | 'en') => menuTemplate(lang, 'linux', () => undefined).map((i) => i.label);
    expect(top('zh')).toEqual(['文件', '编辑', '视图']);
    expect(top('en')).toEqual(['File', 'Edit', 'View']);
    // The language items name each language in itself; everything else differs between the two.
    for (const [i, c] of zh.entries()) {
      if (c.command === 'lang-zh' || c.command === 'lang-en') expect(c.label).toBe(en[i]!.label);
      else expect(c.label).not.toBe(en[i]!.label);
    }
    // Roles Electron would otherwise label in its own (English) words carry ours.
    const roles = flat(menuTemplate('zh', 'linux', () => undefined)).filter((i) => i.role);
    expect(roles.length).toBeGreaterThan(5);
    expect(roles.every((i) => typeof i.label === 'string' && /[\u4e00-\u9fff]/.test(i.label))).toBe(true);
    expect(flat(menuTemplate('en', 'darwin', () => undefined))[0]).toEqual({ role: 'appMenu' });
  });

  it('words the question before replacing a project in either language', () => {
    expect(nativeText('zh', 'replaceProjectDetail', { backups: '/b', file: 'x.pmproj' })).toBe('当前项目将备份到 /b，然后替换为 x.pmproj。');
    expect(nativeText('en', 'replaceProjectDetail', { backups: '/b', file: 'x.pmproj' })).toBe('The current project will be backed up to /b and replaced by x.pmproj.');
  });
});
