// The Word briefing read back from its XML: every claim footnoted to its quotes, each footnote
// naming its source and paragraph, quotes cited once in full and then by reference, broken quotes
// footnoted as broken, built-in Heading styles, fonts per script, a real page set-up.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBriefing } from '../../../../src/main/core/export/briefing/index.ts';
import type { BriefingInput } from '../../../../src/main/core/export/briefing/index.ts';
import { ALIGNMENT_COLOURS } from '../../../../src/main/core/export/briefing/colours.ts';
import type { ExportLang } from '../../../../src/main/core/export/index.ts';
import type { ExportProgress } from '../../../../src/shared/types.ts';
import type { Paragraph } from '../../../../src/shared/types.ts';
import { tempDir } from '../../tmp.ts';
import { ANNOTATIONS, BROKEN_QUOTE, DOMAINS, PARAGRAPHS, fixtureInput } from '../fixture.ts';
import { readDocx, styleXml } from './read-docx.ts';
import type { Docx, Para } from './read-docx.ts';

const HAN = /[\u3400-\u9fff]/;
const allQuotes = DOMAINS.flatMap((d) => [...Object.values(d.positions).flatMap((p) => p.evidence), ...d.alignment.evidence]);

async function exportTo(dir: string, lang: ExportLang, overrides: Partial<BriefingInput> = {}): Promise<{ file: string; doc: Docx; result: Awaited<ReturnType<typeof writeBriefing>> }> {
  const file = path.join(dir, `briefing-${lang}.docx`);
  const result = await writeBriefing({ ...fixtureInput(lang), ...overrides }, file);
  return { file, doc: readDocx(file), result };
}

/** Claim paragraphs: position summaries and alignment reasons (not the alignment badge line). */
function claimsOf(doc: Docx): Para[] {
  return doc.body.filter((p) => p.style === 'Claim' && !/^\s*(部分一致|一致|分歧|未涉及|Aligned|Partly aligned|Divergent|Not covered)(\s*\/.*)?\s*$/.test(p.text));
}

