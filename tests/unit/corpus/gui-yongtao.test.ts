import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../src/main/core/corpus/ingest.ts';
import { LETTER_SPACED_RE, countByKind, documentMeta, paragraphStarting, rawText } from './corpus-fixture.ts';

const meta = documentMeta('gui-yongtao');
const paragraphs = ingestDocument(meta, rawText(meta));
const body = paragraphs.filter((p) => p.kind === 'body');
const footnotes = paragraphs.filter((p) => p.kind === 'footnote');

describe('gui-yongtao (wrapped PDF lines)', () => {
  it('has the expected number of paragraphs of each kind', () => {
    const counts = countByKind(paragraphs);
    console.log('gui-yongtao paragraphs by kind:', JSON.stringify(counts), 'total', paragraphs.length);
    expect(counts).toEqual({ heading: 10, body: 49, abstract: 2, footnote: 10, caption: 4, list: 0 });
  });

  it('numbers ordinals 1…n in reading order', () => {
    expect(paragraphs.map((p) => p.ordinal)).toEqual(paragraphs.map((_, i) => i + 1));
  });

  it('keeps the Chinese abstract first, without its label', () => {
    const first = paragraphs[0]!;
    expect(first).toMatchObject({ kind: 'abstract', lang: 'zh', section: '', sectionTitle: '' });
    expect(first.text.startsWith('在对华“脱钩”政策难以奏效的情况下，美国开始推进“集体韧性”战略')).toBe(true);
    expect(first.text.endsWith('在加强自身竞争力和韧性的同时，深化产业链供应链的国际合作。')).toBe(true);
    expect(paragraphs.some((p) => p.text.includes('摘要') || p.text.includes('摘 要'))).toBe(false);
  });

  it('has the headings 一 to 五 with 1.–5. under 三, numbered as the paper does', () => {
    const headings = paragraphs.filter((p) => p.kind === 'heading').map((p) => [p.section, p.level, p.text, p.sectionTitle]);
    expect(headings).toEqual([
      ['一', 1, '一、对华“脱钩”的困境和“集体韧性”战略的出台', '对华“脱钩”的困境和“集体韧性”战略的出台'],
      ['二', 1, '二、美日经济安全同盟的发端', '美日经济安全同盟的发端'],
      ['三', 1, '三、美日经济安全政策的一致与分歧', '美日经济安全政策的一致与分歧'],
      ['三.1', 2, '1. 出口管制', '出口管制'],
      ['三.2', 2, '2. 外资审查', '外资审查'],
      ['三.3', 2, '3. 半导体制造', '半导体制造'],
      ['三.4', 2, '4. 移动通信网络', '移动通信网络'],
      ['三.5', 2, '5. 数字贸易规则', '数字贸易规则'],
      ['四', 1, '四、美日经济安全政策的国内政治逻辑', '美日经济安全政策的国内政治逻辑'],
      ['五', 1, '五、总结与前瞻', '总结与前瞻'],
    ]);
    expect(paragraphs.filter((p) => p.kind !== 'heading').every((p) => p.level === null)).toBe(true);
  });

  it('rebuilds wrapped paragraphs and undoes letter-spacing', () => {
    const p = paragraphStarting(body, '在世界经济脆弱性更加突出、地缘政治形势持续紧张的背景下，经济安全（economic security）');
    expect(p.section).toBe('');
    expect(p.text.endsWith('技术管制、产业政策和供应链重组等一系列经济安全政策应运而生。')).toBe(true);
    for (const q of paragraphs) expect(q.text, q.id).not.toMatch(LETTER_SPACED_RE);
  });

  it('joins a paragraph across a page break (line starting with a space)', () => {
    const p = paragraphStarting(body, '所谓经济安全政策，是指使用经济手段追求安全目标。');
    expect(p.text).toContain('其重点是，对内实施产业政策，重振半导体等先进制造业，');
    expect(p.text.endsWith('构筑排除中国的技术联盟和供应链联盟，以加强“集体韧性”（collective resilience）。')).toBe(true);
  });

  it('joins a paragraph across a footnote block and the page break after it', () => {
    const p = paragraphStarting(body, '可见，美国要纠集日本等盟友与中国“脱钩”未必可行。');
    expect(p.text).toContain('并把亚洲和欧洲连接以来，一起构建超越世界贸易组织（WTO）的新规则。［17］');
    expect(p.text.endsWith('的新规则。［17］')).toBe(true);
    expect(p.text).not.toContain('经济产业省网站');
  });

  it('joins the narrow lines set beside figure 1 after two footnotes', () => {
    const p = paragraphStarting(body, '可以说，美国已初步构建起服务于“集体韧性”战略的联盟网络');
    expect(p.text).toContain('足见日本在美国“集体韧性”战略中的重要性（见图 1）。对美国来说，首先加强双边层次的合作');
    expect(p.text.endsWith('而美日同盟应该成为这一系列联盟的核心。”［32］')).toBe(true);
    expect(paragraphStarting(body, '在此背景下，2021 年 4 月，拜登与时任日本首相菅义伟').text.endsWith('供应链韧性等广泛的领域。［35］')).toBe(true);
  });

  it('ends a paragraph on a full line when the next line is indented', () => {
    const before = paragraphStarting(body, '但是，美日之间也存在明显的分歧，主要表现为：');
    expect(before.text.endsWith('因此，美日尽管在制度层面启动了经济安全同盟，但要在政策层面付诸实施并非易事。')).toBe(true);
    const after = paragraphs[before.ordinal]!;
    expect(after.text.startsWith('从预期效果看，美国试图纠集盟友')).toBe(true);
    expect(after.text.endsWith('从长期看反而会削弱美国的经济权力。［60］')).toBe(true);

    const tenth = paragraphStarting(body, '就日本而言，2022 年 4 月公布的一份内阁府报告显示');
    expect(tenth.text.endsWith('①绝大多数在华日企没有受到上述补贴政策的影响。［10］')).toBe(true);
    expect(paragraphStarting(body, '与美国相比，日本的供应链调整政策有两个重要的不同点').text.endsWith('一面继续扩大在中国的业务。［11］')).toBe(true);
  });

  it('keeps a full line that ends a sentence inside its paragraph', () => {
    const p = paragraphStarting(body, '综上所述，美日两国在经济安全政策上既有配合、协作的一面，也有分歧、竞争的一面。');
    expect(p.text).toContain('的一面。美国日益从国家安全角度看待与中国的经济关系');
    expect(p.text.endsWith('而日本仍希望在稳定对华经济关系与防范安全风险之间保持平衡。')).toBe(true);
  });

  it('joins Latin words split by a wrap with a space, and a hyphenated URL without one', () => {
    expect(paragraphStarting(body, '在半导体领域，美日两国政府于 2022 年 5 月').text).toContain('东京电子（Tokyo Electron）和雷瑟科（Lasertec）');
    const rodrik = paragraphStarting(footnotes, '关于当今国际经济秩序中的三股潮流', 'footnote');
    expect(rodrik.text).toContain('Dani Rodrik. How Far Will International Economic Integration Go?［J］. Journal of Economic Perspectives');
    const meti = paragraphStarting(footnotes, '关于日本政府为促进国内投资提供补贴', 'footnote');
    expect(meti.text).toContain('参见日本国际贸易振兴机构网站：https：//www.jetro.go.jp/services/supplychain/。');
    // the wrap between Chinese and a number keeps the space the extraction uses everywhere else
    expect(paragraphStarting(body, '拜登政府在经济安全领域的重要举措之一').text).toContain('进行为期 100 天的审查');
  });

  it('makes footnotes and figure captions separate paragraphs, out of the running text', () => {
    expect(paragraphs.filter((p) => p.kind === 'caption').map((p) => p.text)).toEqual([
      '图1 日本在美国经济安全联盟网络中的位置',
      '资料来源：作者自制。',
      '图2 对外经济政策的三股潮流及美日的选择',
      '资料来源：作者自制。',
    ]);
    for (const note of footnotes) {
      expect(note.text).not.toMatch(/^[①-⑳]/);
      const head = note.text.slice(0, 12);
      for (const p of body) expect(p.text, `${note.id} inside ${p.id}`).not.toContain(head);
    }
  });

  it('links every footnote to the paragraph carrying its marker and places it right after', () => {
    expect(footnotes.map((f) => f.marker)).toEqual(['①', '①', '②', '①', '①', '①', '①', '②', '①', '①']);
    for (const note of footnotes) {
      expect(note.noteOf, note.text).not.toBeNull();
      const host = paragraphs.find((p) => p.id === note.noteOf)!;
      expect(host.kind).toBe('body');
      expect(host.text).toContain(note.marker!);
      expect(note.section).toBe(host.section);
      const between = paragraphs.slice(host.ordinal, note.ordinal - 1);
      expect(between.every((p) => p.kind === 'footnote' && p.noteOf === host.id)).toBe(true);
    }
    const chips = paragraphStarting(footnotes, '美国政府于 2022 年 3 月提议建立“芯片四方联盟”', 'footnote');
    expect(paragraphs.find((p) => p.id === chips.noteOf)!.text).toContain('以及纠集“芯片四方联盟”（Chips 4）①等。');
  });

  it('keeps only this paper’s English abstract, last', () => {
    const english = paragraphs.filter((p) => p.lang === 'en');
    expect(english).toHaveLength(1);
    const abstract = english[0]!;
    expect(abstract).toMatchObject({ kind: 'abstract', section: '', ordinal: paragraphs.length });
    expect(abstract.text.startsWith('Realizing the infeasibility of decoupling from China，the United States is advancing')).toBe(true);
    expect(abstract.text).toContain('aligning with the so-called like-minded countries');
    expect(abstract.text.endsWith('and in the meantime to deepen international supply chain collaboration.')).toBe(true);
    for (const other of ['Global Security Initiative', 'WANG Ming-guo', 'International Investment Rules', 'Indian-Pacific', 'Key Words', 'GUI Yong-tao']) {
      expect(paragraphs.some((p) => p.text.includes(other)), other).toBe(false);
    }
  });
});
