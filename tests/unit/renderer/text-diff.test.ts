// The history's "before → after": words (English) and characters (Chinese) kept, removed and added.
import { describe, expect, it } from 'vitest';
import { diffText, elideSame, tokenize } from '../../../src/renderer/src/matrix/panel/text-diff.ts';

const marked = (before: string, after: string) =>
  diffText(before, after)
    .map((p) => (p.kind === 'same' ? p.text : p.kind === 'del' ? `[-${p.text}-]` : `{+${p.text}+}`))
    .join('');

describe('text diff', () => {
  it('tokenizes English by word and Chinese by character', () => {
    expect(tokenize("Japan's Entity-List rule, 2021")).toEqual(["Japan's", ' ', 'Entity-List', ' ', 'rule', ',', ' ', '2021']);
    expect(tokenize('日本修订清单')).toEqual(['日', '本', '修', '订', '清', '单']);
    expect(tokenize('2021 年 Rapidus')).toEqual(['2021', ' ', '年', ' ', 'Rapidus']);
  });

  it('marks only the changed words in English', () => {
    expect(marked('Japan tightened export controls in 2023.', 'Japan tightened export controls on 23 items in 2023.')).toBe(
      'Japan tightened export controls {+on 23 items +}in 2023.',
    );
    expect(marked('The old rule applies.', 'A new law applies.')).toBe('[-The old rule-]{+A new law+} applies.');
  });

  it('marks only the changed characters in Chinese', () => {
    expect(marked('日本于2023年收紧出口管制。', '日本于2023年7月全面收紧出口管制。')).toBe('日本于2023年{+7月全面+}收紧出口管制。');
    expect(marked('美国主导，日本跟随。', '美国主导，日本配合。')).toBe('美国主导，日本[-跟随-]{+配合+}。');
  });

  it('a number changed inside a word is the whole number, not some digits', () => {
    expect(marked('from 68 to 85 entities', 'from 68 to 86 entities')).toBe('from 68 to [-85-]{+86+} entities');
  });

  it('the parts put back together are exactly the two texts', () => {
    const before = 'Japan added 23 items (semiconductor equipment) to its list in 2023；美国随后扩大了实体清单。';
    const after = 'In July 2023 Japan added 23 items to its export list；美国随后大幅扩大了实体清单和外国直接产品规则。';
    const parts = diffText(before, after);
    expect(parts.filter((p) => p.kind !== 'ins').map((p) => p.text).join('')).toBe(before);
    expect(parts.filter((p) => p.kind !== 'del').map((p) => p.text).join('')).toBe(after);
  });

  it('equal texts are one unchanged part; an empty side is all removed or all added', () => {
    expect(diffText('同一段话', '同一段话')).toEqual([{ kind: 'same', text: '同一段话' }]);
    expect(diffText('', 'new text')).toEqual([{ kind: 'ins', text: 'new text' }]);
    expect(diffText('old text', '')).toEqual([{ kind: 'del', text: 'old text' }]);
  });

  it('a whole rewrite of a very long text stays fast and correct (removed, then added)', () => {
    const before = 'a '.repeat(3000);
    const after = 'b '.repeat(3000);
    const parts = diffText(before, after);
    expect(parts.filter((p) => p.kind !== 'ins').map((p) => p.text).join('')).toBe(before);
    expect(parts.filter((p) => p.kind !== 'del').map((p) => p.text).join('')).toBe(after);
  });

  it('long unchanged stretches are shortened to a few words of context', () => {
    const long = 'x'.repeat(100);
    const parts = elideSame(diffText(`${long} old ${long}`, `${long} new ${long}`), 10);
    expect(parts).toEqual([
      { kind: 'same', text: `…${'x'.repeat(9)} ` },
      { kind: 'del', text: 'old' },
      { kind: 'ins', text: 'new' },
      { kind: 'same', text: ` ${'x'.repeat(9)}…` },
    ]);
  });
});
