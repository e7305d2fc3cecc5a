// What Undo or Redo would do, in words, in either interface language: "撤销：出口管制 · 日本 的批注" /
// "Undo: annotation on Export control · Japan". Worded from the typed StepLabel main returns (never
// from stored English), for the toolbar's tooltips, the status line and the native Edit menu. Names
// come from the caller (the renderer's matrix, main's workspace); an unknown ID stands for itself.
import type { Bilingual, Lang, StepKind, StepLabel } from './types.ts';

export interface StepNames {
  domain(id: string): Bilingual | undefined;
  actor(id: string): Bilingual | undefined;
}

const ALIGNMENT: Bilingual = { zh: '一致程度', en: 'alignment' };

const isAnnotationStep = (kind: StepKind) => kind === 'add-annotation' || kind === 'update-annotation' || kind === 'delete-annotation';

const name = (b: Bilingual | undefined, id: string, lang: Lang) => (b ? b[lang] || b.zh || b.en : id);

/** "出口管制 · 日本" — the cell (or the domain's alignment, or the domain / actor alone). */
export function placeWords(label: StepLabel, lang: Lang, names: StepNames): string {
  const { domainId, actorId } = label.target;
  const parts: string[] = [];
  if (domainId) parts.push(name(names.domain(domainId), domainId, lang));
  if (actorId) parts.push(name(names.actor(actorId), actorId, lang));
  // A domain-wide step names the domain alone; one in the alignment column says so.
  else if (domainId && label.kind !== 'add-domain' && label.kind !== 'set-alignment' && !(isAnnotationStep(label.kind) && label.target.evidenceId === null)) parts.push(ALIGNMENT[lang]);
  return parts.join(' · ');
}

const LANG_WORD: Record<Lang, Bilingual> = { zh: { zh: '中文', en: 'Chinese' }, en: { zh: '英文', en: 'English' } };

/** "（中文）" / " (Chinese)" for a language-specific step, else "". */
function langNote(label: StepLabel, lang: Lang): string {
  if (!label.lang) return '';
  const word = LANG_WORD[label.lang][lang];
  return lang === 'zh' ? `（${word}）` : ` (${word})`;
}

/** What a set-alignment step changed: the value, the reason, or both. */
function alignmentThing(label: StepLabel, lang: Lang): string {
  if (label.field === 'alignment-value') return lang === 'zh' ? '一致程度' : 'alignment value';
  if (label.field === 'alignment-reason') return lang === 'zh' ? '判断依据' : 'alignment reason';
  return lang === 'zh' ? '一致程度与判断依据' : 'alignment and reason';
}

const CHOICE: Record<'mine' | 'baseline' | 'theirs', Bilingual> = {
  mine: { zh: '保留我的修改', en: 'kept mine' },
  baseline: { zh: '采用新基线', en: 'took the baseline' },
  theirs: { zh: '采用对方的', en: 'took theirs' },
};

/** "“补贴竞争”" / "“Subsidy competition”": the category a category step is about, in the language asked. */
function categoryTitle(label: StepLabel, lang: Lang): string {
  const c = label.category;
  if (!c) return '';
  return `“${c.name[lang] || c.name.zh || c.name.en || c.id}”`;
}

function choiceNote(label: StepLabel, lang: Lang): string {
  if (!label.choice) return '';
  const word = CHOICE[label.choice][lang];
  return lang === 'zh' ? `（${word}）` : ` (${word})`;
}

/**
 * The step as the thing Undo takes back: a noun phrase ("出口管制 · 日本 的批注", "annotation on
 * Export control · Japan"), so "撤销：…" / "Undo: …" reads as a sentence in both languages.
 */
