import { describe, expect, it } from 'vitest';
import { changedRange, conflictLabel, conflictValueText, SHOW_WHOLE_UP_TO, textPieces } from '../../../src/renderer/src/matrix/integrity/conflict-text.ts';

describe('conflictLabel', () => {
  it('names each field in the interface language', () => {
    expect(conflictLabel('position/export-control/US/summary/en', 'en')).toBe('Summary (English)');
    expect(conflictLabel('position/export-control/US/summary/en', 'zh')).toBe('概述（英文）');
    expect(conflictLabel('alignment/export-control/value', 'en')).toBe('Alignment value');
    expect(conflictLabel('alignment/export-control/reason/zh', 'zh')).toBe('判断依据（中文）');
    expect(conflictLabel('alignment/export-control/reason/zh', 'en')).toBe('Alignment reason (Chinese)');
    expect(conflictLabel('evidence/export-control/_/b:0123456789', 'zh')).toBe('引文');
    expect(conflictLabel('domain/export-control', 'en')).toBe('Domain name');
    expect(conflictLabel('actor/KR', 'zh')).toBe('行为体名称');
  });

  it('shows an unknown key as it is rather than failing', () => {
    expect(conflictLabel('position/x/US/instruments', 'en')).toBe('position/x/US/instruments');
    expect(conflictLabel('something/else', 'zh')).toBe('something/else');
  });
});

describe('conflictValueText', () => {
  it('words each kind of value, whole', () => {
    const long = 'x'.repeat(500);
    expect(conflictValueText('position/d/US/summary/en', long, 'en')).toBe(long);
    expect(conflictValueText('alignment/d/value', 'partly', 'zh')).toBe('部分一致');
    expect(conflictValueText('evidence/d/US/b:1', { docId: 'wu-cong', exact: '原文', prefix: '', suffix: '' }, 'en')).toBe('“原文”');
    expect(conflictValueText('domain/d', { name: { zh: '出口管制', en: 'Export controls' } }, 'en')).toBe('出口管制 / Export controls');
    expect(conflictValueText('evidence/d/US/b:1', null, 'en')).toBeNull();
  });
});

describe('changedRange', () => {
  it('finds the differing middle, whole Latin words', () => {
    const a = 'In 2018 the US passed the Export Control Reform Act (ECRA), adding controls';
    const b = 'In 2018 the US passed the Export Control Reform Act, adding controls';
    const r = changedRange(a, b)!;
    expect(a.slice(r.start, r.endA)).toBe(' (ECRA)');
    expect(b.slice(r.start, r.endB)).toBe('');
    // A changed word is marked whole, not from its first differing letter.
    const w = changedRange('the Export Control Reform Act of 2018', 'the Export Control Reform Acts of 2018')!;
    expect('the Export Control Reform Acts of 2018'.slice(w.start, w.endB)).toBe('Acts');
  });

  it('splits CJK text per character, numbers whole', () => {
    const a = '日本的出口管制清单扩大到 85 家企业';
    const r = changedRange(a, '日本的出口管制清单扩大到 86 家企业')!;
    expect(a.slice(r.start, r.endA)).toBe('85');
    const b = '美国要求日本采取同样措施';
    const s = changedRange(b, '美国要求日本和荷兰采取同样措施')!;
    expect(b.slice(s.start, s.endA)).toBe('');
    expect('美国要求日本和荷兰采取同样措施'.slice(s.start, s.endB)).toBe('和荷兰');
  });

  it('gives nothing to highlight when the texts share too little', () => {
    expect(changedRange('The analyst’s reading.', 'In 2018 the US passed.')).toBeNull();
    expect(changedRange('same', 'same')).toBeNull();
  });
});

describe('textPieces', () => {
  const join = (pieces: { text: string }[]) => pieces.map((p) => p.text).join('');

  it('shows short texts and expanded texts whole', () => {
    expect(join(textPieces('short text', null, true))).toBe('short text');
    const long = 'a'.repeat(SHOW_WHOLE_UP_TO + 100);
    expect(join(textPieces(long, { start: 10, end: 20 }, false))).toBe(long);
  });

  it('collapses a long text around its change, marking every cut', () => {
    const text = `${'a'.repeat(300)}CHANGE${'b'.repeat(300)}`;
    const pieces = textPieces(text, { start: 300, end: 306 }, true);
    expect(pieces.find((p) => p.kind === 'changed')?.text).toBe('CHANGE');
    expect(pieces[0]).toEqual({ kind: 'gap', text: '…' });
    expect(pieces[pieces.length - 1]).toEqual({ kind: 'gap', text: '…' });
  });

  it('collapses a long text without a change to its beginning, with a visible cut', () => {
    const pieces = textPieces('c'.repeat(SHOW_WHOLE_UP_TO + 1), null, true);
    expect(pieces[pieces.length - 1]).toEqual({ kind: 'gap', text: '…' });
  });
});
