// How a migration's progress is worded, in both interface languages: for the desktop app's start
// screen, the browser server's terminal and the command line.
import type { MigrationPhase } from './migration-progress.ts';

export type MigrationLang = 'zh' | 'en';

const WORDS = {
  title: { zh: '正在更新项目', en: 'Updating the project' },
  backup: { zh: '正在备份项目…', en: 'Backing up the project…' },
  commit: { zh: '正在写入更新…', en: 'Writing the update…' },
  explain: {
    zh: '这个版本为搜索建立了新的索引，只需做一次。取消会退出，项目保持原样。',
    en: 'This version builds a new search index, once. Cancel quits and leaves the project as it was.',
  },
  cancel: { zh: '取消并退出', en: 'Cancel and quit' },
  cancelling: { zh: '正在取消…项目保持原样。', en: 'Cancelling… the project stays as it was.' },
  cancelled: { zh: '已取消：项目保持原样。', en: 'Cancelled: the project was left as it was.' },
} as const;

export function migrationWord(lang: MigrationLang, key: keyof typeof WORDS): string {
  return WORDS[key][lang];
}

function count(lang: MigrationLang, n: number): string {
  return n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
}

/** One line saying where the migration is, e.g. "Updating the search index: 12,400 of 74,000 paragraphs". */
export function migrationStatus(lang: MigrationLang, p: MigrationPhase): string {
  if (p.phase === 'backup' || p.phase === 'commit') return WORDS[p.phase][lang];
  return lang === 'zh'
    ? `正在更新搜索索引：${count(lang, p.done)} / ${count(lang, p.total)} 段`
    : `Updating the search index: ${count(lang, p.done)} of ${count(lang, p.total)} paragraphs`;
}

/** Whole percent done (0 while backing up, 100 when writing). */
export function migrationPercent(p: MigrationPhase): number {
  if (p.phase === 'backup') return 0;
  if (p.phase === 'commit') return 100;
  return p.total === 0 ? 100 : Math.floor((100 * p.done) / p.total);
}
