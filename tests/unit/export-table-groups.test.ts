import { describe, expect, it } from 'vitest';
import { tableGroups, tableNameParts } from '../../src/lib/export/package.ts';

describe('tableNameParts', () => {
  it('splits a per-year table name into its base and year', () => {
    expect(tableNameParts('scores-2024')).toEqual({ base: 'scores', year: '2024' });
    expect(tableNameParts('complaint-figures-2019')).toEqual({ base: 'complaint-figures', year: '2019' });
  });
  it('a complete table has no year', () => {
    expect(tableNameParts('national-counts')).toEqual({ base: 'national-counts', year: null });
    expect(tableNameParts('scores-24')).toEqual({ base: 'scores-24', year: null });
  });
});

describe('tableGroups: the /data/ page’s tables by base name', () => {
  const tables = ['regions', 'scores', 'scores-2015', 'scores-2016', 'national-counts', 'other-2020'].map((name) => ({ name }));
  const groups = tableGroups(tables);
  it('one group per base name, in order of first appearance', () => {
    expect([...groups.keys()]).toEqual(['regions', 'scores', 'national-counts', 'other']);
  });
  it('the complete table with its per-year tables', () => {
    expect(groups.get('scores')).toEqual({
      complete: { name: 'scores' },
      years: [
        { year: '2015', name: 'scores-2015' },
        { year: '2016', name: 'scores-2016' },
      ],
    });
    expect(groups.get('regions')).toEqual({ complete: { name: 'regions' }, years: [] });
  });
  it('per-year tables without a complete one', () => {
    expect(groups.get('other')).toEqual({ complete: null, years: [{ year: '2020', name: 'other-2020' }] });
  });
});
