// A history step (StepLabel) in words, in either language: "Summary (English) · Export control ›
// Japan". Main sends the step as data; nothing here parses its English. Names come from the matrix in
// the store when it is loaded, else the IDs stand in.
import type { KeyKind } from '../../../shared/keys.ts';
import type { Bilingual, Lang, MatrixView, StepKind, StepLabel } from '../../../shared/types.ts';
import type { Messages } from './i18n.ts';
import { stepObject, undoRedoText } from '../../../shared/step-words.ts';
import type { StepNames } from '../../../shared/step-words.ts';

export const stepMessages = {
  'set-summary': { zh: '修改概述', en: 'Edit summary' },
  'set-alignment': { zh: '修改一致程度', en: 'Edit alignment' },
  'add-evidence': { zh: '添加引文', en: 'Add quote' },
  'remove-evidence': { zh: '删除引文', en: 'Remove quote' },
  'add-domain': { zh: '添加领域', en: 'Add domain' },
  'add-actor': { zh: '添加行为体', en: 'Add actor' },
  'resolve-conflict': { zh: '处理基线冲突', en: 'Resolve baseline conflict' },
  'add-annotation': { zh: '添加批注', en: 'Add annotation' },
  'update-annotation': { zh: '修改批注', en: 'Edit annotation' },
  'delete-annotation': { zh: '删除批注', en: 'Delete annotation' },
  'merge-project': { zh: '合并项目', en: 'Merge project' },
  'resolve-merge-conflict': { zh: '处理合并冲突', en: 'Resolve merge conflict' },
  mergedFrom: { zh: '来自', en: 'from' },
  by: { zh: '作者', en: 'by' },
  tookTheirs: { zh: '采用对方的', en: 'took theirs' },
  'remove-source': { zh: '移除资料', en: 'Remove source' },
  'confirm-translation': { zh: '确认译文仍然准确', en: 'Confirm translation still holds' },
  'repair-evidence': { zh: '修复引文', en: 'Repair quote' },
  'edit-source': { zh: '修改资料信息', en: 'Edit source details' },
  'add-category': { zh: '添加批注类别', en: 'Add annotation category' },
  'rename-category': { zh: '批注类别更名', en: 'Rename annotation category' },
  'remove-category': { zh: '删除批注类别', en: 'Remove annotation category' },
  alignmentColumn: { zh: '一致程度', en: 'alignment' },
  inZh: { zh: '中文', en: 'Chinese' },
  inEn: { zh: '英文', en: 'English' },
  value: { zh: '值', en: 'value' },
  reason: { zh: '判断依据', en: 'reason' },
  keptMine: { zh: '保留我的修改', en: 'kept mine' },
  tookBaseline: { zh: '采用新基线', en: 'took the baseline' },
} satisfies Record<StepKind, Bilingual> & Messages;

const say = (key: keyof typeof stepMessages, lang: Lang) => stepMessages[key][lang];

function fieldWords(field: KeyKind | 'alignment' | null, lang: Lang): string | null {
  if (field === 'alignment-value') return say('value', lang);
  if (field === 'alignment-reason') return say('reason', lang);
  return null;
}

/** "merged from alice.pmproj, by Alice" for a merge and the conflicts it left. */
function fromWords(label: StepLabel, lang: Lang): string | null {
  const source = label.source;
  if (!source) return null;
  const sep = lang === 'zh' ? '，' : ', ';
  return `${say('mergedFrom', lang)} ${source.file}${source.author ? `${sep}${say('by', lang)} ${source.author}` : ''}`;
}

/** The step in words; `view` supplies domain and actor names. */
export function describeStep(label: StepLabel, lang: Lang, view: MatrixView | undefined): string {
  const { domainId, actorId } = label.target;
  const row = domainId ? view?.rows.find((r) => r.id === domainId) : undefined;
  const actor = actorId ? view?.actors.find((a) => a.id === actorId) : undefined;
  const where: string[] = [];
  if (label.importedSource) where.push(`“${label.importedSource.title}”`);
  if (label.category) where.push(`“${label.category.name[lang] || label.category.name.zh || label.category.id}”`);
  if (domainId) where.push(row ? row.name[lang] || row.name.zh : domainId);
  if (actorId) where.push(actor ? actor.name[lang] || actor.name.zh : actorId);
  else if (domainId && (label.kind === 'set-alignment' || label.field === 'alignment-value' || label.field === 'alignment-reason')) where.push(say('alignmentColumn', lang));
  const extras = [fieldWords(label.field, lang), label.lang ? say(label.lang === 'zh' ? 'inZh' : 'inEn', lang) : null, label.choice ? say(label.choice === 'mine' ? 'keptMine' : label.choice === 'theirs' ? 'tookTheirs' : 'tookBaseline', lang) : null, fromWords(label, lang)].filter(
    (x): x is string => !!x,
  );
  const [open, comma, close] = lang === 'zh' ? ['（', '，', '）'] : [' (', ', ', ')'];
  const head = extras.length > 0 ? `${say(label.kind, lang)}${open}${extras.join(comma)}${close}` : say(label.kind, lang);
  return where.length > 0 ? `${head} · ${where.join(' › ')}` : head;
}

/** Domain and actor names from the matrix in the store (the IDs stand in before it has loaded). */
export function stepNames(view: MatrixView | undefined): StepNames {
  return {
    domain: (id) => view?.rows.find((r) => r.id === id)?.name,
    actor: (id) => view?.actors.find((a) => a.id === id)?.name,
  };
}

/** "撤销：出口管制 · 日本 的批注" — what the Undo (or Redo) button would do, before it is clicked. */
export function undoRedoWords(direction: 'undo' | 'redo', label: StepLabel, lang: Lang, view: MatrixView | undefined): string {
  return undoRedoText(direction, label, lang, stepNames(view));
}

/** "出口管制 · 日本 的批注" — the step as the thing undone, for "已撤销：…". */
export function stepObjectWords(label: StepLabel, lang: Lang, view: MatrixView | undefined): string {
  return stepObject(label, lang, stepNames(view));
}
