import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.ts';
import { cliInProcess as cli, cliSpawned as npmCli } from './cli-runner.ts';



const digest = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('command line: project save / open / merge', () => {
  it('saves, merges (JSON report, twice = nothing), opens; a failing command changes nothing, preferences included', async () => {
    const alice = path.join(tempDir(), 'alice.db');
    const me = path.join(tempDir(), 'me.db');
    const add = async (db: string, text: string, author: string) =>
      cli(['annotations', 'add', '--db', db, '--target', 'investment-review/JP', '--category', 'timing', '--text', text, '--author', author]);
    expect((await add(alice, 'from Alice', 'Alice')).code).toBe(0);
    expect((await add(me, 'mine', 'Me')).code).toBe(0);

    const file = path.join(tempDir('pm-send-'), 'alice.pmproj');
    const saved = npmCli(['project', 'save', '--out', file, '--db', alice]);
    expect(saved.code, saved.stderr).toBe(0);
    expect(JSON.parse(saved.stdout)).toMatchObject({ path: file });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['alice.pmproj']);

    const merged = await cli(['project', 'merge', file, '--db', me]);
    expect(merged.code, merged.stderr).toBe(0);
    const report = JSON.parse(merged.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ annotationsAdded: 1, editsTaken: 0, identical: 0, conflicts: [], sourcesAdded: 0, sender: 'Alice' });
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['annotationsAdded', 'editsTaken', 'identical', 'conflicts', 'sourcesAdded', 'ignored']));
    expect(JSON.parse((await cli(['project', 'merge', file, '--db', me])).stdout)).toMatchObject({ annotationsAdded: 0, identical: 1 });

    // A bad file: exit 1, the reason names the file, the database and the preferences untouched.
    const junk = path.join(tempDir(), 'junk.pmproj');
    fs.writeFileSync(junk, 'not a database');
    const prefs = path.join(path.dirname(me), 'preferences.json');
    const before = [digest(me), fs.readFileSync(prefs, 'utf8')];
    const bad = await cli(['project', 'open', junk, '--db', me]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${junk} is not a Policy Matrix project`);
    expect((await cli(['project', 'merge', junk, '--db', me, '--author', 'X'])).code).not.toBe(0);
    expect([digest(me), fs.readFileSync(prefs, 'utf8')]).toEqual(before);

    const opened = await cli(['project', 'open', file, '--db', me]);
    expect(opened.code, opened.stderr).toBe(0);
    expect(JSON.parse(opened.stdout)).toMatchObject({ annotations: 1, ignored: [] });
    const list = JSON.parse((await cli(['annotations', 'list', '--db', me])).stdout) as Array<{ text: string }>;
    expect(list.map((a) => a.text)).toEqual(['from Alice']);
    expect((await cli(['project', 'frobnicate', '--db', me])).code).toBe(2);
  });
});
