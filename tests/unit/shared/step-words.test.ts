// Undo / redo labels in words, from the typed StepLabel, in both interface languages.
import { describe, expect, it } from 'vitest';
import { stepLabel as label, stepObject, undoRedoText } from '../../../src/shared/step-words.ts';
import type { StepNames } from '../../../src/shared/step-words.ts';

const names: StepNames = {
  domain: (id) => (id === 'export-control' ? { zh: '出口管制', en: 'Export control' } : undefined),
  actor: (id) => (id === 'JP' ? { zh: '日本', en: 'Japan' } : id === 'US' ? { zh: '美国', en: 'United States' } : undefined),
};

describe('undo and redo in words', () => {
  it('names an annotation on a cell in both languages', () => {
    const step = label('add-annotation', { domainId: 'export-control', actorId: 'JP' });
    expect(undoRedoText('undo', step, 'zh', names)).toBe('撤销：出口管制 · 日本 的批注');
    expect(undoRedoText('undo', step, 'en', names)).toBe('Undo: annotation on Export control · Japan');
    expect(undoRedoText('redo', step, 'zh', names)).toBe('重做：出口管制 · 日本 的批注');
    expect(undoRedoText('redo', step, 'en', names)).toBe('Redo: annotation on Export control · Japan');
  });

  it('says which language a summary edit changed', () => {
    const step = label('set-summary', { domainId: 'export-control', actorId: 'US' }, { field: 'summary', lang: 'en' });
    expect(stepObject(step, 'zh', names)).toBe('出口管制 · 美国 的概述修改（英文）');
    expect(stepObject(step, 'en', names)).toBe('summary edit (English) on Export control · United States');
  });

  it('an alignment edit names the value, the reason or both', () => {
    const both = label('set-alignment', { domainId: 'export-control' }, { field: 'alignment' });
    expect(stepObject(both, 'zh', names)).toBe('出口管制 的一致程度与判断依据修改');
    expect(stepObject(both, 'en', names)).toBe('alignment and reason edit on Export control');
    const reason = label('set-alignment', { domainId: 'export-control' }, { field: 'alignment-reason', lang: 'zh' });
    expect(stepObject(reason, 'en', names)).toBe('alignment reason edit (Chinese) on Export control');
  });

  it('a domain-wide annotation names the domain alone; one on a quote says so', () => {
    expect(stepObject(label('delete-annotation', { domainId: 'export-control' }), 'zh', names)).toBe('删除 出口管制 的批注');
    expect(stepObject(label('add-annotation', { domainId: 'export-control', actorId: 'JP', evidenceId: 'e1' }), 'en', names)).toBe(
      'annotation on a quote in Export control · Japan',
    );
  });

  it('a repaired quote names its cell', () => {
    const step = label('repair-evidence', { domainId: 'export-control', actorId: 'JP', evidenceId: 'e1' });
    expect(undoRedoText('undo', step, 'zh', names)).toBe('撤销：出口管制 · 日本 的引文修复');
    expect(undoRedoText('redo', step, 'en', names)).toBe('Redo: quote repair on Export control · Japan');
  });

  it('an unknown ID stands for itself, never an empty name', () => {
    expect(stepObject(label('add-evidence', { domainId: 'new-domain', actorId: 'KR' }), 'en', names)).toBe('new quote on new-domain · KR');
    expect(stepObject(label('add-domain', { domainId: 'new-domain' }), 'zh', names)).toBe('新领域 new-domain');
  });

  it('a conflict choice and a merge carry what was chosen and from where', () => {
    const choice = label('resolve-conflict', { domainId: 'export-control', actorId: 'JP' }, { field: 'summary', lang: 'zh', choice: 'mine' });
    expect(stepObject(choice, 'zh', names)).toBe('出口管制 · 日本 的基线冲突处理（保留我的修改）');
    expect(stepObject(choice, 'en', names)).toBe('baseline conflict choice on Export control · Japan (kept mine)');
    const merge = label('merge-project', {}, { source: { file: 'alice.pmproj', author: 'Alice' } });
    expect(undoRedoText('undo', merge, 'en', names)).toBe('Undo: merging alice.pmproj');
    expect(undoRedoText('undo', merge, 'zh', names)).toBe('撤销：合并项目 alice.pmproj');
  });
});
