import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/main/core/corpus/import/charset.ts';
import { hyphenatedVocabulary, makeJoiner } from '../../../src/main/core/corpus/import/join.ts';
import { normaliseExtracted } from '../../../src/main/core/corpus/import/normalise.ts';
import { tidyLineText } from '../../../src/main/core/corpus/import/pdf-lines.ts';
import { findFurniture } from '../../../src/main/core/corpus/import/pdf-structure.ts';
import type { Line } from '../../../src/main/core/corpus/import/pdf-lines.ts';

const hex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'));

describe('legacy encodings are detected by what they decode to', () => {
  it.each([
    ['Shift_JIS', '93fa967b82cc97418f6f8ac7979d82cd8e96914f93cd8f6f90a7937882c988cb8b9282b582c482a282e98142', '日本の輸出管理は事前届出制度に依拠している。', 'shift_jis'],
    ['EUC-JP', 'c6fccbdca4cecda2bdd0b4c9cdfda4cfbbf6c1b0c6cfbdd0c0a9c5d9a4cbb0cdb5f2a4b7a4c6a4a4a4eba1a3', '日本の輸出管理は事前届出制度に依拠している。', 'euc-jp'],
    ['GB18030', 'c3c0b9fad6f7d2aad2c0bfbfcac2baf3c9f3b2e9a3acbdbbd2d7bfc9c4dcb1bbb3b7cffaa1a3', '美国主要依靠事后审查，交易可能被撤销。', 'gb18030'],
  ])('%s', (_, bytes, text, encoding) => {
    expect(decodeText(hex(bytes))).toMatchObject({ text, encoding, how: 'detected' });
  });

  it('takes a declared or chosen charset (Big5), and UTF-16 by its BOM', () => {
    const big5 = hex('acfcb0eaa544ad6ea8ccbe61a8c6abe1bc66ac64a141a5e6a9f6a569afe0b351ba4dbe50a143');
    expect(decodeText(big5, { declared: 'big5' })).toMatchObject({ text: '美國主要依靠事後審查，交易可能被撤銷。', how: 'declared' });
    expect(decodeText(big5, { choice: 'big5' })!.how).toBe('chosen');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('経済安全保障', 'utf16le')]);
    expect(decodeText(utf16)).toMatchObject({ text: '経済安全保障', encoding: 'utf-16le', how: 'bom' });
  });
});

describe('repairs of extracted text', () => {
  it('normalises ligatures and radical code points only, never full-width punctuation', () => {
    expect(normaliseExtracted('ﬁnancial ﬂows')).toBe('financial flows');
    expect(normaliseExtracted('⽇本 ⻛险 ⺠用')).toBe('日本 风险 民用');
    expect(normaliseExtracted('（一）１２３，ＡＢＣ')).toBe('（一）１２３，ＡＢＣ');
  });

  it('removes the fake spaces of letter-spaced CJK and collapses letter-spaced capitals', () => {
    expect(tidyLineText('保 医 発 0 3 0 5 号')).toBe('保医発0305号');
    expect(tidyLineText('ものをいう 。')).toBe('ものをいう。');
    expect(tidyLineText('E C O N O M I C  S E C U R I T Y')).toBe('ECONOMIC SECURITY');
    expect(tidyLineText('A plain line of text')).toBe('A plain line of text');
  });

  it('undoes hyphenation unless the document prints the compound, and leaves URLs alone', () => {
    const vocabulary = hyphenatedVocabulary([{ kind: 'body', lang: null, pieces: ['the cross-border flows of data'] }]);
    const join = makeJoiner(vocabulary);
    expect(join('semi-', 'conductors are scarce')).toBe('semiconductors are scarce');
    expect(join('the cross-', 'border trade')).toBe('the cross-border trade');
    expect(join('see https://example.org/economic-', 'security/sheet.csv')).toBe('see https://example.org/economic-security/sheet.csv');
    expect(join('経済安全', '保障')).toBe('経済安全保障');
    expect(join('economic', 'security')).toBe('economic security');
    expect(join('美国', 'CHIPS法')).toBe('美国CHIPS法');
  });
});

describe('page furniture', () => {
  const line = (page: number, text: string, y: number): Line => ({
    page, text, refs: [], size: 8, left: 100, right: 300, baseline: y, vertical: false, box: { page, x: 100, y: y - 8, width: 200, height: 8 },
  });
  const pages = (lines: Line[][]) => lines.map((l, i) => ({ page: i + 1, width: 595, height: 842, lines: l }));

  it('is a line repeated at the same place, or one whose number advances with the page', () => {
    const doc = pages([1, 2, 3].map((n) => [line(n, 'Economic Security Review · Vol. 3', 40), line(n, 'Body text here.', 400), line(n, `– ${n + 11} –`, 808)]));
    const furniture = [...findFurniture(doc)].map((l) => l.text).sort();
    expect(furniture).toEqual(['Economic Security Review · Vol. 3', 'Economic Security Review · Vol. 3', 'Economic Security Review · Vol. 3', '– 12 –', '– 13 –', '– 14 –']);
  });

  it('is not a numbered note that only looks alike on other pages', () => {
    // Same shape, numbers that do not advance with the page: real footnotes, kept.
    const doc = pages([1, 2, 3].map((n) => [line(n, 'Body text here.', 400), line(n, `${[3, 1, 7][n - 1]} See the annex.`, 808)]));
    expect(findFurniture(doc).size).toBe(0);
  });
});
