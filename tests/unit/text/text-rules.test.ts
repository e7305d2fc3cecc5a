import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemas } from '../../../src/shared/contract.ts';
import { findUnsafeChar, stripUnsafeChars } from '../../../src/shared/text-rules.ts';
import { AppError } from '../../../src/main/core/errors.ts';
import { openWorkspace, tempDir } from '../helpers.ts';

const UNSAFE = ['\u0000', '\u0007', '\u000b', '\u000c', '\r', '\u001f', '\ufffe', '\uffff', '\ud800', '\udc00', '\udbffy'];
const SAFE = ['plain', 'tab\tand\nnewline', '事前审查', '😀 a pair', '\u007f DEL is XML-safe', '\ufdd0'];

describe('text rules', () => {
  it('finds every character XML cannot carry, and nothing else', () => {
    for (const s of UNSAFE) expect(findUnsafeChar(`ok ${s} ok`), JSON.stringify(s)).toMatchObject({ index: 3 });
    for (const s of SAFE) expect(findUnsafeChar(s), JSON.stringify(s)).toBeNull();
    expect(stripUnsafeChars('a\u0000b\ufffec\ud800d😀')).toEqual({ text: 'abcd😀', removed: 3 });
  });

  it('every free-text field of the contract refuses them with a message that names the character', () => {
    const cases: Array<[keyof typeof schemas, object]> = [
      ['annotations:add', { target: { domainId: 'd', actorId: null, evidenceId: null }, category: 'other', text: 'a\ufffeb' }],
      ['annotations:update', { id: 'x', text: 'a\u0001' }],
      ['matrix:setSummary', { domainId: 'd', actorId: 'JP', lang: 'en', text: '\uffff' }],
      ['matrix:setAlignment', { domainId: 'd', reason: { en: '\ud800' } }],
      ['matrix:addDomain', { id: 'd', name: { zh: '\u000b', en: 'x' } }],
      ['matrix:addActor', { id: 'a', name: { zh: 'x', en: '\u0008' } }],
      ['prefs:set', { author: 'A\u0000' }],
      ['corpus:search', { query: 'x\u0002' }],
    ];
    for (const [channel, payload] of cases) {
      const parsed = schemas[channel].safeParse(payload);
      expect(parsed.success, channel).toBe(false);
      expect(parsed.error!.issues[0]!.message, channel).toMatch(/U\+[0-9A-F]{4} .* at position \d+/);
    }
    expect(schemas['annotations:add'].safeParse({ target: { domainId: 'd', actorId: null, evidenceId: null }, category: 'other', text: 'ok\tfine\n' }).success).toBe(true);
  });

  it('the core refuses them too (the command line does not go through the schemas), and changes nothing', () => {
    const dir = tempDir();
    const ws = openWorkspace(dir);
    const target = { domainId: 'export-control', actorId: 'JP', evidenceId: null };
    expect(() => ws.addAnnotation(target, 'other', 'bad \ufffe')).toThrow(AppError);
    expect(() => ws.setSummary('export-control', 'JP', 'en', 'x\u0000')).toThrow(/summary .*U\+0000/i);
    expect(() => ws.setPrefs({ author: 'Bad\u0007Name' })).toThrow(/author name contains U\+0007/);
    expect(ws.listAnnotations()).toEqual([]);
    expect(ws.history()).toEqual([]);
    expect(ws.prefs().author).not.toContain('\u0007');
    expect(path.basename(ws.options.dbPath)).toBe('policy-matrix.db');
  });
});