describe('writeBriefing (zh)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-briefing-'));
  let doc: Docx;
  let result: Awaited<ReturnType<typeof writeBriefing>>;
  let file: string;
  beforeAll(async () => {
    ({ doc, result, file } = await exportTo(dir, 'zh'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports what it wrote, and leaves no temporary file', () => {
    expect(result).toMatchObject({ path: file, bytes: fs.statSync(file).size, rows: { matrix: 4, evidence: 11, annotations: 3 } });
    expect(result.footnotes).toBe(doc.notes.size);
    expect(fs.readdirSync(dir)).toEqual([path.basename(file)]);
  });

  it('footnotes every summary and reason paragraph, and every note mark points at an existing note, in order', () => {
    const paras = claimsOf(doc);
    // 6 positions with text (incl. the EU's) + 4 alignment reasons.
    expect(paras).toHaveLength(10);
    for (const p of paras) expect(p.notes.length, p.text).toBeGreaterThan(0);
    const referenced = doc.body.flatMap((p) => p.notes);
    expect(referenced).toEqual([...doc.notes.keys()]);
    expect(referenced).toEqual(referenced.map((_, i) => i + 1));
  });

  it('puts each note mark after the sentence its quote supports', () => {
    const us = claimsOf(doc).find((p) => p.text.startsWith('以实体清单'))!;
    // One sentence, two quotes from GUI ¶12 and ¶13: one note after 。 with both.
    expect(us.xml.indexOf('footnoteReference')).toBeGreaterThan(us.xml.indexOf('协调。'));
    const note = doc.notes.get(us.notes[0]!)!;
    expect(note.text).toContain('将更多中国科技企业列入实体清单');
    expect(note.text).toContain('要求日本、荷兰等国对半导体设备出口采取一致行动');
  });

  it('names the source, section and paragraph number in every note, with the exact quote', () => {
    for (const e of allQuotes) {
      const full = [...doc.notes.values()].filter((n) => n.text.includes(`“${e.exact}”`));
      expect(full.length, e.exact).toBe(1);
      const text = full[0]!.text;
      expect(text).toMatch(e.docId === 'gui-yongtao' ? /桂永涛 2023/ : /李伟等 2024/);
      if (e.paragraphOrdinal !== null) {
        expect(text).toContain(`第 ${e.paragraphOrdinal} 段`);
        expect(text).toContain(e.section!);
      }
    }
  });

  it('footnotes a broken quote as broken, with why', () => {
    const note = [...doc.notes.values()].find((n) => n.text.includes(BROKEN_QUOTE))!;
    expect(note.text).toMatch(/【失效引文】李伟等 2024，段落不明：“日本政府明确将中国列为出口管制的主要对象”——来源原文中已找不到这段文字/);
  });

  it('says so when a claim has no quote', () => {
    const eu = claimsOf(doc).find((p) => p.text.startsWith('（资料未详述）'))!;
    expect(doc.notes.get(eu.notes[0]!)!.text).toBe('【无出处】矩阵没有为这段文字提供引文。');
  });

  it('uses the built-in Heading styles for the domains, actors and alignment, and a TOC field', () => {
    const h1 = doc.body.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1).toEqual(['概览', ...DOMAINS.map((d, i) => `${i + 1}\u3000${d.name.zh}`), '参考文献']);
    const h2 = doc.body.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(h2.slice(0, 3)).toEqual(['美国', '日本', '一致性判断']);
    expect(doc.body.filter((p) => p.style === 'Heading3').map((p) => p.text)).toEqual(['分析批注', '分析批注']);
    for (const [id, name, level] of [['Heading1', 'heading 1', 0], ['Heading2', 'heading 2', 1], ['Heading3', 'heading 3', 2]] as const) {
      const s = styleXml(doc.styles, id);
      expect(s).toContain(`<w:name w:val="${name}"/>`);
      expect(s).toContain(`<w:outlineLvl w:val="${level}"/>`);
    }
    const document = doc.parts.get('word/document.xml')!;
    expect(document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-1&quot;<\/w:instrText>/);
    expect(doc.parts.get('word/settings.xml')).toContain('<w:updateFields/>');
    // The table of contents lists the level-1 headings and links to their bookmarks.
    for (const d of DOMAINS) expect(document).toContain(d.name.zh);
    const anchors = [...document.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]!);
    expect(anchors).toHaveLength(h1.length);
    for (const a of anchors) expect(document).toContain(`w:name="${a}"`);
  });

  it('sets the fonts per script: styles name Latin and East-Asian faces, CJK runs carry the East-Asian hint', () => {
    const defaults = /<w:docDefaults>(.*?)<\/w:docDefaults>/s.exec(doc.styles)![1]!;
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="SimSun" w:hAnsi="Times New Roman"\/>/);
    expect(defaults).toContain('w:eastAsia="zh-CN"');
    expect(styleXml(doc.styles, 'Heading1')).toMatch(/<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="SimHei" w:hAnsi="Arial"\/>/);
    // The font table says what SimSun and SimHei are, so Word substitutes a like face where they are missing.
    const fonts = doc.parts.get('word/fontTable.xml')!;
    expect(fonts).toContain('<w:font w:name="SimSun"><w:altName w:val="宋体"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/>');
    expect(fonts).toContain('<w:font w:name="SimHei"><w:altName w:val="黑体"/>');
    // The table of contents' cached entries are the docx library's; Word rewrites them when it updates the field.
    const runs = [...doc.body.filter((p) => p.style !== 'TOC1').flatMap((p) => p.runs), ...[...doc.notes.values()].flatMap((n) => readRuns(n.xml))].filter((r) => r.text);
    const cjk = runs.filter((r) => HAN.test(r.text));
    const latin = runs.filter((r) => /^[\x20-\x7e]+$/.test(r.text) && /[A-Za-z]/.test(r.text));
    expect(cjk.length).toBeGreaterThan(50);
    expect(latin.length).toBeGreaterThan(3);
    for (const r of cjk) expect(r.rPr, r.text).toContain('<w:rFonts w:hint="eastAsia"/>');
    for (const r of latin) expect(r.rPr, r.text).not.toContain('w:hint="eastAsia"');
    // No run mixes the scripts.
    for (const r of runs) expect(HAN.test(r.text) && /[A-Za-z]{2}/.test(r.text), r.text).toBe(false);
  });

  it('is A4 with margins, a header with the title, page numbers in the footer, widow control everywhere', () => {
    const document = doc.parts.get('word/document.xml')!;
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="1440" w:right="1247" w:bottom="1440" w:left="1247"/);
    expect(doc.parts.get('word/header1.xml')).toContain('政策对比简报：美国 · 日本 · 欧盟');
    const footer = doc.parts.get('word/footer1.xml')!;
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(footer).toContain('第 ');
    for (const p of doc.body.filter((x) => x.style && x.style !== 'TOC1')) expect(p.xml, p.text).toContain('<w:widowControl/>');
  });

  it('has an overview table with a repeated header row and alignment cells coloured as in the app', () => {
    const document = doc.parts.get('word/document.xml')!;
    const table = /<w:tbl>.*?<\/w:tbl>/s.exec(document)![0];
    const rows = [...table.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((m) => m[1]!);
    expect(rows).toHaveLength(1 + DOMAINS.length);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    DOMAINS.forEach((d, i) => {
      const cells = [...rows[i + 1]!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((m) => m[1]!);
      expect(cells).toHaveLength(2 + 3);
      expect(cells.at(-1)).toContain(`w:fill="${ALIGNMENT_COLOURS[d.alignment.value].fill}"`);
    });
  });

  it('groups the annotations by divergence category, with their authors', () => {
    const i = doc.body.findIndex((p) => p.style === 'Heading3');
    const block = doc.body.slice(i + 1, i + 5).map((p) => [p.style, p.text]);
    // export-control has n1 (naming targets) and n2 (other): categories in the fixed order.
    expect(block[0]).toEqual(['AnnotationCategory', '点名对象']);
    expect(block[1]![1]).toContain(ANNOTATIONS[0]!.text);
    expect(block[1]![1]).toContain('王分析师');
    expect(block[2]).toEqual(['AnnotationCategory', '其他']);
    expect(block[3]![1]).toContain(`针对引文 “${BROKEN_QUOTE}”`);
  });

  it('prints the source note and a bibliography of the cited documents only', () => {
    expect(doc.body.find((p) => p.style === 'SourceNote')?.text).toBe(`来源说明：${DOMAINS[0]!.sourceNote!.zh}`);
    const bib = doc.body.filter((p) => p.style === 'Bibliography').map((p) => p.text);
    expect(bib).toHaveLength(2);
    expect(bib[0]).toContain('《美国经济安全战略的演进与对华科技竞争》');
    expect(bib[0]).toContain('DOI 10.14093/j.cnki.cn10-1132/d.2023.03.001');
  });

  it('gives the scope, date and app version in the title block', () => {
    const meta = doc.body.filter((p) => p.style === 'BriefMeta').map((p) => p.text);
    expect(meta).toEqual([
      '日期：2025年3月5日',
      '范围与筛选：All domains',
      '语言：中文',
      '生成工具：政策矩阵 0.1.0-test',
      '内容：4 个领域，11 条引文（失效 1 条），3 条批注',
    ]);
  });
});

