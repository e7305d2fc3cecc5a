// The words and the start screen of a migration, as data: both languages, numbers grouped, a page
// that fetches nothing, and updates passed as JSON (never parsed as HTML).
import { describe, expect, it } from 'vitest';
import { MIGRATION_PAGE_CSP, migrationPageHtml, migrationScreenState, migrationUpdateScript } from '../../../src/main/core/db/migration-page.ts';
import { migrationPercent, migrationStatus } from '../../../src/main/core/db/migration-words.ts';

describe('migration words and start screen', () => {
  it('says how many paragraphs of how many are indexed, in either language', () => {
    const p = { phase: 'index', version: 7, done: 12_400, total: 74_000 } as const;
    expect(migrationStatus('en', p)).toBe('Updating the search index: 12,400 of 74,000 paragraphs');
    expect(migrationStatus('zh', p)).toBe('正在更新搜索索引：12,400 / 74,000 段');
    expect(migrationPercent(p)).toBe(16);
    expect(migrationPercent({ phase: 'backup' })).toBe(0);
    expect(migrationPercent({ phase: 'commit' })).toBe(100);
    expect(migrationPercent({ phase: 'index', version: 7, done: 0, total: 0 })).toBe(100);
  });

  it('the page has both languages, a Cancel, its own CSP and nothing remote; an update is JSON', () => {
    const html = migrationPageHtml();
    expect(html).toContain(`content="${MIGRATION_PAGE_CSP}"`);
    expect(MIGRATION_PAGE_CSP).toContain("default-src 'none'");
    expect(html).toContain('正在更新项目');
    expect(html).toContain('Updating the project');
    expect(html).toContain('取消并退出');
    expect(html).toContain('Cancel and quit');
    expect(html).not.toMatch(/(src|href)=/);
    const state = migrationScreenState({ phase: 'index', version: 7, done: 1, total: 2 }, true);
    expect(state).toEqual({ zh: '正在取消…项目保持原样。', en: 'Cancelling… the project stays as it was.', percent: 50, cancelling: true });
    expect(migrationUpdateScript(state)).toBe(`update(${JSON.stringify(state)})`);
  });
});
