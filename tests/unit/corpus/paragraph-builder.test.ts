import { describe, expect, it } from 'vitest';
import { ParagraphBuilder } from '../../../src/main/core/corpus/builder.ts';

describe('footnote linking', () => {
  it('links each footnote to the nearest earlier unclaimed occurrence of its marker', () => {
    const b = new ParagraphBuilder('t');
    b.begin('body', 'zh');
    b.append('甲段。①乙句。②');
    b.begin('body', 'zh');
    b.append('丙段第一页，');
    b.footnote('①', '注一');
    b.footnote('②', '注二');
    // next page: numbering restarts, and the open paragraph carries ① again
    b.append('丙段第二页。①');
    b.begin('body', 'zh');
    b.append('丁段。②');
    b.footnote('①', '注三');
    b.footnote('②', '注四');
    const out = b.build();
    const byText = (t: string) => out.find((p) => p.text === t)!;
    expect(out.map((p) => p.text)).toEqual(['甲段。①乙句。②', '注一', '注二', '丙段第一页，丙段第二页。①', '注三', '丁段。②', '注四']);
    expect(byText('注一').noteOf).toBe(byText('甲段。①乙句。②').id);
    expect(byText('注二').noteOf).toBe(byText('甲段。①乙句。②').id);
    expect(byText('注三').noteOf).toBe(byText('丙段第一页，丙段第二页。①').id);
    expect(byText('注四').noteOf).toBe(byText('丁段。②').id);
  });

  it('gives one paragraph two footnotes when it carries the same marker on two pages', () => {
    const b = new ParagraphBuilder('t');
    b.begin('body', 'zh');
    b.append('第一页的句子。①');
    b.footnote('①', '第一页注');
    b.append('第二页的句子。①');
    b.footnote('①', '第二页注');
    const out = b.build();
    expect(out.map((p) => [p.kind, p.text, p.marker])).toEqual([
      ['body', '第一页的句子。①第二页的句子。①', null],
      ['footnote', '第一页注', '①'],
      ['footnote', '第二页注', '①'],
    ]);
    expect(out[1]!.noteOf).toBe(out[0]!.id);
    expect(out[2]!.noteOf).toBe(out[0]!.id);
  });

  it('leaves a footnote without any marker unlinked', () => {
    const b = new ParagraphBuilder('t');
    b.begin('body', 'zh');
    b.append('没有注号。');
    b.footnote('③', '孤立的注');
    expect(b.build()[1]).toMatchObject({ kind: 'footnote', noteOf: null, marker: '③' });
  });
});
