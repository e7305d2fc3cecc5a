// The offset arithmetic of "use selection as evidence", without a DOM: the DOM half only measures
// where the selection starts and ends; what becomes the quote is decided here, and main checks that
// text.slice(start, start + exact.length) === exact.
import { describe, expect, it } from 'vitest';
import { quoteBetween } from '../../../src/renderer/src/reader/selection.ts';

const TEXT = '2021 年 9 月日本政府修订该清单，被列入的中国法人从 68 家增加到 85 家。［38］';

describe('quote between two offsets', () => {
  it('takes the characters between the offsets', () => {
    const start = TEXT.indexOf('被列入');
    const q = quoteBetween(TEXT, start, start + 5);
    expect(q).toEqual({ start, exact: '被列入的中' });
  });

  it('gives offsets that main accepts: the exact text at that start', () => {
    for (let start = 0; start < TEXT.length; start += 3) {
      for (let end = start; end <= TEXT.length + 2; end += 5) {
        const q = quoteBetween(TEXT, start, end);
        if (q) expect(TEXT.slice(q.start, q.start + q.exact.length)).toBe(q.exact);
      }
    }
  });

  it('drops whitespace dragged in at either edge, and moves the start with it', () => {
    const start = TEXT.indexOf(' 68 家');
    expect(quoteBetween(TEXT, start, start + 6)).toEqual({ start: start + 1, exact: '68 家增' });
    expect(quoteBetween(TEXT, start, start + 5)).toEqual({ start: start + 1, exact: '68 家' });
    expect(quoteBetween('\n\t 美日\u3000', 0, 7)).toEqual({ start: 3, exact: '美日' });
    // Whitespace inside the quote is part of it.
    expect(quoteBetween(TEXT, 0, 8)).toEqual({ start: 0, exact: '2021 年 9' });
  });

  it('clamps offsets outside the text (a selection running into the margin)', () => {
    expect(quoteBetween('美日合作', 2, 99)).toEqual({ start: 2, exact: '合作' });
    expect(quoteBetween('美日合作', -3, 2)).toEqual({ start: 0, exact: '美日' });
    expect(quoteBetween('美日合作', 0, 4)).toEqual({ start: 0, exact: '美日合作' });
  });

  it('is nothing when no visible character is selected', () => {
    expect(quoteBetween(TEXT, 4, 4)).toBeNull();
    expect(quoteBetween(TEXT, 4, 5)).toBeNull(); // the space after "2021"
    expect(quoteBetween(TEXT, 6, 3)).toBeNull();
    expect(quoteBetween('美日', 5, 9)).toBeNull();
    expect(quoteBetween('', 0, 0)).toBeNull();
  });

  it('counts in UTF-16 code units, as the DOM and main do', () => {
    const text = '𠮷野家的出口';
    expect(quoteBetween(text, 0, 3)).toEqual({ start: 0, exact: '𠮷野' });
  });
});
