// A small but realistic matrix for export tests: Chinese source text, an added actor (EU), a domain
// where an actor has no position, one broken quote, and annotations on a domain, a cell and a quote.
import type { Actor, Annotation, DocumentMeta, Domain, Evidence, Matrix, Paragraph } from '../../../src/shared/types.ts';
import type { ExportInput, ExportLang } from '../../../src/main/core/export/index.ts';

export const DOCUMENTS: DocumentMeta[] = [
  {
    id: 'gui-yongtao',
    file: 'gui-yongtao.txt',
    title: { zh: '美国经济安全战略的演进与对华科技竞争', en: 'The evolution of US economic-security strategy and technology competition with China' },
    authors: [{ zh: '桂永涛', en: 'Gui Yongtao' }],
    venue: '国际安全研究',
    year: 2023,
    issue: '2023年第3期',
    pages: '3–29',
    doi: '10.14093/j.cnki.cn10-1132/d.2023.03.001',
    note: null,
  },
  {
    id: 'li-wei',
    file: 'li-wei.txt',
    title: { zh: '日本经济安全保障政策：动因、路径与影响', en: null },
    authors: [{ zh: '李伟', en: 'Li Wei' }, { zh: '陈静', en: null }],
    venue: null,
    year: 2024,
    issue: null,
    pages: null,
    doi: null,
    note: 'Journal not named in the source text.',
  },
];

function paragraph(docId: string, ordinal: number, section: string, sectionTitle: string, text: string): Paragraph {
  const hex = (ordinal * 2654435761).toString(16).padStart(10, '0').slice(-10);
  return { id: `${docId}.${hex}`, docId, ordinal, kind: 'body', section, sectionTitle, level: null, lang: 'zh', text, marker: null, noteOf: null };
}

export const PARAGRAPHS: Paragraph[] = [
  paragraph('gui-yongtao', 12, '二（一）', '出口管制的扩张', '拜登政府上台后，美国进一步强化出口管制，将更多中国科技企业列入实体清单，并于2022年10月出台针对先进计算和半导体制造的全面限制措施。'),
  paragraph('gui-yongtao', 13, '二（一）', '出口管制的扩张', '美国还积极推动盟友协调，要求日本、荷兰等国对半导体设备出口采取一致行动，以形成多边管控体系。'),
  paragraph('gui-yongtao', 27, '三（二）', '投资审查', '《外国投资风险评估现代化法》扩大了美国外国投资委员会的审查范围，使关键技术、关键基础设施和敏感个人数据领域的少数股权投资也须接受审查。'),
  paragraph('li-wei', 8, '一', '日本经济安全保障的动因', '2022年5月，日本国会通过《经济安全保障推进法》，围绕供应链韧性、基础设施安全、尖端技术研发和专利非公开四大支柱构建制度框架。'),
  paragraph('li-wei', 15, '二（一）', '出口管制', '日本于2023年7月起将23类先进半导体制造设备纳入出口管制范围，但在官方表述中避免点名特定国家。'),
  paragraph('li-wei', 22, '二（三）', '投资审查', '日本修订《外汇及外国贸易法》，将外国投资者收购上市公司股份的事前申报门槛由10%下调至1%。'),
];

const byId = new Map(PARAGRAPHS.map((p) => [p.id, p]));
const P = (docId: string, ordinal: number): Paragraph => {
  const p = PARAGRAPHS.find((x) => x.docId === docId && x.ordinal === ordinal);
  if (!p) throw new Error(`fixture: no paragraph ${docId} #${ordinal}`);
  return p;
};

function quote(id: string, p: Paragraph, exact: string): Evidence {
  const start = p.text.indexOf(exact);
  if (start < 0) throw new Error(`fixture: "${exact}" is not in ${p.id}`);
  return {
    id, docId: p.docId, exact, prefix: p.text.slice(Math.max(0, start - 8), start), suffix: p.text.slice(start + exact.length, start + exact.length + 8),
    status: 'anchored', paragraphId: p.id, paragraphOrdinal: p.ordinal, section: p.section, sectionTitle: p.sectionTitle, start, origin: 'baseline', problem: null, problemCode: null,
  };
}

