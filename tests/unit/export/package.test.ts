// The ZIP and link repair underneath the workbook: unit checks that do not need a spreadsheet reader.
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { insertHyperlinks } from '../../../src/main/core/export/hyperlinks.ts';
import { compressed, entryData, readZip, writeZip } from '../../../src/main/core/export/zip.ts';
import type { ZipEntry } from '../../../src/main/core/export/zip.ts';
import { linesFor, rowHeight } from '../../../src/main/core/export/row-height.ts';

describe('insertHyperlinks', () => {
  it('adds in-document links the way Excel stores them: location, no relationship', () => {
    const tail = '</sheetData><autoFilter ref="A1:C3"/><pageMargins left="0.5"/><pageSetup/>';
    const out = insertHyperlinks(tail, [
      { ref: 'C2', location: "'Evidence'!A12", tooltip: 'Go <to> "evidence"' },
      { ref: 'C3', location: "'Evidence'!A14", tooltip: '' },
    ]);
    expect(out).toBe(
      '</sheetData><autoFilter ref="A1:C3"/><hyperlinks><hyperlink ref="C2" location="\'Evidence\'!A12" tooltip="Go &lt;to&gt; &quot;evidence&quot;"/>' +
        '<hyperlink ref="C3" location="\'Evidence\'!A14"/></hyperlinks><pageMargins left="0.5"/><pageSetup/>',
    );
  });

  it('leaves a sheet without links alone and refuses XML it does not expect', () => {
    expect(insertHyperlinks('</sheetData><pageMargins/>', [])).toBe('</sheetData><pageMargins/>');
    expect(() => insertHyperlinks('</sheetData>', [{ ref: 'A1', location: "'X'!A1", tooltip: '' }])).toThrow(/pageMargins/);
  });
});

describe('zip', () => {
  it('round-trips entries, including content given in parts and larger than one compression slice', async () => {
    const big = Buffer.from('<row>出口管制 export control</row>'.repeat(120_000));
    const raw = (name: string, data: Buffer): ZipEntry => ({ name, flags: 0, method: 0, time: 0, date: 0x5a21, crc: 0, size: data.length, stored: data });
    const entries = await Promise.all([compressed(raw('a.xml', Buffer.from('<a/>'))), compressed(raw('xl/big.xml', big), [big.subarray(0, 1_500_001), big.subarray(1_500_001)])]);
    expect(big.length).toBeGreaterThan(2 << 20);
    const back = readZip(writeZip(entries));
    expect(back.map((e) => e.name)).toEqual(['a.xml', 'xl/big.xml']);
    expect(entryData(back[0]!).toString()).toBe('<a/>');
    expect(inflateRawSync(back[1]!.stored).equals(big)).toBe(true);
    expect(back[1]!.size).toBe(big.length);
    expect(back[1]!.crc).toBe(crc32(big));
  });
});

describe('row heights', () => {
  it('counts wide (CJK) characters double and honours line breaks', () => {
    expect(linesFor('short', 20)).toBe(1);
    expect(linesFor('出'.repeat(10), 20)).toBe(1);
    expect(linesFor('出'.repeat(20), 20)).toBe(2);
    expect(linesFor('a\nb\nc', 20)).toBe(3);
    expect(rowHeight([{ text: '出'.repeat(40), width: 20 }])).toBeGreaterThan(rowHeight([{ text: 'x', width: 20 }]));
    expect(rowHeight([{ text: 'x\n'.repeat(500), width: 20 }])).toBe(409);
  });
});
