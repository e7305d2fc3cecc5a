// Sentence splitting, quote placement and script segmentation: the pieces that decide where a
// footnote mark goes and which font a character gets.
import { describe, expect, it } from 'vitest';
import { segments } from '../../../../src/main/core/export/briefing/fonts.ts';
import { placeQuotes, splitSentences, tokens } from '../../../../src/main/core/export/briefing/sentences.ts';

describe('splitSentences', () => {
  it('splits Chinese after 。！？ keeping closing quotes, and English before a capital', () => {
    expect(splitSentences('美国强化管制。日本称“不点名。”其后跟进！')).toEqual(['美国强化管制。', '日本称“不点名。”', '其后跟进！']);
    expect(splitSentences('The U.S. acted first. Japan followed, e.g. in 2023. Then the EU.')).toEqual(['The U.S. acted first. ', 'Japan followed, e.g. in 2023. ', 'Then the EU.']);
    expect(splitSentences('No full stop')).toEqual(['No full stop']);
  });
});

describe('placeQuotes', () => {
  const t = (q: string): Set<number | string> => tokens(q);

  it('puts each quote after the sentence that shares most of its words', () => {
    const p = placeQuotes('美国将中国企业列入实体清单。日本修订外汇法降低门槛。', [t('将更多中国科技企业列入实体清单'), t('事前申报门槛由10%下调至1%')]);
    expect(p.at).toEqual([0, 1]);
  });

  it('puts a quote no sentence shares enough with after the last sentence', () => {
    expect(placeQuotes('美国强化管制。日本跟进。', [t('完全无关的一段文字内容')]).at).toEqual([1]);
  });

  it('places English text by its Chinese counterpart when both have as many sentences, else at the end', () => {
    const zh = placeQuotes('美国将中国企业列入实体清单。日本修订外汇法。', [t('列入实体清单')]);
    expect(placeQuotes('The US listed Chinese firms. Japan amended its law.', [t('列入实体清单')], zh).at).toEqual([0]);
    expect(placeQuotes('One sentence only.', [t('列入实体清单')], zh).at).toEqual([0]);
    expect(placeQuotes('First. Second. Third.', [t('列入实体清单')], zh).at).toEqual([2]);
  });

  it('matches English quotes against English text by words', () => {
    const p = placeQuotes('Japan screens investment. The US relies on the Entity List.', [t('placed on the Entity List')]);
    expect(p.at).toEqual([1]);
  });
});

describe('segments', () => {
  it('splits Chinese and Latin stretches, shared punctuation going with its surroundings', () => {
    expect(segments('美国的“实体清单”(Entity List)于2018年扩大。')).toEqual([
      { text: '美国的“实体清单”', script: 'zh' },
      { text: '(Entity List)', script: 'latin' },
      { text: '于2018年扩大。', script: 'zh' },
    ]);
    expect(segments('GUI argues “经济安全” matters.')).toEqual([
      { text: 'GUI argues ', script: 'latin' },
      { text: '“经济安全” ', script: 'zh' },
      { text: 'matters.', script: 'latin' },
    ]);
  });

  it('marks Japanese (kana) stretches as Japanese', () => {
    expect(segments('日本、米英豪演習に参加')).toEqual([{ text: '日本、米英豪演習に参加', script: 'ja' }]);
  });
});
