import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPrefs } from '../../../src/main/core/prefs.ts';
import { openWorkspace, tempDir } from '../helpers.ts';

describe('preferences: the analyst is asked their name', () => {
  it('offers the system user name only as an unconfirmed suggestion, and never stores it as given', () => {
    const dir = tempDir();
    const ws = openWorkspace(dir);
    expect(ws.prefs()).toMatchObject({ authorConfirmed: false, welcomeDismissed: false });
    // Changing something else does not turn the suggestion into the analyst's name.
    ws.setPrefs({ lang: 'en', welcomeDismissed: true });
    const file = path.join(dir, 'preferences.json');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ lang: 'en', welcomeDismissed: true });
    expect(readPrefs(file)).toMatchObject({ authorConfirmed: false, lang: 'en', welcomeDismissed: true });
  });

  it('confirms the name once given, and keeps it', () => {
    const dir = tempDir();
    const ws = openWorkspace(dir);
    expect(ws.setPrefs({ author: '  王分析师 ' })).toMatchObject({ author: '王分析师', authorConfirmed: true });
    expect(readPrefs(path.join(dir, 'preferences.json'))).toMatchObject({ author: '王分析师', authorConfirmed: true });
    expect(() => ws.setPrefs({ author: '   ' })).toThrow(/cannot be empty/);
    expect(ws.prefs().author).toBe('王分析师');
  });
});
