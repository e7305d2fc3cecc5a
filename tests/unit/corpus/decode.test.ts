import { describe, expect, it } from 'vitest';
import { CorpusError, MAX_CORPUS_FILE_BYTES, decodeCorpusText } from '../../../src/main/core/corpus/decode.ts';
import { findInvalidUtf8 } from '../../../src/main/core/corpus/utf8.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function decodeError(bytes: Uint8Array, name = 'paper.txt'): CorpusError {
  try {
    decodeCorpusText(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return error as CorpusError;
  }
  throw new Error('expected a CorpusError');
}

describe('decodeCorpusText', () => {
  it('decodes UTF-8, strips a BOM and normalises line ends', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('同盟\r\n视域\rEnd\n')]);
    expect(decodeCorpusText(bytes, 'a.txt')).toBe('同盟\n视域\nEnd\n');
  });

  it('rejects bytes that are not UTF-8, naming the file and the offset', () => {
    const error = decodeError(new Uint8Array([0x61, 0x62, 0xff, 0x63]), '000_x.txt');
    expect(error.message).toBe('000_x.txt is not UTF-8 text (invalid byte at offset 2). Save it as UTF-8 and try again.');
    expect(error.file).toBe('000_x.txt');
    expect(error.code).toBe('bad-file');
  });

  it('reports where a GBK-encoded Chinese text stops being UTF-8', () => {
    // "ok 中文" in GBK: 0xd6 0xd0 is not a valid UTF-8 lead/continuation pair
    const error = decodeError(new Uint8Array([0x6f, 0x6b, 0x20, 0xd6, 0xd0, 0xce, 0xc4]));
    expect(error.message).toContain('invalid byte at offset 3');
  });

  it('rejects NUL bytes as binary', () => {
    const error = decodeError(new Uint8Array([...utf8('text'), 0, ...utf8('more')]), 'scan.pdf');
    expect(error.message).toBe('scan.pdf is a binary file, not text (NUL byte at offset 4).');
  });

  it('rejects other control characters as binary', () => {
    expect(decodeError(utf8('abc\u0002def')).message).toContain('control character U+0002 at character 3');
  });

  it('rejects empty and blank files', () => {
    expect(decodeError(new Uint8Array(0), 'empty.txt').message).toBe('empty.txt is empty: a corpus file must contain the text of a paper.');
    expect(decodeError(utf8('\ufeff \n\r\n\t')).message).toContain('contains no text');
  });

  it('rejects files over the size limit with the limit in the message', () => {
    const error = decodeError(new Uint8Array(MAX_CORPUS_FILE_BYTES + 1), 'huge.txt');
    expect(error.message).toMatch(/^huge\.txt is too large \(20\.0 MB; the limit is 20 MB\)/);
  });
});

describe('findInvalidUtf8', () => {
  it('accepts valid text, including 4-byte sequences', () => {
    expect(findInvalidUtf8(utf8('a中文😀z'))).toBe(-1);
  });

  it('finds overlong forms, surrogates, truncation and out-of-range code points', () => {
    expect(findInvalidUtf8(new Uint8Array([0x41, 0xc0, 0xaf]))).toBe(1);
    expect(findInvalidUtf8(new Uint8Array([0xe0, 0x80, 0x80]))).toBe(0);
    expect(findInvalidUtf8(new Uint8Array([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(findInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe4, 0xb8]))).toBe(2);
    expect(findInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(findInvalidUtf8(new Uint8Array([0x80]))).toBe(0);
  });
});
