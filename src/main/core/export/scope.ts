// Narrows the matrix to what the analyst asked to export, and says so in words for the About sheet.
import type { Domain, Matrix } from '../../../shared/types.ts';
import { ExportError } from './errors.ts';
import type { ExportLang, ExportScope } from './input.ts';

const WORDS = {
  all: { zh: '全部领域', en: 'All domains' },
  filtered: { zh: '表格中筛选的行', en: 'Rows filtered in the grid' },
  domains: { zh: '所选领域', en: 'Chosen domains' },
} as const;

function say(key: keyof typeof WORDS, lang: ExportLang, detail: string | null): string {
  const one = (l: 'zh' | 'en'): string => {
    const head = WORDS[key][l];
    if (!detail) return head;
    return l === 'zh' ? `${head}：${detail}` : `${head}: ${detail}`;
  };
  return lang === 'both' ? `${one('zh')}\n${one('en')}` : one(lang);
}

/** Stats describe the exported subset, not the whole project. */
function statsOf(domains: readonly Domain[]): Matrix['stats'] {
  let quotes = 0;
  let broken = 0;
  for (const d of domains) {
    const all = [...d.alignment.evidence, ...Object.values(d.positions).flatMap((p) => p.evidence)];
    quotes += all.length;
    broken += all.filter((e) => e.status === 'broken').length;
  }
  return { quotes, anchored: quotes - broken, broken };
}

export function selectScope(
  matrix: Matrix,
  scope: ExportScope,
  lang: ExportLang = 'en',
): { matrix: Matrix; description: string } {
  if (scope.kind === 'all') return { matrix, description: say('all', lang, null) };

  const known = new Set(matrix.domains.map((d) => d.id));
  const unknown = [...new Set(scope.domainIds.filter((id) => !known.has(id)))];
  if (unknown.length > 0) {
    throw new ExportError('unknown-domain', `Unknown domain IDs: ${unknown.join(', ')}`);
  }

  // Keep the matrix order rather than the request order: the export should read like the grid.
  const wanted = new Set(scope.domainIds);
  const domains = matrix.domains.filter((d) => wanted.has(d.id));
  const subset: Matrix = { actors: matrix.actors, domains, stats: statsOf(domains) };

  const detail = scope.kind === 'filtered' ? scope.description.trim() : domains.map((d) => d.id).join(', ');
  return { matrix: subset, description: say(scope.kind, lang, detail || null) };
}
