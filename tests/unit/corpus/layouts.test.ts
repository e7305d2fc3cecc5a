import { describe, expect, it } from 'vitest';
import { ParagraphBuilder } from '../../../src/main/core/corpus/builder.ts';
import { joinPrintedLines } from '../../../src/main/core/corpus/chars.ts';
import { parseLineLayout } from '../../../src/main/core/corpus/layout-lines.ts';
import { parseWrappedLayout } from '../../../src/main/core/corpus/layout-wrapped.ts';

const FULL = '这是一行排满的正文文字这是一行排满的正文文字这是一行排满的正文文字这是一行'; // 40 em

describe('line-per-paragraph layout', () => {
  it('rejoins page-split paragraphs, drops running heads and links footnotes', () => {
    const raw = [
      '标题：副标题*',
      '作者甲 作者乙',
      '【内容提要】 这是摘要。',
      '【关键词】 甲；乙',
      '一 引言',
      '第一段有注释。^① 然后在页尾没有结束，',
      '^① 注一。',
      '标题：副标题',
      '继续到下一页 <https://example.org/a>。^①',
      '① 注二。',
      '(二) 第二节',
      '第二段。',
    ].join('\n\n');
    const b = new ParagraphBuilder('t');
    parseLineLayout(raw, [], b, 'mini.txt');
    const out = b.build();
    expect(out.map((p) => [p.kind, p.section, p.text])).toEqual([
      ['abstract', '', '这是摘要。'],
      ['heading', '一', '一 引言'],
      ['body', '一', '第一段有注释。①然后在页尾没有结束，继续到下一页 https://example.org/a。①'],
      ['footnote', '一', '注一。'],
      ['footnote', '一', '注二。'],
      ['heading', '一（二）', '（二）第二节'],
      ['body', '一（二）', '第二段。'],
    ]);
    expect(out[3]!.noteOf).toBe(out[2]!.id);
    expect(out[4]!.noteOf).toBe(out[2]!.id);
  });

  it('reads a line starting with a marker as text unless its page has that marker waiting', () => {
    const raw = ['一 引言', '第一段在页尾没有结束，', '标题', '①这一行是正文的继续，并不是脚注。'].join('\n\n');
    const b = new ParagraphBuilder('t');
    parseLineLayout(`标题\n\n${raw}`, [], b, 'mini.txt');
    expect(b.build().map((p) => [p.kind, p.text])).toEqual([
      ['heading', '一 引言'],
      ['body', '第一段在页尾没有结束，①这一行是正文的继续，并不是脚注。'],
    ]);
  });
});

describe('wrapped layout', () => {
  it('joins wrapped lines, ends paragraphs on short final lines and keeps footnotes apart', () => {
    const raw = [
      ' 一、引言',
      FULL.slice(2),
      `${FULL}`,
      '①这一行以注号开头但仍是正文，所以它继续上一段的文字直到句号为止的这一行文字',
      '短句结束了。',
      FULL.slice(2),
      '第二段结束。',
      '① 这是第一页的注释，',
      '它有两行。',
      ' 第二页的新段落开始这是一行排满的正文文字这是一行排满的正文文字这是一行',
      '结束。',
    ].join('\n\n');
    const b = new ParagraphBuilder('t', joinPrintedLines);
    parseWrappedLayout(raw, [], b, 'mini.txt');
    const out = b.build();
    expect(out.map((p) => [p.kind, p.section, p.text])).toEqual([
      ['heading', '一', '一、引言'],
      ['body', '一', `${FULL.slice(2)}${FULL}①这一行以注号开头但仍是正文，所以它继续上一段的文字直到句号为止的这一行文字短句结束了。`],
      ['footnote', '一', '这是第一页的注释，它有两行。'],
      ['body', '一', `${FULL.slice(2)}第二段结束。`],
      ['body', '一', '第二页的新段落开始这是一行排满的正文文字这是一行排满的正文文字这是一行结束。'],
    ]);
    expect(out[2]!.noteOf).toBe(out[1]!.id);
  });
});