function readRuns(xml: string): Array<{ text: string; rPr: string }> {
  return [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => ({
    text: [...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    rPr: /<w:rPr>(.*?)<\/w:rPr>/s.exec(m[1]!)?.[1] ?? '',
  }));
}

describe('writeBriefing (both languages)', () => {
  it('prints Chinese then English, and the English sentences cite by "see note N"', async () => {
    const { doc } = await exportTo(tempDir('pm-briefing-'), 'both');
    const paras = claimsOf(doc);
    expect(paras).toHaveLength(20);
    const us = paras.findIndex((p) => p.text.startsWith('以实体清单'));
    expect(paras[us + 1]!.text).toMatch(/^Broad restrictions/);
    const zhNote = paras[us]!.notes[0]!;
    const enNote = doc.notes.get(paras[us + 1]!.notes[0]!)!;
    expect(enNote.text).toBe(`Gui Yongtao 2023, ¶ 12; Gui Yongtao 2023, ¶ 13, see note ${zhNote}.`);
    expect(enNote.noteRefs).toEqual([`_RefNote${zhNote}`]);
    // The bookmark NOTEREF points at encloses the mark of the note with the quotes in full.
    expect(doc.bookmarks.get(`_RefNote${zhNote}`)).toEqual([zhNote]);
    for (const e of allQuotes) expect([...doc.notes.values()].filter((n) => n.text.includes(`“${e.exact}”`))).toHaveLength(1);
    const h1 = doc.body.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1[1]).toBe('1\u3000出口管制 / Export controls');
  });

  it('in English only, still places the marks sentence by sentence through the Chinese text', async () => {
    const { doc } = await exportTo(tempDir('pm-briefing-'), 'en');
    const reason = claimsOf(doc).find((p) => p.text.startsWith('Japan built one omnibus law'))!;
    expect(reason.notes).toHaveLength(1);
    const note = doc.notes.get(reason.notes[0]!)!;
    expect(note.text).toBe('Li Wei et al. 2024, 一 日本经济安全保障的动因, ¶ 8: “日本国会通过《经济安全保障推进法》”.');
  });
});

