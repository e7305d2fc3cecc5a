// A one-line description of the active filters, for the export's "filtered rows" scope: the workbook
// then says which rows it holds and why.
import type { FilterModel } from 'ag-grid-community';
import type { AlignmentValue, Lang } from '../../../../shared/types.ts';
import { ALIGNMENT_LABELS, ALIGNMENT_VALUES } from '../alignment.ts';

export interface ActiveFilters {
  quick: string;
  alignments: ReadonlySet<AlignmentValue>;
  columns: FilterModel;
  columnNames: Record<string, string>;
}

const words = {
  zh: { alignment: '一致程度', search: '搜索', none: '无筛选', sep: '；' },
  en: { alignment: 'Alignment', search: 'Search', none: 'no filters', sep: '; ' },
};

function describeColumnFilter(model: unknown): string {
  if (typeof model !== 'object' || model === null) return '';
  const m = model as { type?: unknown; filter?: unknown; operator?: unknown; conditions?: unknown };
  if (Array.isArray(m.conditions)) {
    const parts = m.conditions.map(describeColumnFilter).filter(Boolean);
    return parts.join(` ${typeof m.operator === 'string' ? m.operator : 'AND'} `);
  }
  const type = typeof m.type === 'string' ? m.type : 'contains';
  return m.filter === undefined || m.filter === null ? type : `${type} “${String(m.filter)}”`;
}

export function describeFilters(active: ActiveFilters, lang: Lang): string {
  const w = words[lang];
  const parts: string[] = [];
  if (active.alignments.size > 0) {
    const labels = ALIGNMENT_VALUES.filter((v) => active.alignments.has(v)).map((v) => `${ALIGNMENT_LABELS[v][lang]} (${v})`);
    parts.push(`${w.alignment}: ${labels.join(', ')}`);
  }
  if (active.quick.trim()) parts.push(`${w.search}: “${active.quick.trim()}”`);
  for (const [colId, model] of Object.entries(active.columns)) {
    parts.push(`${active.columnNames[colId] ?? colId}: ${describeColumnFilter(model)}`);
  }
  return parts.length ? parts.join(w.sep) : w.none;
}