export const BROKEN_QUOTE = '日本政府明确将中国列为出口管制的主要对象';
const broken: Evidence = {
  id: 'u:0b5e', docId: 'li-wei', exact: BROKEN_QUOTE, prefix: '', suffix: '', status: 'broken', paragraphId: null, paragraphOrdinal: null,
  section: null, sectionTitle: null, start: null, origin: 'user', problem: 'Quote not found in li-wei after re-ingest', problemCode: 'not-verbatim',
};

export const ACTORS: Actor[] = [
  { id: 'US', name: { zh: '美国', en: 'United States' } },
  { id: 'JP', name: { zh: '日本', en: 'Japan' } },
  { id: 'EU', name: { zh: '欧盟', en: 'European Union' } },
];

export const DOMAINS: Domain[] = [
  {
    id: 'export-control', order: 1, name: { zh: '出口管制', en: 'Export controls' }, origin: 'baseline',
    sourceNote: { zh: '两篇论文对日本是否点名中国的判断不同。', en: 'The papers disagree on whether Japan names China.' },
    alignment: {
      value: 'partly',
      reason: { zh: '美日均管制半导体设备出口，但日本避免点名特定国家。', en: 'Both restrict chip-tool exports, but Japan avoids naming countries.' },
      evidence: [quote('b:1', P('li-wei', 15), '在官方表述中避免点名特定国家')],
    },
    positions: {
      US: {
        summary: { zh: '以实体清单和先进计算规则全面限制对华技术出口，并推动盟友协调。', en: 'Broad restrictions on technology exports to China via the Entity List and advanced-computing rules, with allied coordination.' },
        instruments: ['实体清单', '出口管理条例'],
        evidence: [quote('b:1', P('gui-yongtao', 12), '将更多中国科技企业列入实体清单'), quote('b:2', P('gui-yongtao', 13), '要求日本、荷兰等国对半导体设备出口采取一致行动')],
      },
      JP: {
        summary: { zh: '将23类先进半导体制造设备纳入管制，措辞上不点名国家。', en: 'Added 23 kinds of advanced chip-making equipment to controls without naming countries.' },
        instruments: ['外汇及外国贸易法'],
        evidence: [quote('b:1', P('li-wei', 15), '将23类先进半导体制造设备纳入出口管制范围'), broken],
      },
    },
  },
  {
    id: 'investment-screening', order: 2, name: { zh: '投资审查', en: 'Investment screening' }, origin: 'baseline', sourceNote: null,
    alignment: {
      value: 'aligned',
      reason: { zh: '两国均扩大了对外国投资的审查范围并降低门槛。', en: 'Both widened the scope of screening and lowered thresholds.' },
      evidence: [quote('b:1', P('gui-yongtao', 27), '少数股权投资也须接受审查'), quote('b:2', P('li-wei', 22), '由10%下调至1%')],
    },
    positions: {
      US: {
        summary: { zh: '通过《外国投资风险评估现代化法》将少数股权投资纳入审查。', en: 'FIRRMA brought minority investments under review.' },
        instruments: [],
        evidence: [quote('b:1', P('gui-yongtao', 27), '扩大了美国外国投资委员会的审查范围')],
      },
      JP: {
        summary: { zh: '修订《外汇法》，将事前申报门槛降至1%。', en: 'Amended the FEFTA, lowering the prior-notification threshold to 1%.' },
        instruments: ['外汇及外国贸易法'],
        evidence: [quote('b:1', P('li-wei', 22), '将外国投资者收购上市公司股份的事前申报门槛由10%下调至1%')],
      },
      EU: {
        summary: { zh: '（资料未详述）', en: '(not detailed in the sources)' },
        instruments: [],
        evidence: [],
      },
    },
  },
  {
    id: 'legal-framework', order: 3, name: { zh: '法律框架', en: 'Legal framework' }, origin: 'baseline', sourceNote: null,
    alignment: {
      value: 'divergent',
      reason: { zh: '日本以单一综合立法构建框架，美国则依靠分散的法律和行政命令。', en: 'Japan built one omnibus law; the US relies on scattered statutes and executive orders.' },
      evidence: [quote('b:1', P('li-wei', 8), '日本国会通过《经济安全保障推进法》')],
    },
    positions: {
      JP: {
        summary: { zh: '《经济安全保障推进法》确立四大支柱。', en: 'The Economic Security Promotion Act sets out four pillars.' },
        instruments: ['经济安全保障推进法'],
        evidence: [quote('b:1', P('li-wei', 8), '围绕供应链韧性、基础设施安全、尖端技术研发和专利非公开四大支柱构建制度框架')],
      },
    },
  },
  {
    id: 'eu-coordination', order: 4, name: { zh: '与欧盟协调', en: 'Coordination with the EU' }, origin: 'user', sourceNote: null,
    alignment: { value: 'not-covered', reason: { zh: '两篇论文均未讨论。', en: 'Neither paper discusses this.' }, evidence: [] },
    positions: {},
  },
];

