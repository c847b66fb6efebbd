/**
 * Queries that used to sit in components and views, now pure functions of the model: the
 * ranking table's filter and standing keys (src/lib/model/ranking.ts), the standings of a
 * province's rows (stats.ts), a province's kabupaten/kota by code, the count of
 * government-years whose sources differ and the home table's published rows (queries.ts),
 * the about page's published figures across years and the methodology page's coverage
 * totals (coverage.ts).
 */
import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../src/lib/complaints/measures.ts';
import { measuresUsed } from '../../src/lib/model/complaints.ts';
import { coverageTableTotals, publishedAcrossYears, type CoverageTableRow } from '../../src/lib/model/coverage.ts';
import { provinceRegions, provincesByName, regionRows, regionsByProvince, sourcesDifferCount } from '../../src/lib/model/queries.ts';
import { splitRanking } from '../../src/lib/model/ranking.ts';
import { gradeFilterKey, standingSortKey } from '../../src/lib/model/ranking.ts';
import { standingAgainst, standingsAgainst } from '../../src/lib/model/stats.ts';
import type { ComplaintFigure, Province, Region, ScoreEntry } from '../../src/lib/types.ts';

describe('gradeFilterKey: the grade filter value of a ranking row', () => {
  const row = { score: null, zone: null, category: null, opinion: null, published: true };
  it('the zone when there is one (with or without a letter)', () => {
    expect(gradeFilterKey({ ...row, zone: 'hijau', category: 'B' })).toBe('hijau');
  });
  it('opini-<level> from 2025', () => {
    expect(gradeFilterKey({ ...row, opinion: { level: 'tinggi' } })).toBe('opini-tinggi');
  });
  it('unrated for a published figure with neither (the table has no row without one)', () => {
    expect(gradeFilterKey({ ...row, score: 71.5 })).toBe('unrated');
  });
});

describe('standingSortKey', () => {
  it('orders below < within < above', () => {
    expect(['above', 'below', 'within'].map((s) => standingSortKey(s as 'above' | 'below' | 'within'))).toEqual([2, 0, 1]);
  });
});

describe('standingsAgainst: each scored row against its group', () => {
  const group = [50, 60, 70, 80, 90, 95];
  const rows = [
    { region: { code: '18.01' }, score: 95 },
    { region: { code: '18.02' }, score: 70 },
    { region: { code: '18.03' }, score: null },
  ];
  it('matches standingAgainst row by row and leaves rows without a score out', () => {
    const standings = standingsAgainst(rows, group);
    expect([...standings.keys()]).toEqual(['18.01', '18.02']);
    expect(standings.get('18.01')).toBe(standingAgainst(95, group)!.standing);
    expect(standings.get('18.02')).toBe('within');
  });
  it('none in a group too small for a standing', () => {
    expect(standingsAgainst(rows, [95, 70]).size).toBe(0);
  });
});

describe('provinceRegions and regionsByProvince', () => {
  const region = (code: string): Region => ({
    code,
    name: `Kabupaten ${code}`,
    shortName: code,
    kind: 'kabupaten',
    provinceCode: code.slice(0, 2),
    slug: `k-${code}`,
  });
  const province = (code: string): Province => ({ code, name: `P${code}`, slug: `p-${code}` });
  const registry = { provinces: [province('33'), province('18')], regions: [region('33.02'), region('18.71'), region('18.09'), region('33.01')] };

  it('a province’s kabupaten/kota by code', () => {
    expect(provinceRegions(registry, '18').map((r) => r.code)).toEqual(['18.09', '18.71']);
    expect(provinceRegions(registry, '91')).toEqual([]);
  });
  it('every province by code with its kabupaten/kota', () => {
    expect(regionsByProvince(registry).map((g) => [g.province.code, g.regions.map((r) => r.code)])).toEqual([
      ['18', ['18.09', '18.71']],
      ['33', ['33.01', '33.02']],
    ]);
  });
});

describe('sourcesDifferCount', () => {
  const differs = { alternatives: [{ differs: true }] };
  const agrees = { alternatives: [{ differs: false }] };
  const scores = [differs, agrees, {}, differs] as unknown as Parameters<typeof sourcesDifferCount>[1];
  it('the manifest’s count when it has one', () => {
    expect(sourcesDifferCount({ counts: { sourcesDiffer: 7 } }, scores)).toBe(7);
  });
  it('else counted from the scores', () => {
    expect(sourcesDifferCount({ counts: {} }, scores)).toBe(2);
  });
});

describe('provincesByName', () => {
  it('alphabetical in Indonesian collation, the registry untouched', () => {
    const provinces = [
      { code: '73', name: 'Sulawesi Selatan', slug: 's' },
      { code: '11', name: 'Aceh', slug: 'a' },
      { code: '18', name: 'Lampung', slug: 'l' },
    ];
    expect(provincesByName({ provinces }).map((p) => p.code)).toEqual(['11', '18', '73']);
    expect(provinces[0]!.code).toBe('73');
  });
});

describe('measuresUsed: the complaint measures the figures use', () => {
  it('in the order of the table of definitions, each once', () => {
    const [first, second] = [MEASURES[0]!.id, MEASURES[1]!.id];
    const figures = [{ measure: second }, { measure: first }, { measure: second }] as unknown as ComplaintFigure[];
    expect(measuresUsed(figures).map((m) => m.id)).toEqual([first, second]);
    expect(measuresUsed([])).toEqual([]);
  });
});

describe('splitRanking on region rows, publishedAcrossYears, coverageTableTotals', () => {
  const region = (code: string): Region => ({ code, name: code, shortName: code, kind: 'kabupaten', provinceCode: code.slice(0, 2), slug: code });
  const score = (code: string, year: number, value: number | null): ScoreEntry => ({
    code,
    level: code.includes('.') ? 'kabupaten' : 'provinsi',
    year,
    score: value,
    zone: null,
    category: null,
    scheme: 'test',
    source: { file: 't.csv', line: 1 },
  });
  const data = {
    registry: { provinces: [{ code: '18', name: 'Lampung', slug: 'lampung' }], regions: ['18.01', '18.02', '18.03'].map(region) },
    scores: [score('18.01', 2022, 80), score('18.02', 2022, null), score('18', 2022, 90), score('18.03', 2024, 70)],
  };

  it('splitRanking keeps the rows with a figure, in order, and counts the others (the home table)', () => {
    const { rows, unpublishedCount } = splitRanking(regionRows(data, 2022));
    expect(rows.map((r) => r.region.code)).toEqual(['18.01', '18.02']);
    expect(unpublishedCount).toBe(1);
    expect(splitRanking([])).toEqual({ rows: [], unpublished: [], unpublishedCount: 0 });
  });

  it('publishedAcrossYears sums kabupaten/kota with a figure over the assessed years (never the province)', () => {
    expect(publishedAcrossYears(data)).toEqual({ total: 3, min: 1, max: 2 });
    expect(publishedAcrossYears({ ...data, scores: [] })).toBeNull();
  });

  it('coverageTableTotals adds the published and scored kabupaten/kota of every row', () => {
    const row = (published: number, scored: number) => ({ regions: { published, scored, total: 3 } }) as CoverageTableRow;
    expect(coverageTableTotals([row(2, 1), row(0, 0), row(1, 1)])).toEqual({ published: 3, scored: 2 });
    expect(coverageTableTotals([])).toEqual({ published: 0, scored: 0 });
  });
});
