// Deterministic synthetic matrices for benchmarks (export, grid rendering). Text lengths follow the
// real corpus: Chinese summaries of 60–160 characters, English ones of 150–400, quotes of 30–120
// characters cut from paragraphs of 200–600, two source papers with a few hundred paragraphs each.
import type { Actor, AlignmentValue, DocumentMeta, Domain, Evidence, Matrix, Paragraph, Position } from '../src/shared/types.ts';
import { ALIGNMENT_VALUES } from '../src/shared/types.ts';

/** mulberry32: small, fast and good enough to make varied but repeatable text. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZH_PHRASES = [
  '美国政府', '日本政府', '出口管制', '实体清单', '经济安全', '供应链韧性', '关键技术', '半导体产业',
  '多边合作', '盟友协调', '投资审查', '数据安全', '国家安全', '产业政策', '补贴措施', '技术标准',
  '战略竞争', '印太地区', '同盟体系', '法律框架', '行政命令', '立法机构', '风险评估', '对华政策',
  '去风险化', '友岸外包', '稀土资源', '人工智能', '量子计算', '网络安全', '基础设施', '能源转型',
];
const ZH_GLUE = ['，', '通过', '并', '以', '在', '推动', '加强', '限制', '构建', '维护', '强调', '围绕', '对', '与', '及其', '。'];
const EN_WORDS = [
  'the', 'government', 'export', 'controls', 'entity', 'list', 'economic', 'security', 'supply', 'chain',
  'resilience', 'critical', 'technologies', 'semiconductor', 'industry', 'multilateral', 'cooperation',
  'allies', 'investment', 'screening', 'data', 'national', 'policy', 'subsidies', 'standards', 'strategic',
  'competition', 'Indo-Pacific', 'alliance', 'legal', 'framework', 'executive', 'order', 'legislature',
  'risk', 'assessment', 'de-risking', 'friend-shoring', 'rare', 'earths', 'and', 'of', 'to', 'in', 'with',
];
const SECTIONS = ['一', '二', '三', '四', '五', '六'];
const SUBSECTIONS = ['（一）', '（二）', '（三）', '（四）'];
const ACTORS: Array<[string, string, string]> = [
  ['US', '美国', 'United States'], ['JP', '日本', 'Japan'], ['EU', '欧盟', 'European Union'], ['CN', '中国', 'China'],
  ['KR', '韩国', 'South Korea'], ['UK', '英国', 'United Kingdom'], ['IN', '印度', 'India'], ['AU', '澳大利亚', 'Australia'],
  ['CA', '加拿大', 'Canada'], ['DE', '德国', 'Germany'], ['FR', '法国', 'France'], ['SG', '新加坡', 'Singapore'],
];

function zhText(r: () => number, min: number, max: number): string {
  const target = min + Math.floor(r() * (max - min + 1));
  let s = '';
  while (s.length < target) {
    s += ZH_PHRASES[Math.floor(r() * ZH_PHRASES.length)];
    s += ZH_GLUE[Math.floor(r() * ZH_GLUE.length)];
  }
  return `${s.slice(0, target - 1)}。`;
}

function enText(r: () => number, min: number, max: number): string {
  const target = min + Math.floor(r() * (max - min + 1));
  const words: string[] = [];
  let length = 0;
  while (length < target) {
    const w = EN_WORDS[Math.floor(r() * EN_WORDS.length)] ?? 'policy';
    words.push(w);
    length += w.length + 1;
  }
  const s = words.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

function hex10(n: number): string {
  return (Math.imul(n + 1, 2654435761) >>> 0).toString(16).padStart(8, '0') + (n % 256).toString(16).padStart(2, '0');
}

const DOCUMENTS: DocumentMeta[] = [
  {
    id: 'syn-a', file: 'syn-a.txt',
    title: { zh: '美国对华经济安全政策的演变及其对日本的影响', en: "The evolution of US economic-security policy towards China and its effect on Japan" },
    authors: [{ zh: '王明', en: 'Wang Ming' }, { zh: '李华', en: 'Li Hua' }],
    venue: '国际问题研究', year: 2023, issue: '2023年第4期', pages: '45–68', doi: '10.0000/syn.2023.04.003', note: null,
  },
  {
    id: 'syn-b', file: 'syn-b.txt',
    title: { zh: '日本经济安全保障战略与美日协调', en: 'Japan’s economic-security strategy and US–Japan coordination' },
    authors: [{ zh: '张伟', en: 'Zhang Wei' }],
    venue: '日本学刊', year: 2024, issue: '2024年第1期', pages: '1–27', doi: null, note: 'Synthetic document for benchmarks.',
  },
];

export function syntheticMatrix(
  domains: number,
  actors: number,
  quotesPerCell: number,
): { matrix: Matrix; paragraphs: Map<string, Paragraph>; documents: DocumentMeta[] } {
  const r = rng(0x5eed + domains * 7919 + actors * 104729 + quotesPerCell);
  const paragraphs = new Map<string, Paragraph>();
  // A few hundred paragraphs per paper, as in the real corpus; large matrices cite them repeatedly.
  const perDocument = Math.min(400, Math.max(20, domains * 4));
  const pool: Paragraph[] = [];
  for (const doc of DOCUMENTS) {
    for (let i = 0; i < perDocument; i++) {
      const major = SECTIONS[Math.floor((i / perDocument) * SECTIONS.length)] ?? '一';
      const minor = SUBSECTIONS[i % SUBSECTIONS.length] ?? '';
      const p: Paragraph = {
        id: `${doc.id}.${hex10(pool.length)}`, docId: doc.id, ordinal: i + 1, kind: 'body',
        section: `${major}${minor}`, sectionTitle: zhText(r, 6, 14).replace(/。$/, ''), level: null, lang: 'zh',
        text: zhText(r, 200, 600), marker: null, noteOf: null,
      };
      pool.push(p);
      paragraphs.set(p.id, p);
    }
  }

  let evidenceCount = 0;
  let broken = 0;
  const quotes = (n: number): Evidence[] =>
    Array.from({ length: n }, (_, k): Evidence => {
      const p = pool[Math.floor(r() * pool.length)] ?? pool[0];
      if (!p) throw new Error('empty paragraph pool');
      const length = Math.min(p.text.length, 30 + Math.floor(r() * 91));
      const start = Math.floor(r() * (p.text.length - length + 1));
      const exact = p.text.slice(start, start + length);
      const isBroken = r() < 0.01;
      evidenceCount += 1;
      if (isBroken) broken += 1;
      return {
        id: `b:${k + 1}`, docId: p.docId, exact, prefix: p.text.slice(Math.max(0, start - 12), start),
        suffix: p.text.slice(start + length, start + length + 12), status: isBroken ? 'broken' : 'anchored',
        paragraphId: isBroken ? null : p.id, paragraphOrdinal: isBroken ? null : p.ordinal,
        section: isBroken ? null : p.section, sectionTitle: isBroken ? null : p.sectionTitle,
        start: isBroken ? null : start, origin: 'baseline',
        problem: isBroken ? 'Quote text not found in the current corpus' : null,
        problemCode: isBroken ? 'not-verbatim' : null,
      };
    });

  const actorList: Actor[] = Array.from({ length: actors }, (_, i) => {
    const known = ACTORS[i];
    return known ? { id: known[0], name: { zh: known[1], en: known[2] } } : { id: `A${i + 1}`, name: { zh: `行为体${i + 1}`, en: `Actor ${i + 1}` } };
  });

  const domainList: Domain[] = Array.from({ length: domains }, (_, i): Domain => {
    const positions: Record<string, Position> = {};
    actorList.forEach((actor, a) => {
      // Actors beyond the first two sometimes have nothing to say about a domain.
      if (a >= 2 && r() < 0.08) return;
      positions[actor.id] = {
        summary: { zh: zhText(r, 60, 160), en: enText(r, 150, 400) },
        instruments: r() < 0.6 ? [zhText(r, 4, 10).replace(/。$/, ''), zhText(r, 4, 10).replace(/。$/, '')] : [],
        evidence: quotes(quotesPerCell),
      };
    });
    const value: AlignmentValue = ALIGNMENT_VALUES[Math.floor(r() * ALIGNMENT_VALUES.length)] ?? 'partly';
    return {
      id: `domain-${String(i + 1).padStart(4, '0')}`, order: i + 1,
      name: { zh: zhText(r, 4, 10).replace(/。$/, ''), en: enText(r, 10, 32).replace(/\.$/, '') },
      sourceNote: r() < 0.2 ? { zh: zhText(r, 20, 60), en: enText(r, 50, 150) } : null,
      alignment: { value, reason: { zh: zhText(r, 40, 100), en: enText(r, 100, 250) }, evidence: quotes(quotesPerCell) },
      positions, origin: 'baseline',
    };
  });

  return {
    matrix: { actors: actorList, domains: domainList, stats: { quotes: evidenceCount, anchored: evidenceCount - broken, broken } },
    paragraphs,
    documents: DOCUMENTS.map((d) => ({ ...d, authors: d.authors.map((a) => ({ ...a })), title: { ...d.title } })),
  };
}
