import { describe, expect, it } from 'vitest';
import type { DomainRow, PositionCellView } from '../../../src/shared/types.ts';
import { changedColumns } from '../../../src/renderer/src/matrix/grid/changed-columns.ts';

function position(actorId: string, en: string): PositionCellView {
  return { actorId, summary: { zh: '概述', en }, instruments: [], quotes: 2, broken: 0, annotations: 0, edited: false, conflict: false, staleLang: null };
}

function row(over: Partial<DomainRow> = {}): DomainRow {
  return {
    id: 'd1',
    order: 1,
    name: { zh: '领域', en: 'Domain' },
    sourceNote: null,
    origin: 'baseline',
    annotations: 0,
    alignment: { value: 'aligned', reason: { zh: '理由', en: 'Reason' }, quotes: 1 } as unknown as DomainRow['alignment'],
    positions: [position('US', 'US text'), position('JP', 'JP text')],
    ...over,
  };
}

describe('changedColumns', () => {
  it('names only the actor whose position changed, compared by value', () => {
    const before = row();
    expect(changedColumns(before, row())).toEqual([]);
    expect(changedColumns(before, row({ positions: [position('US', 'new'), position('JP', 'JP text')] }))).toEqual(['actor:US']);
  });

  it('names a position that appeared or went, and the alignment with its reason', () => {
    const before = row();
    expect(changedColumns(before, row({ positions: [position('US', 'US text')] }))).toEqual(['actor:JP']);
    expect(changedColumns(before, row({ positions: [...before.positions, position('EU', 'x')] }))).toEqual(['actor:EU']);
    const alignment = { ...before.alignment, value: 'divergent' } as DomainRow['alignment'];
    expect(changedColumns(before, row({ alignment }))).toEqual(['alignment', 'reason']);
  });

  it('asks for every column when the domain itself changed', () => {
    const before = row();
    expect(changedColumns(before, row({ annotations: 1 }))).toBeNull();
    expect(changedColumns(before, row({ name: { zh: '领域', en: 'Renamed' } }))).toBeNull();
    expect(changedColumns(before, row({ order: 2 }))).toBeNull();
  });
});
