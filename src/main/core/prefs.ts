import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Preferences } from '../../shared/types.ts';
import { AppError } from './errors.ts';
import { writeFileAtomic } from './fs-atomic.ts';
import { assertSafeText } from './text/guard.ts';

/**
 * Preferences belong to the analyst, not to a project: they live beside the database in their own
 * file, so opening a colleague's project never changes whose name goes on new annotations.
 */
export function prefsPathFor(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'preferences.json');
}

/**
 * The stored preferences. A name the analyst never gave is not stored: the system user name is only
 * offered as a suggestion (`authorConfirmed: false`), and the app asks for the real one on first run.
 */
export function readPrefs(file: string): Preferences {
  const fallback: Preferences = { author: safeUserName(), authorConfirmed: false, lang: null, welcomeDismissed: false };
  try {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Preferences>;
    const named = typeof raw.author === 'string' && raw.author.trim() !== '';
    return {
      author: named ? raw.author! : fallback.author,
      authorConfirmed: named,
      lang: raw.lang === 'zh' || raw.lang === 'en' ? raw.lang : null,
      welcomeDismissed: raw.welcomeDismissed === true,
    };
  } catch {
    return fallback;
  }
}

export function writePrefs(file: string, prefs: Preferences): void {
  // The suggested system name is not written as if the analyst had given it.
  const stored = { ...(prefs.authorConfirmed ? { author: prefs.author } : {}), lang: prefs.lang, welcomeDismissed: prefs.welcomeDismissed };
  writeFileAtomic(file, JSON.stringify(stored, null, 2));
}

function safeUserName(): string {
  try {
    return os.userInfo().username || 'analyst';
  } catch {
    return 'analyst';
  }
}

/** The analyst's preferences, read once and written through. */
export class PrefsStore {
  private readonly file: string;
  private cached: Preferences | null = null;

  constructor(file: string | undefined, dbPath: string) {
    this.file = file ?? prefsPathFor(dbPath);
  }

  get(): Preferences {
    this.cached ??= readPrefs(this.file);
    return { ...this.cached };
  }

  set(change: { author?: string | undefined; lang?: Preferences['lang'] | undefined; welcomeDismissed?: boolean | undefined }): Preferences {
    const next = this.get();
    if (change.author !== undefined) {
      const author = change.author.trim();
      assertSafeText(author, 'author name');
      if (!author) throw new AppError('invalid-request', 'The author name cannot be empty.');
      next.author = author;
      next.authorConfirmed = true;
    }
    if (change.lang !== undefined) next.lang = change.lang;
    if (change.welcomeDismissed !== undefined) next.welcomeDismissed = change.welcomeDismissed;
    writePrefs(this.file, next);
    this.cached = next;
    return { ...next };
  }
}
