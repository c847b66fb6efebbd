import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../src/lib/export/csv.ts';
import { breakdownsTable, complaintsTable, datasetTables, governmentLookup, regionsTable, scoresTable } from '../../src/lib/export/datasets.ts';
import { comparisonFigures, complaintFigures, mapFigures, trendFigures } from '../../src/lib/export/figures.ts';
import { tableToJson } from '../../src/lib/export/json.ts';
import type { Table } from '../../src/lib/export/table.ts';
import { loadDataset } from '../../src/lib/model/load.ts';
import { regionProfile } from '../../src/lib/model/places.ts';
import type { ScoreEntry } from '../../src/lib/types.ts';

const fixture = loadDataset('tests/fixtures/processed-sample');

function parse(csv: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(csv, { header: true, delimiter: ',', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

const num = (cell: string | undefined) => (cell === undefined || cell === '' ? null : Number(cell));

/** Every table's CSV and JSON hold the same rows and columns as the table. */
function expectSerialisable(table: Table): void {
  const csvRows = parse(tableToCsv(table));
  const jsonRows = JSON.parse(tableToJson(table)) as Record<string, unknown>[];
  expect(csvRows).toHaveLength(table.rows.length);
  expect(jsonRows).toHaveLength(table.rows.length);
  if (table.rows.length > 0) expect(Object.keys(jsonRows[0]!)).toEqual(table.columns.map((c) => c.name));
  for (const c of table.columns) expect(c.name).toMatch(/^[a-z][a-z0-9_]*$/);
}

describe('dataset tables', () => {
  it('registry: every region with its province name next to the code', () => {
    const table = regionsTable(fixture.registry);
    expect(table.name).toBe('regions');
    expect(table.rows[0]).toEqual({ code: '18.09', name: 'Kabupaten Pesawaran', short_name: 'Pesawaran', kind: 'kabupaten', province_code: '18', province_name: 'Lampung', slug: 'kabupaten-pesawaran' });
    expect(table.rows.map((r) => r.code)).toEqual(['18.09', '18.72', '35.14', '35.75']);
  });

  it('scores: every entry, by code then year, provincial governments named by their province', () => {
    const table = scoresTable(fixture);
    expect(table.name).toBe('scores');
    expect(table.rows).toHaveLength(fixture.scores.length);
    expect(table.rows.slice(0, 4).map((r) => [r.code, r.year, r.level, r.name])).toEqual([
      ['18', 2019, 'provinsi', 'Lampung'],
      ['18', 2021, 'provinsi', 'Lampung'],
      ['18', 2022, 'provinsi', 'Lampung'],
      ['18.09', 2019, 'kabupaten', 'Kabupaten Pesawaran'],
    ]);
    const gradeOnly = table.rows.find((r) => r.code === '35.75' && r.year === 2022)!;
    expect(gradeOnly).toMatchObject({ score: null, zone: 'kuning', category: 'C', scheme: 'opini-2022', note: 'Hanya predikat yang tersedia', province_name: 'Jawa Timur' });
  });

  it('scores CSV parses back to exactly the numbers in scores.json', () => {
    const parsed = parse(tableToCsv(scoresTable(fixture)));
    const key = (code: string, year: number) => `${code}|${year}`;
    const want = new Map(fixture.scores.map((e: ScoreEntry) => [key(e.code, e.year), e]));
    for (const row of parsed) {
      const entry = want.get(key(row.code!, Number(row.year)))!;
      expect(num(row.score)).toBe(entry.score);
      expect(row.zone).toBe(entry.zone);
      expect(row.category === '' ? null : row.category).toBe(entry.category);
    }
    expect(parsed).toHaveLength(want.size);
  });

  it('per-year tables hold only that year', () => {
    const table = scoresTable(fixture, 2022);
    expect(table.name).toBe('scores-2022');
    expect(table.rows.map((r) => r.code)).toEqual(['18', '18.09', '35.14', '35.75']);
    expect(table.rows.every((r) => r.year === 2022)).toBe(true);
  });

  it('complaint totals and breakdowns (long format)', () => {
    const totals = complaintsTable(fixture);
    expect(totals.rows.map((r) => [r.code, r.received, r.resolved])).toEqual([
      ['18', 512, 480],
      ['18.09', 1234, 1100],
      ['35.75', 87, null],
    ]);
    const breakdowns = breakdownsTable(fixture);
    expect(breakdowns.rows).toEqual([
      { code: '18.09', name: 'Kabupaten Pesawaran', level: 'kabupaten', province_code: '18', province_name: 'Lampung', year: 2022, dimension: 'substansi', category: 'Pertanahan', received: 400, resolved: 350 },
      { code: '18.09', name: 'Kabupaten Pesawaran', level: 'kabupaten', province_code: '18', province_name: 'Lampung', year: 2022, dimension: 'substansi', category: 'Kepegawaian', received: 834, resolved: 750 },
    ]);
    const parsed = parse(tableToCsv(breakdowns));
    expect(parsed.map((r) => [r.category, num(r.received), num(r.resolved)])).toEqual([
      ['Pertanahan', 400, 350],
      ['Kepegawaian', 834, 750],
    ]);
  });

  it('datasetTables: registry, then each dataset complete and per year, all serialisable', () => {
    const tables = datasetTables(fixture);
    expect(tables.map((t) => t.name)).toEqual([
      'regions',
      'provinces',
      'scores',
      'scores-2019',
      'scores-2021',
      'scores-2022',
      'complaints',
      'complaints-2022',
      'complaint-breakdowns',
      'complaint-breakdowns-2022',
    ]);
    tables.forEach(expectSerialisable);
    // Every column is documented (the CSV contract in the manifest).
    for (const t of tables) for (const c of t.columns) expect(c.description.length).toBeGreaterThan(5);
  });

  it('adds sub-score tables only when the data has sub-scores', () => {
    const scores = fixture.scores.map((e) => (e.code === '18.09' && e.year === 2022 ? { ...e, subScores: { Input: 20.5, Proses: 30 } } : e));
    const names = datasetTables({ ...fixture, scores }).map((t) => t.name);
    expect(names).toContain('score-subscores');
    expect(names).toContain('score-subscores-2022');
    const sub = datasetTables({ ...fixture, scores }).find((t) => t.name === 'score-subscores')!;
    expect(sub.rows.map((r) => [r.code, r.sub_score, r.value])).toEqual([
      ['18.09', 'Input', 20.5],
      ['18.09', 'Proses', 30],
    ]);
  });

  it('names a code outside the registry by its code rather than failing', () => {
    const lookup = governmentLookup(fixture.registry);
    expect(lookup('99.01')).toEqual({ name: '99.01', level: 'kabupaten', provinceCode: '99', provinceName: '99' });
    expect(lookup('35')).toMatchObject({ name: 'Jawa Timur', level: 'provinsi' });
  });

  it('does not reorder the dataset it reads', () => {
    const before = fixture.scores.map((e) => `${e.code}|${e.year}`);
    datasetTables(fixture);
    expect(fixture.scores.map((e) => `${e.code}|${e.year}`)).toEqual(before);
  });
});

describe('figures behind a chart', () => {
  it('trend: one row per year on the axis, with status, zone, scheme and both medians', () => {
    const profile = regionProfile(fixture, '18.09')!;
    const table = trendFigures({ ...profile, from: 2019, to: 2022 });
    expect(table.name).toBe('trend-18.09');
    expect(table.rows.map((r) => [r.year, r.status, r.score, r.zone, r.category, r.scheme, r.province_median, r.national_median])).toEqual([
      [2019, 'scored', 45.67, 'merah', null, 'zona-2013', 61.99, profile.nationalMedians.get(2019)],
      [2020, 'no_assessment', null, null, null, null, null, null],
      [2021, 'scored', 62.1, 'kuning', null, 'zona-2013', 72.55, 62.1],
      [2022, 'scored', 88.5, 'hijau', 'A', 'opini-2022', 88.5, profile.nationalMedians.get(2022)],
    ]);
    expectSerialisable(table);
  });

  it('trend: a year the region was not assessed, and a grade-only year', () => {
    const metro = trendFigures({ ...regionProfile(fixture, '18.72')!, from: 2019, to: 2022 });
    expect(metro.rows.find((r) => r.year === 2022)).toMatchObject({ status: 'not_assessed', score: null, scheme: 'opini-2022' });
    const kota = trendFigures({ ...regionProfile(fixture, '35.75')!, from: 2021, to: 2022 });
    expect(kota.rows.find((r) => r.year === 2022)).toMatchObject({ status: 'grade_only', score: null, zone: 'kuning', category: 'C' });
  });

  it('complaints: the bars (years with a total), oldest first', () => {
    const profile = regionProfile(fixture, '18.09')!;
    const table = complaintFigures(profile.region, profile.complaints);
    expect(table.rows).toEqual([{ code: '18.09', name: 'Kabupaten Pesawaran', year: 2022, received: 1234, resolved: 1100 }]);
    const csv = parse(tableToCsv(table));
    expect([num(csv[0]!.received), num(csv[0]!.resolved)]).toEqual([1234, 1100]);
    const none = complaintFigures(profile.region, [{ ...profile.complaints[0]!, received: null, resolved: null }]);
    expect(none.rows).toEqual([]);
  });

  it('national and province maps: every region of the scope, assessed or not', () => {
    const national = mapFigures(fixture, 2022);
    expect(national.name).toBe('map-2022');
    expect(national.rows.map((r) => [r.code, r.score, r.zone, r.category, r.previous_year, r.change, r.on_map])).toEqual([
      ['18.09', 88.5, 'hijau', 'A', 2021, 26.4, 'yes'],
      ['18.72', null, null, null, 2021, null, 'yes'],
      ['35.14', 80.25, 'hijau', 'B', 2019, 10.25, 'yes'],
      ['35.75', null, 'kuning', 'C', 2021, null, 'yes'],
    ]);
    const province = mapFigures(fixture, 2022, { provinceCode: '35', gaps: [{ code: '35.75', reason: 'test' }] });
    expect(province.name).toBe('map-35-2022');
    expect(province.rows.map((r) => [r.code, r.province_name, r.on_map])).toEqual([
      ['35.14', 'Jawa Timur', 'yes'],
      ['35.75', 'Jawa Timur', 'no'],
    ]);
    expectSerialisable(national);
  });

  it('comparison: each compared region’s assessments, in the order given', () => {
    const table = comparisonFigures(fixture, ['35.14', '18.09']);
    expect(table.rows.map((r) => [r.code, r.year, r.score])).toEqual([
      ['35.14', 2019, 70],
      ['35.14', 2022, 80.25],
      ['18.09', 2019, 45.67],
      ['18.09', 2021, 62.1],
      ['18.09', 2022, 88.5],
    ]);
    expect(table.rows.some((r) => r.code === '18')).toBe(false);
  });
});