export function stepObject(label: StepLabel, lang: Lang, names: StepNames): string {
  // A step about no cell (a category's merge conflict) is named by what it is about.
  const where = placeWords(label, lang, names) || categoryTitle(label, lang);
  const zh = lang === 'zh';
  const onQuote = label.target.evidenceId !== null;
  const words: Record<StepKind, () => string> = {
    'set-summary': () => (zh ? `${where} 的概述修改${langNote(label, lang)}` : `summary edit${langNote(label, lang)} on ${where}`),
    'set-alignment': () => (zh ? `${where} 的${alignmentThing(label, lang)}修改${langNote(label, lang)}` : `${alignmentThing(label, lang)} edit${langNote(label, lang)} on ${where}`),
    'add-evidence': () => (zh ? `${where} 的新引文` : `new quote on ${where}`),
    'remove-evidence': () => (zh ? `删除 ${where} 的引文` : `removing a quote from ${where}`),
    'repair-evidence': () => (zh ? `${where} 的引文修复` : `quote repair on ${where}`),
    'add-domain': () => (zh ? `新领域 ${where}` : `new domain ${where}`),
    'add-actor': () => (zh ? `新行为体 ${where}` : `new actor ${where}`),
    'resolve-conflict': () => (zh ? `${where} 的基线冲突处理${choiceNote(label, lang)}` : `baseline conflict choice on ${where}${choiceNote(label, lang)}`),
    'add-annotation': () => (zh ? `${where} 的${onQuote ? '引文' : ''}批注` : `annotation on ${onQuote ? 'a quote in ' : ''}${where}`),
    'update-annotation': () => (zh ? `${where} 的批注修改` : `annotation edit on ${where}`),
    'delete-annotation': () => (zh ? `删除 ${where} 的批注` : `deleting the annotation on ${where}`),
    'merge-project': () => (zh ? `合并项目 ${label.source?.file ?? ''}`.trim() : `merging ${label.source?.file ?? 'a project'}`),
    'resolve-merge-conflict': () => (zh ? `${where} 的合并冲突处理${choiceNote(label, lang)}` : `merge conflict choice on ${where}${choiceNote(label, lang)}`),
    'confirm-translation': () => {
      const what = label.field === 'alignment-reason' ? (zh ? '判断依据' : 'alignment reason') : zh ? '概述' : 'summary';
      const which = label.lang ? LANG_WORD[label.lang][lang] : zh ? '译文' : 'translation';
      return zh ? `确认 ${where} 的${what}${which}仍然准确` : `confirming the ${which} ${what} on ${where} still holds`;
    },
    'edit-source': () => {
      const title = label.importedSource ? `“${label.importedSource.title}”` : '';
      return zh ? `资料${title}的信息修改` : `details edit of source ${title}`.trim();
    },
    'remove-source': () => {
      const title = label.importedSource ? `“${label.importedSource.title}”` : '';
      return zh ? `移除资料${title}` : `removing source ${title}`.trim();
    },
    'add-category': () => (zh ? `新批注类别${categoryTitle(label, lang)}` : `new annotation category ${categoryTitle(label, lang)}`.trim()),
    'rename-category': () => (zh ? `批注类别更名为${categoryTitle(label, lang)}` : `renaming an annotation category to ${categoryTitle(label, lang)}`.trim()),
    'remove-category': () => (zh ? `删除批注类别${categoryTitle(label, lang)}` : `removing the annotation category ${categoryTitle(label, lang)}`.trim()),
  };
  return words[label.kind]();
}

/** "撤销：出口管制 · 日本 的批注" / "Redo: annotation on Export control · Japan". */
export function undoRedoText(direction: 'undo' | 'redo', label: StepLabel, lang: Lang, names: StepNames): string {
  const verb = direction === 'undo' ? (lang === 'zh' ? '撤销' : 'Undo') : lang === 'zh' ? '重做' : 'Redo';
  return lang === 'zh' ? `${verb}：${stepObject(label, lang, names)}` : `${verb}: ${stepObject(label, lang, names)}`;
}

/** A step's label: its kind and target, the rest empty unless given. */
export const stepLabel = (kind: StepLabel['kind'], target: Partial<StepLabel['target']>, more: Partial<Omit<StepLabel, 'kind' | 'target'>> = {}): StepLabel => ({
  kind,
  target: { domainId: null, actorId: null, evidenceId: null, ...target },
  field: null,
  lang: null,
  choice: null,
  ...more,
});
