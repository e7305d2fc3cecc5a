import { describe, expect, it } from 'vitest';
import { joinPrintedLines, joinWrapped, removeCjkSpaces } from '../../../src/main/core/corpus/chars.ts';
import { endsSentence, endsWithFinalMark } from '../../../src/main/core/corpus/final-punctuation.ts';
import { cleanMarkdown } from '../../../src/main/core/corpus/markdown.ts';

describe('text repairs', () => {
  it('undoes letter-spacing between CJK characters only', () => {
    expect(removeCjkSpaces('在 世 界 经 济 脆 弱 性 更 加 突 出 、地 缘 政 治 的 背 景 下 ，经 济 安 全（economic')).toBe(
      '在世界经济脆弱性更加突出、地缘政治的背景下，经济安全（economic',
    );
    expect(removeCjkSpaces('2020 年中国吸收 14% 的 Tokyo Electron 公司')).toBe('2020 年中国吸收 14% 的 Tokyo Electron 公司');
  });

  it('joins wrapped lines: Latin words with a space, Chinese without, hyphenation marks removed', () => {
    expect(joinWrapped('经济安全（economic', 'security）正在')).toBe('经济安全（economic security）正在');
    expect(joinWrapped('技术管', '制、产业政策')).toBe('技术管制、产业政策');
    expect(joinWrapped('services/sup\u2043', 'plychain/。')).toBe('services/supplychain/。');
    expect(joinWrapped('the so-', 'called like-minded')).toBe('the so-called like-minded');
    expect(joinWrapped('（John J.', 'Mearsheimer)')).toBe('（John J. Mearsheimer)');
    expect(joinPrintedLines('进行为期 100', '天的审查')).toBe('进行为期 100 天的审查');
    expect(joinPrintedLines('美国退出 TPP', '后，日本')).toBe('美国退出 TPP 后，日本');
  });

  it('recognises sentence ends behind citations and footnote markers', () => {
    expect(endsWithFinalMark('的新规则。［17］')).toBe(true);
    expect(endsWithFinalMark('危机。①')).toBe(true);
    expect(endsWithFinalMark('“印太经济框架”')).toBe(true);
    expect(endsWithFinalMark('主张“集体韧性”的声音，理由')).toBe(false);
    expect(endsSentence('…的意味。^④')).toBe(true);
    expect(endsSentence('…还要多”。^③')).toBe(true);
    expect(endsSentence('…“印太经济框架”')).toBe(false);
    expect(endsSentence('…国家利益；')).toBe(false);
  });

  it('strips the Markdown the extraction left', () => {
    expect(cleanMarkdown('Waltz, *Theory of International Politics*, Reading')).toBe('Waltz, Theory of International Politics, Reading');
    expect(cleanMarkdown('见 <https://a.org/x?y=1>。')).toBe('见 https://a.org/x?y=1。');
    expect(cleanMarkdown('2022, [https://u.gov/a%20\\(1\\).pdf](https://u.gov/a%20(1).pdf).')).toBe('2022, https://u.gov/a%20(1).pdf.');
    expect(cleanMarkdown('制衡。^① 因此')).toBe('制衡。①因此');
    expect(cleanMarkdown('警惕。^③ 2021年')).toBe('警惕。③ 2021年');
  });
});
