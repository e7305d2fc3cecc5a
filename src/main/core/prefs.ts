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

export function readPrefs(file: string): Preferences {
  const fallback: Preferences = { author: safeUserName(), lang: null };
  try {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Preferences>;
    return {
      author: typeof raw.author === 'string' && raw.author.trim() ? raw.author : fallback.author,
      lang: raw.lang === 'zh' || raw.lang === 'en' ? raw.lang : null,
    };
  } catch {
    return fallback;
  }
}

export function writePrefs(file: string, prefs: Preferences): void {
  writeFileAtomic(file, JSON.stringify(prefs, null, 2));
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

  set(change: { author?: string | undefined; lang?: Preferences['lang'] | undefined }): Preferences {
    const next = this.get();
    if (change.author !== undefined) {
      const author = change.author.trim();
      assertSafeText(author, 'author name');
      if (!author) throw new AppError('invalid-request', 'The author name cannot be empty.');
      next.author = author;
    }
    if (change.lang !== undefined) next.lang = change.lang;
    writePrefs(this.file, next);
    this.cached = next;
    return { ...next };
  }
}
