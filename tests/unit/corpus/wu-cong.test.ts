import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../src/main/core/corpus/ingest.ts';
import { LETTER_SPACED_RE, countByKind, documentMeta, paragraphStarting, rawText } from './corpus-fixture.ts';

const meta = documentMeta('wu-cong');
const paragraphs = ingestDocument(meta, rawText(meta));
const body = paragraphs.filter((p) => p.kind === 'body');
const footnotes = paragraphs.filter((p) => p.kind === 'footnote');
const RUNNING_HEAD = '同盟视域下的美日技术安全合作：战略逻辑与政策实践';

describe('wu-cong (one paragraph per line, Markdown-flavoured)', () => {
  it('has the expected number of paragraphs of each kind', () => {
    const counts = countByKind(paragraphs);
    console.log('wu-cong paragraphs by kind:', JSON.stringify(counts), 'total', paragraphs.length);
    expect(counts).toEqual({ heading: 15, body: 46, abstract: 2, footnote: 89, caption: 2, list: 0 });
  });

  it('has exactly the paper’s section headings, in order, with full-width section labels', () => {
    const headings = paragraphs.filter((p) => p.kind === 'heading');
    expect(headings.map((h) => [h.section, h.level])).toEqual([
      ['一', 1],
      ['二', 1],
      ['二（一）', 2],
      ['二（二）', 2],
      ['二（三）', 2],
      ['三', 1],
      ['三（一）', 2],
      ['三（二）', 2],
      ['四', 1],
      ['四（一）', 2],
      ['四（二）', 2],
      ['四（三）', 2],
      ['五', 1],
      ['五（一）', 2],
      ['五（二）', 2],
    ]);
    expect(headings.map((h) => h.text)).toEqual([
      '一 既有文献述评与问题提出',
      '二 分析视角：技术议题形塑盟国间国家利益的“威胁”认知',
      '（一）因果解释的理论视角：威胁制衡论与利益平衡论的逻辑结合',
      '（二）安全利益威胁的认知强化：技术权力的二元功能属性',
      '（三）政治利益威胁的认知形塑: 技术议题对国际秩序的能动影响',
      '三 动因逻辑：美日基于国家利益“威胁”认知共同推进技术安全战略协调',
      '（一）应对安全利益“威胁”：以软硬兼具方式遏制中国军事实力发展',
      '（二）应对政治利益威胁：国际规则制定的霸权地位维持与主导地位筹谋',
      '四 政策实践:美日技术安全合作的理念聚合、机制搭建与环节实操',
      '（一）理念层面:美日两国就技术安全合作强化意见共识',
      '（二）机制层面：双、多边领域中技术安全协调框架的构筑',
      '（三）实践层面：政企联动下的半导体产业协作——以 Rapidus 的成立为例',
      '五 美日技术安全合作的制约因素与前景展望',
      '（一）制约因素：同盟内部利益分歧仍难以调适',
      '（二）前景评估：美日技术安全合作仍将维持“高强度”特征',
    ]);
    const chapters = headings.filter((h) => h.level === 1).map((h) => h.sectionTitle);
    ['既有文献述评与问题提出', '分析视角', '动因逻辑', '政策实践', '制约因素与前景展望'].forEach((name, i) => expect(chapters[i]).toContain(name));
  });

  it('gives every paragraph the section it sits in', () => {
    const p = paragraphStarting(body, '这其中，由多个日本企业巨头共同出资成立的 Rapidus 集团');
    expect(p.section).toBe('四（三）');
    expect(p.sectionTitle).toBe('实践层面：政企联动下的半导体产业协作——以 Rapidus 的成立为例');
    expect(paragraphs.filter((q) => q.section === '').every((q) => q.kind === 'abstract')).toBe(true);
  });

  it('keeps the Chinese abstract and drops the rest of the title block and the editorial lines', () => {
    const abstract = paragraphs[0]!;
    expect(abstract).toMatchObject({ kind: 'abstract', lang: 'zh', section: '' });
    expect(abstract.text.startsWith('传统权力政治思维下同盟战略互动更多体现在高政治议题领域')).toBe(true);
    expect(abstract.text.endsWith('美日技术安全合作或仍维持高强度特征。')).toBe(true);
    expect(paragraphs[1]!.text).toBe('一 既有文献述评与问题提出');
    for (const dropped of ['【', '吴怀中 从伊宁', '关键词', '作者简介', '10.14093', '中图分类号', '基础智库项目', '来稿日期', '责任编辑']) {
      expect(paragraphs.some((p) => p.text.includes(dropped)), dropped).toBe(false);
    }
  });

  it('drops running heads (but not the title) and keeps them out of paragraphs', () => {
    for (const p of paragraphs) expect(p.text, p.id).not.toContain(RUNNING_HEAD);
    expect(rawText(meta).split(RUNNING_HEAD).length - 1).toBeGreaterThan(5);
  });

  it('rejoins a paragraph split by footnotes and a running head, with a space inside a Latin name', () => {
    const p = paragraphStarting(body, '保障自身基本生存与领土安全被视为是国家利益的第一要义。');
    expect(p.text).toContain('约翰·米尔斯海默（John J. Mearsheimer) 同样认为经济、技术实力提振能够为国家军事能力提供重要的物质基础保证。①');
    expect(p.text.endsWith('物质基础保证。①')).toBe(true);
    expect(p.text).not.toContain('Eugene Gholz');
  });

  it('rejoins paragraphs split by a footnote block alone and mid-word', () => {
    const split = paragraphStarting(body, '在技术安全问题日益升级为国家安全战略问题的背景下，美国学界将同盟间技术安全协作视作');
    expect(split.text.endsWith('而在这一点上作为盟国的日本及欧洲都可以为美国提供借鉴与参考。④')).toBe(true);
    const trilateral = paragraphStarting(body, '此外，由于美国在对华技术遏制战略中已不满足于保持领先对手国仅仅几代的相对优势');
    expect(trilateral.text).toContain('日韩两国相关部门将展开首次对接性协作，围绕技术安全问题加强紧密合作及信息共享交流');
    expect(trilateral.text.endsWith('共同推进三国在半导体供应链上的强韧化建设。②')).toBe(true);
    const stats = paragraphStarting(body, '第一，日本半导体芯片制造能力长期局限于 28—40 纳米范围');
    expect(stats.text.endsWith('但根据 2017—2022 年的数据统计显示，日本平均一年仅有 800 人投身半导体工作行业。①')).toBe(true);
    const flowing = paragraphStarting(body, '这其中，由多个日本企业巨头共同出资成立的 Rapidus 集团');
    expect(flowing.text).toContain('且意图通过相关尖端技术的指导培训获取可观的经济收益,①但是日本将美国抛出的“橄榄枝”');
  });

  it('keeps one-paragraph-per-line boundaries where a paragraph ends', () => {
    const a = paragraphStarting(body, '同盟问题是国际关系理论的重要研究议题。');
    expect(a.text.endsWith('在冷战后持续得到国际关系学界的长时期关注。②')).toBe(true);
    expect(paragraphs[a.ordinal + 2]!.text.startsWith('进入 21 世纪第二个十年之后')).toBe(true);
  });

  it('turns ^① into ① in the text and strips Markdown and angle-bracket links', () => {
    for (const p of paragraphs) {
      expect(p.text, p.id).not.toMatch(/[\^*<>]|\]\(/);
    }
    expect(paragraphStarting(body, '同盟问题是国际关系理论的重要研究议题。').text).toContain('需要进行适时性的外部制衡。①因此在权力政治视点下');
    const waltz = paragraphStarting(footnotes, 'Kenneth N. Waltz, Theory of International Politics, Reading', 'footnote');
    expect(waltz.text).toBe('Kenneth N. Waltz, Theory of International Politics, Reading: Addison-Wesley Pub. Co., 1979, p. 118.');
    const ustr = paragraphStarting(footnotes, 'The USTR, “2021 Trade Policy Agenda', 'footnote');
    expect(ustr.text.endsWith('https://ustr.gov/sites/default/files/2022%20Trade%20Policy%20Agenda%20and%202021%20Annual%20Report%20(1).pdf.')).toBe(true);
    const armitage = paragraphStarting(footnotes, 'Richard L. Armitage and Joseph S. Nye', 'footnote');
    expect(armitage.text.endsWith('CSIS, April 4, 2024, https://www.csis.org/analysis/us-japan-alliance-2024-toward-integrated-alliance.')).toBe(true);
  });

  it('keeps the figure caption and its source note as captions, without placeholders', () => {
    const captions = paragraphs.filter((p) => p.kind === 'caption');
    expect(captions.map((p) => p.text)).toEqual([
      '图 1 同盟国家间推进技术安全合作政策行为的逻辑图示',
      '资料来源：笔者自制。在该逻辑图示中，“特定对象国技术实力崛起”是前置变量，自变量为“同盟国在安全政治领域共同生成国家利益威胁‘认知’”，因变量结果为“同盟国家共同采取技术安全政策合作行为”。',
    ]);
    // shown after the paragraph that refers to the figure
    expect(paragraphs[captions[0]!.ordinal - 2]!.text).toContain('共同生成高度战略威胁认知（参见图 1）');
    expect(paragraphs.every((p) => p.text.trim() !== '')).toBe(true);
  });

  it('links every footnote to the nearest unclaimed marker before it', () => {
    for (const note of footnotes) {
      expect(note.noteOf, note.text).not.toBeNull();
      const host = paragraphs.find((p) => p.id === note.noteOf)!;
      expect(host.text, note.text).toContain(note.marker!);
      expect(host.ordinal).toBeLessThan(note.ordinal);
      const between = paragraphs.slice(host.ordinal, note.ordinal - 1);
      expect(between.every((p) => p.kind === 'footnote' && p.noteOf === host.id)).toBe(true);
      expect(note.text).not.toMatch(/^\^?[①-⑳]/);
    }
    // A paragraph running over a page break carries ① twice; each footnote ① goes to it in turn.
    const mearsheimer = paragraphStarting(body, '保障自身基本生存与领土安全被视为是国家利益的第一要义。');
    const notes = footnotes.filter((f) => f.noteOf === mearsheimer.id);
    expect(notes.map((f) => f.marker)).toEqual(['①', '②', '①']);
    expect(notes[0]!.text.startsWith('Eugene Gholz, “Emerging Technologies’ Potential')).toBe(true);
    expect(notes[1]!.text.startsWith('斯蒂芬·沃尔特：《联盟的起源》')).toBe(true);
    expect(notes[2]!.text.startsWith('约翰·米尔斯海默：《大国政治的悲剧》')).toBe(true);
    expect(notes.map((f) => f.ordinal)).toEqual([mearsheimer.ordinal + 1, mearsheimer.ordinal + 2, mearsheimer.ordinal + 3]);
    // Numbering restarts per page: the ① after the next page's paragraph belongs to that paragraph.
    const flournoy = paragraphStarting(footnotes, 'Michèle A. Flournoy', 'footnote');
    expect(paragraphs.find((p) => p.id === flournoy.noteOf)!.text.startsWith('冷战时期由于大国阵营间互相进行技术隔绝')).toBe(true);
    expect(footnotes.filter((f) => f.noteOf === mearsheimer.id)).toHaveLength(3);
  });

  it('has no footnote text inside body paragraphs', () => {
    for (const note of footnotes) {
      // long enough not to hit a name the body also mentions (`Richard L. Armitage`)
      const head = note.text.slice(0, 30);
      for (const p of body) expect(p.text.includes(head), `${note.id} in ${p.id}`).toBe(false);
    }
  });

  it('has no letter-spacing left', () => {
    for (const p of paragraphs) expect(p.text, p.id).not.toMatch(LETTER_SPACED_RE);
  });

  it('keeps only this paper’s English abstract, at the end', () => {
    const english = paragraphs.filter((p) => p.lang === 'en');
    expect(english).toHaveLength(1);
    expect(english[0]).toMatchObject({ kind: 'abstract', section: '', ordinal: paragraphs.length });
    expect(english[0]!.text.startsWith('In traditional power politics, strategic interactions within an alliance')).toBe(true);
    expect(english[0]!.text.endsWith('the technological security cooperation between the US and Japan may still maintain highly intensive.')).toBe(true);
    for (const other of ['Outer space', 'WANG Guoyu', 'Keywords', 'Deputy Director']) {
      expect(paragraphs.some((p) => p.text.includes(other)), other).toBe(false);
    }
  });
});
