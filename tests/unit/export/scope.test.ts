import { describe, expect, it } from 'vitest';
import { ExportError, selectScope } from '../../../src/main/core/export/index.ts';
import { fixtureMatrix } from './fixture.ts';

describe('selectScope', () => {
  it('all: the matrix as it is', () => {
    const matrix = fixtureMatrix();
    const scoped = selectScope(matrix, { kind: 'all' });
    expect(scoped.matrix).toBe(matrix);
    expect(scoped.description).toBe('All domains');
  });

  it('filtered: the grid rows, in matrix order, with stats for the subset', () => {
    const scoped = selectScope(fixtureMatrix(), { kind: 'filtered', domainIds: ['legal-framework', 'export-control'], description: 'divergent' });
    expect(scoped.matrix.domains.map((d) => d.id)).toEqual(['export-control', 'legal-framework']);
    expect(scoped.matrix.actors.map((a) => a.id)).toEqual(['US', 'JP', 'EU']);
    expect(scoped.matrix.stats).toEqual({ quotes: 7, anchored: 6, broken: 1 });
    expect(scoped.description).toBe('Rows filtered in the grid: divergent');
  });

  it('filtered with nothing left is an empty export, not an error', () => {
    const scoped = selectScope(fixtureMatrix(), { kind: 'filtered', domainIds: [], description: '' });
    expect(scoped.matrix.domains).toEqual([]);
    expect(scoped.matrix.stats).toEqual({ quotes: 0, anchored: 0, broken: 0 });
    expect(scoped.description).toBe('Rows filtered in the grid');
  });

  it('domains: the chosen ones, named in the description', () => {
    const scoped = selectScope(fixtureMatrix(), { kind: 'domains', domainIds: ['investment-screening', 'eu-coordination', 'investment-screening'] });
    expect(scoped.matrix.domains.map((d) => d.id)).toEqual(['investment-screening', 'eu-coordination']);
    expect(scoped.description).toBe('Chosen domains: investment-screening, eu-coordination');
  });

  it('describes the scope in the export language', () => {
    expect(selectScope(fixtureMatrix(), { kind: 'all' }, 'zh').description).toBe('全部领域');
    expect(selectScope(fixtureMatrix(), { kind: 'filtered', domainIds: ['export-control'], description: '分歧' }, 'zh').description).toBe('表格中筛选的行：分歧');
    expect(selectScope(fixtureMatrix(), { kind: 'all' }, 'both').description).toBe('全部领域\nAll domains');
  });

  it('names every unknown domain ID', () => {
    const attempt = (): unknown => selectScope(fixtureMatrix(), { kind: 'domains', domainIds: ['foo', 'export-control', 'bar', 'foo'] });
    expect(attempt).toThrow(ExportError);
    expect(attempt).toThrow('Unknown domain IDs: foo, bar');
    try {
      attempt();
    } catch (err) {
      expect((err as ExportError).code).toBe('unknown-domain');
    }
    expect(() => selectScope(fixtureMatrix(), { kind: 'filtered', domainIds: ['nope'], description: 'x' })).toThrow('Unknown domain IDs: nope');
  });
});