export function fixtureMatrix(): Matrix {
  const all = DOMAINS.flatMap((d) => [...d.alignment.evidence, ...Object.values(d.positions).flatMap((p) => p.evidence)]);
  const brokenCount = all.filter((e) => e.status === 'broken').length;
  return { actors: ACTORS, domains: DOMAINS, stats: { quotes: all.length, anchored: all.length - brokenCount, broken: brokenCount } };
}

export const ANNOTATIONS: Annotation[] = [
  {
    id: 'n1', target: { domainId: 'export-control', actorId: null, evidenceId: null }, category: 'naming-targets',
    text: '日本在官方文件中回避点名中国，这是与美国最明显的差异。', author: '王分析师', createdAt: '2025-03-01T02:05:00.000Z', updatedAt: '2025-03-02T08:30:00.000Z',
  },
  {
    id: 'n2', target: { domainId: 'export-control', actorId: 'JP', evidenceId: 'u:0b5e' }, category: 'other',
    text: 'Broken after re-ingest: find the new wording in li-wei.', author: 'Analyst B', createdAt: '2025-03-03T10:00:00.000Z', updatedAt: '2025-03-03T10:00:00.000Z',
  },
  {
    id: 'n3', target: { domainId: 'investment-screening', actorId: 'US', evidenceId: null }, category: 'legal-instrument',
    text: 'FIRRMA 与外汇法的比较值得在简报中单列。', author: '王分析师', createdAt: '2025-03-04T01:00:00.000Z', updatedAt: '2025-03-04T01:00:00.000Z',
  },
];

/** Quotes in the order the Evidence sheet lists them (domain, then actors, then alignment). */
export function expectedEvidenceOrder(): Array<{ domainId: string; actorId: string | null; evidence: Evidence }> {
  const out: Array<{ domainId: string; actorId: string | null; evidence: Evidence }> = [];
  for (const d of DOMAINS) {
    for (const a of ACTORS) for (const e of d.positions[a.id]?.evidence ?? []) out.push({ domainId: d.id, actorId: a.id, evidence: e });
    for (const e of d.alignment.evidence) out.push({ domainId: d.id, actorId: null, evidence: e });
  }
  return out;
}

export function fixtureInput(lang: ExportLang, overrides: Partial<ExportInput> = {}): ExportInput {
  return {
    matrix: fixtureMatrix(),
    annotations: ANNOTATIONS,
    documents: DOCUMENTS,
    paragraphs: byId,
    lang,
    appVersion: '0.1.0-test',
    exportedAt: new Date('2025-03-05T06:07:08.000Z'),
    scopeDescription: 'All domains',
    ...overrides,
  };
}