describe('writeBriefing options', () => {
  it('cites the page of a paged source', async () => {
    const boxes = [{ page: 41, x: 0, y: 700, width: 400, height: 12 }, { page: 42, x: 0, y: 60, width: 200, height: 12 }];
    const paged = new Map<string, Paragraph>(
      PARAGRAPHS.map((p) => [p.id, p.docId !== 'li-wei' ? p : { ...p, page: 41, ...(p.ordinal === 8 ? { boxes } : {}) }]),
    );
    const { doc } = await exportTo(tempDir('pm-briefing-'), 'zh', { paragraphs: paged });
    const note = [...doc.notes.values()].find((n) => n.text.includes('“由10%下调至1%”'))!;
    expect(note.text).toContain('二（三） 投资审查，第 22 段，第 41 页：“由10%下调至1%”');
    // A paragraph whose printed lines run onto the next page is cited with both.
    const spanning = [...doc.notes.values()].find((n) => n.text.includes('“日本国会通过《经济安全保障推进法》”'))!;
    expect(spanning.text).toContain('第 8 段，第 41–42 页：');
    // GUI is not a paged source: no page for its quote in the same note.
    expect(note.text).toContain('三（二） 投资审查，第 27 段：“少数股权投资也须接受审查”');
  });

  it('lists claim-check flags in the footnotes of the text they flag', async () => {
    const { doc } = await exportTo(tempDir('pm-briefing-'), 'zh', {
      claimFlags: (domainId, actorId, lang) => (domainId === 'legal-framework' && actorId === 'JP' && lang === 'zh' ? [{ text: '四大支柱', detail: '引文未提及' }] : []),
    });
    const p = claimsOf(doc).find((x) => x.text.startsWith('《经济安全保障推进法》确立'))!;
    expect(p.notes).toHaveLength(2);
    expect(doc.notes.get(p.notes[1]!)!.text).toBe('【核查】以下内容未见所引原文支持：“四大支柱”（引文未提及）。');
  });

  it('cites a quote used again by short form and a NOTEREF to the note that has it in full', async () => {
    const matrix = structuredClone(fixtureInput('zh').matrix);
    const exportControl = matrix.domains[0]!;
    const jpQuote = exportControl.positions.JP!.evidence[0]!;
    exportControl.alignment.evidence.push({ ...jpQuote, id: 'b:9' });
    const { doc } = await exportTo(tempDir('pm-briefing-'), 'zh', { matrix });
    const full = [...doc.notes.values()].filter((n) => n.text.includes(`“${jpQuote.exact}”`));
    expect(full).toHaveLength(1);
    const first = full[0]!.id;
    const reason = claimsOf(doc).find((p) => p.text.startsWith('美日均管制'))!;
    const note = doc.notes.get(reason.notes[0]!)!;
    expect(note.text).toContain(`李伟等 2024，第 15 段，见注 ${first}`);
    expect(note.noteRefs).toEqual([`_RefNote${first}`]);
    expect(doc.bookmarks.get(`_RefNote${first}`)).toEqual([first]);
    expect(note.xml).toMatch(/<w:instrText xml:space="preserve"> NOTEREF _RefNote\d+ \\h <\/w:instrText>/);
  });

  it('lists the claim check findings the export input carries, with accepted exceptions and their reason', async () => {
    const claims = [
      { domainId: 'investment-screening', actorId: 'US', lang: 'zh', field: 'summary', item: '《外国投资风险评估现代化法》', kind: 'instrument', sentence: '通过《外国投资风险评估现代化法》将少数股权投资纳入审查。', start: 2, end: 16 },
      { domainId: 'investment-screening', actorId: null, lang: 'zh', field: 'reason', item: '两国', kind: 'figure', sentence: '两国均扩大了对外国投资的审查范围并降低门槛。', start: 0, end: 2, exception: '泛指，不需出处' },
      { domainId: 'investment-screening', actorId: null, lang: 'en', field: 'reason', item: 'Both', kind: 'figure', sentence: 'Both widened…', start: 0, end: 4 },
    ];
    const { doc } = await exportTo(tempDir('pm-briefing-'), 'zh', { claims } as Partial<BriefingInput>);
    const us = claimsOf(doc).find((p) => p.text.startsWith('通过《外国投资风险评估现代化法》'))!;
    expect(doc.notes.get(us.notes.at(-1)!)!.text).toBe('【核查】以下内容未见所引原文支持：“《外国投资风险评估现代化法》”（文件名称）。');
    const reason = claimsOf(doc).find((p) => p.text.startsWith('两国均扩大'))!;
    expect(doc.notes.get(reason.notes.at(-1)!)!.text).toBe('【核查】以下内容未见所引原文支持：“两国”（已确认例外：泛指，不需出处）。');
    // The English finding is not listed in a Chinese briefing.
    expect([...doc.notes.values()].some((n) => n.text.includes('“Both”'))).toBe(false);
  });

  it('reports progress through to the end', async () => {
    const seen: ExportProgress[] = [];
    await writeBriefing(fixtureInput('en'), path.join(tempDir(), 'b.docx'), (p) => seen.push(p));
    expect(seen.at(-1)).toMatchObject({ phase: 'done' });
    expect(seen.at(-1)!.done).toBe(seen.at(-1)!.total);
    expect(seen.map((p) => p.phase)).toEqual(expect.arrayContaining(['overview', 'domains', 'bibliography', 'package', 'write']));
  });

  it('fails before writing anything when the folder does not exist, and keeps an existing file on failure', async () => {
    const dir = tempDir();
    await expect(writeBriefing(fixtureInput('zh'), path.join(dir, 'missing', 'b.docx'))).rejects.toMatchObject({ code: 'missing-folder' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('drops characters XML cannot hold instead of writing a file Word refuses', async () => {
    const matrix = fixtureInput('en').matrix;
    const dirty = structuredClone(matrix);
    dirty.domains[0]!.positions.US!.summary.en = 'Bell\u0007 and <tag> & “quotes”.';
    const { doc } = await exportTo(tempDir('pm-briefing-'), 'en', { matrix: dirty });
    expect(claimsOf(doc).some((p) => p.text.startsWith('Bell and <tag> & “quotes”.'))).toBe(true);
  });
});
