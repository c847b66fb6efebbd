import Papa from 'papaparse';
import { hostOf } from '../../src/lib/links.ts';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../src/lib/export/csv.ts';
import { breakdownsTable, complaintsTable } from '../../src/lib/export/complaint-tables.ts';
import { datasetTables } from '../../src/lib/export/datasets.ts';
import { governmentLookup } from '../../src/lib/export/government-rows.ts';
import { regionsTable } from '../../src/lib/export/registry-tables.ts';
import { mentionsTable, nationalCountsTable, scoreReadingsTable, scoresTable } from '../../src/lib/export/score-tables.ts';
import { comparisonFigures, complaintFigures, mapFigures, readingValue, trendFigures } from '../../src/lib/export/figures.ts';
import { tableToJson } from '../../src/lib/export/json.ts';
import type { Table } from '../../src/lib/export/table.ts';
import { regionProfile } from '../../src/lib/model/figures-index.ts';
import type { ScoreEntry } from '../../src/lib/types.ts';
import { ANTARA_URL, LOCAL_URL, MENTIONS, NATIONAL, OPINION_2025, ORI_URL, sampleDataset, withSources } from './export-fixture.ts';

const fixture = sampleDataset();
const sourced = withSources();

function parse(csv: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(csv, { header: true, delimiter: ',', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

const num = (cell: string | undefined) => (cell === undefined || cell === '' ? null : Number(cell));

/** Every table's CSV and JSON hold the same rows and columns as the table. */
function expectSerializable(table: Table): void {
  const csvRows = parse(tableToCsv(table));
  const jsonRows = JSON.parse(tableToJson(table)) as Record<string, unknown>[];
  expect(csvRows).toHaveLength(table.rows.length);
  expect(jsonRows).toHaveLength(table.rows.length);
  if (table.rows.length > 0) expect(Object.keys(jsonRows[0]!)).toEqual(table.columns.map((c) => c.name));
  for (const c of table.columns) expect(c.name).toMatch(/^[a-z][a-z0-9_]*$/);
}

describe('dataset tables', () => {
  it('one table per dataset, every year in it: no year in the name, the year in a column', () => {
    const table = scoresTable(fixture);
    expect([table.name, table.title]).toEqual(['scores', 'Published result of each government per year: the value shown on the site, with its source']);
    expect([...new Set(table.rows.map((r) => r.year))].sort()).toEqual([...new Set(fixture.scores.map((e) => e.year))].sort());
    expect(table.columns.map((c) => c.name)).toContain('year');
  });

  it('registry: every region with its province name next to the code', () => {
    const table = regionsTable(fixture.registry);
    expect(table.name).toBe('regions');
    expect(table.rows[0]).toEqual({
      code: '18.09',
      name: 'Kabupaten Pesawaran',
      short_name: 'Pesawaran',
      kind: 'kabupaten',
      province_code: '18',
      province_name: 'Lampung',
      slug: 'kabupaten-pesawaran',
    });
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
    expect(gradeOnly).toMatchObject({
      score: null,
      zone: 'kuning',
      category: 'C',
      scheme: 'opini-2022',
      note: 'Hanya predikat yang tersedia',
      province_name: 'Jawa Timur',
    });
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

  it('a year is its rows: filtering the year column gives that year’s table', () => {
    const rows = scoresTable(fixture).rows.filter((r) => r.year === 2022);
    expect(rows.map((r) => r.code)).toEqual(['18', '18.09', '35.14', '35.75']);
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
      {
        code: '18.09',
        name: 'Kabupaten Pesawaran',
        level: 'kabupaten',
        province_code: '18',
        province_name: 'Lampung',
        year: 2022,
        dimension: 'substansi',
        category: 'Pertanahan',
        received: 400,
        resolved: 350,
      },
      {
        code: '18.09',
        name: 'Kabupaten Pesawaran',
        level: 'kabupaten',
        province_code: '18',
        province_name: 'Lampung',
        year: 2022,
        dimension: 'substansi',
        category: 'Kepegawaian',
        received: 834,
        resolved: 750,
      },
    ]);
    const parsed = parse(tableToCsv(breakdowns));
    expect(parsed.map((r) => [r.category, num(r.received), num(r.resolved)])).toEqual([
      ['Pertanahan', 400, 350],
      ['Kepegawaian', 834, 750],
    ]);
  });

  it('datasetTables: registry, then each dataset once with every year in it (no per-year copies), all serialisable', () => {
    const tables = datasetTables(fixture);
    expect(tables.map((t) => t.name)).toEqual(['regions', 'provinces', 'scores', 'score-readings', 'complaints', 'complaint-breakdowns']);
    expect(tables.find((t) => t.name === 'scores')!.rows).toHaveLength(fixture.scores.length);
    tables.forEach(expectSerializable);
    // Every column is documented (the CSV contract in the manifest).
    for (const t of tables) for (const c of t.columns) expect(c.description.length).toBeGreaterThan(5);
  });

  it('adds sub-score tables only when the data has sub-scores', () => {
    const scores = fixture.scores.map((e) => (e.code === '18.09' && e.year === 2022 ? { ...e, subScores: { Input: 20.5, Proses: 30 } } : e));
    const names = datasetTables({ ...fixture, scores }).map((t) => t.name);
    expect(names.filter((name) => name.startsWith('score-subscores'))).toEqual(['score-subscores']);
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
      [2019, 'scored', 45.67, 'merah', null, 'zona-2013', profile.provinceMedians.get(2019) ?? null, profile.nationalMedians.get(2019) ?? null],
      [2020, 'no_assessment', null, null, null, null, null, null],
      [2021, 'scored', 62.1, 'kuning', null, 'zona-2013', profile.provinceMedians.get(2021) ?? null, profile.nationalMedians.get(2021) ?? null],
      [2022, 'scored', 88.5, 'hijau', 'A', 'opini-2022', profile.provinceMedians.get(2022) ?? null, profile.nationalMedians.get(2022) ?? null],
    ]);
    expectSerializable(table);
  });

  it('trend: a year the region was not assessed, and a grade-only year', () => {
    const metro = trendFigures({ ...regionProfile(fixture, '18.72')!, from: 2019, to: 2022 });
    expect(metro.rows.find((r) => r.year === 2022)).toMatchObject({
      status: 'no_published_figure',
      score: null,
      scheme: 'opini-2022',
      source_url: null,
      sources: null,
    });
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
    expectSerializable(national);
  });

  it('a map CSV holds every year of the map, year by year: one file per map, not per year', () => {
    const all = mapFigures(fixture, [2021, 2022]);
    expect(all.name).toBe('map');
    expect(all.title).toContain('2021–2022, one row per region and year');
    expect(all.rows.map((r) => `${r.year} ${r.code}`)).toEqual(['2021', '2022'].flatMap((y) => ['18.09', '18.72', '35.14', '35.75'].map((c) => `${y} ${c}`)));
    expect(all.rows.filter((r) => r.year === 2022)).toEqual(mapFigures(fixture, 2022).rows);
    const province = mapFigures(fixture, [2021, 2022], { provinceCode: '35' });
    expect(province.name).toBe('map-35');
    expect(province.rows).toHaveLength(4);
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

describe('published figures with their sources', () => {
  it('scores: the value shown, its page, the text as printed, and whether other sources differ', () => {
    const table = scoresTable(sourced);
    const row = table.rows.find((r) => r.code === '18.09' && r.year === 2021)!;
    expect(row).toMatchObject({
      score: 62.1,
      zone: 'kuning',
      method: 'zones',
      score_as_printed: '62,10',
      grade_as_printed: 'zona kuning',
      rank_as_printed: '3',
      source_url: ORI_URL,
      source_host: 'ombudsman.go.id',
      source_file: 'data/raw/kepatuhan/sample.csv',
      source_line: 7,
      sources: 3,
      sources_differ: 'yes',
    });
    // One row per government-year: alternatives are not rows here.
    expect(table.rows.filter((r) => r.code === '18.09' && r.year === 2021)).toHaveLength(1);
    expect(table.rows.find((r) => r.code === '18.09' && r.year === 2022)).toMatchObject({
      sources: 1,
      sources_differ: 'no',
      source_url: null,
      source_host: null,
    });
    // A printed zone that disagrees with the score's band: shown as printed, the band beside it.
    expect(table.rows.find((r) => r.code === '35.75' && r.year === 2021)).toMatchObject({
      score: 55.55,
      zone: 'hijau',
      score_band_zone: 'kuning',
      score_band_category: null,
      grade_as_printed: 'zona hijau',
    });
    expectSerializable(table);
  });

  it('scores: a 2025 opinion has no zone or letter, its level, quality and the Tanpa Maladministrasi flag', () => {
    const table = scoresTable({ ...sourced, scores: [...sourced.scores, OPINION_2025] });
    expect(table.rows.filter((r) => r.year === 2025)).toEqual([
      expect.objectContaining({
        code: '18.09',
        score: 82,
        zone: null,
        category: null,
        method: 'opinion',
        opinion: 'tinggi',
        quality: 'baik',
        without_maladministration: 'yes',
        grade_as_printed: 'Opini Kualitas Tinggi Tanpa Maladministrasi',
      }),
    ]);
    expect(scoresTable(sourced).rows.every((r) => r.opinion === null && r.without_maladministration === null)).toBe(true);
  });

  it('score-readings: the shown reading, then every alternative in precedence order, marked with role and differs', () => {
    const table = scoreReadingsTable(sourced);
    const pesawaran = table.rows.filter((r) => r.code === '18.09' && r.year === 2021);
    expect(pesawaran.map((r) => [r.role, r.precedence, r.differs, r.score, r.zone, r.source_host, r.source_class, r.source_line])).toEqual([
      ['shown', 1, null, 62.1, 'kuning', 'ombudsman.go.id', 'ombudsman', 7],
      ['alternative', 2, 'yes', 61.2, 'kuning', 'lampung.antaranews.com', 'wire', 20],
      ['alternative', 3, 'no', null, 'kuning', 'example-news.id', 'other', 21],
    ]);
    expect(pesawaran[1]).toMatchObject({ score_as_printed: '61,2 persen', grade_as_printed: 'Zona Kuning', source_url: ANTARA_URL });
    expect(pesawaran[2]).toMatchObject({ source_url: LOCAL_URL });
    // A government-year with one source has exactly one (shown) row; every row of scores is a shown row here.
    const shown = scoreReadingsTable(sourced).rows.filter((r) => r.role === 'shown');
    expect(shown.map((r) => `${r.code}|${r.year}`)).toEqual(scoresTable(sourced).rows.map((r) => `${r.code}|${r.year}`));
    expect(table.rows.filter((r) => r.code === '18.72' && r.year === 2021).map((r) => [r.role, r.source_class])).toEqual([['shown', 'none']]);
    expectSerializable(table);
  });

  it('score-readings CSV: a journalist filters role=alternative, differs=yes and finds the other figure and its page', () => {
    const parsed = parse(tableToCsv(scoreReadingsTable(sourced)));
    const differing = parsed.filter((r) => r.role === 'alternative' && r.differs === 'yes');
    expect(differing.map((r) => [r.code, r.year, num(r.score), r.source_url])).toEqual([['18.09', '2021', 61.2, ANTARA_URL]]);
  });

  it('mentions: a page names a government-year without a value, with its page', () => {
    const table = mentionsTable(sourced);
    expect(table.name).toBe('score-mentions');
    expect(table.rows).toEqual([
      {
        code: '18',
        name: 'Lampung',
        level: 'provinsi',
        province_code: '18',
        province_name: 'Lampung',
        year: 2019,
        grade_as_printed: null,
        rank_as_printed: '+5 dari 34',
        note: null,
        source_url: null,
        source_host: null,
        source_label: null,
        source_file: 'data/raw/kepatuhan/sample.csv',
        source_line: 31,
      },
      {
        code: '18.72',
        name: 'Kota Metro',
        level: 'kota',
        province_code: '18',
        province_name: 'Lampung',
        year: 2022,
        grade_as_printed: 'belum mencapai zona hijau',
        rank_as_printed: null,
        note: 'named without a value',
        source_url: MENTIONS[0]!.source.url,
        source_host: 'radarlampung.example',
        source_label: null,
        source_file: 'data/raw/kepatuhan/sample.csv',
        source_line: 30,
      },
    ]);
    expectSerializable(table);
  });

  it('national counts: ORI’s own totals by year and level, as printed (an unprinted zone count stays empty)', () => {
    const table = nationalCountsTable(NATIONAL);
    expect(table.name).toBe('national-counts');
    expect(table.rows.map((r) => [r.year, r.level, r.assessed, r.hijau, r.kuning, r.merah, r.source_host, r.source_file, r.source_line])).toEqual([
      [2019, 'kabupaten-kota', 251, null, null, null, 'jambi.antaranews.com', 'data/reference/ori-national-counts.csv', 5],
      [2022, 'provinsi', 34, 19, 13, 2, 'sonora.id', 'data/reference/ori-national-counts.csv', 2],
      [2022, 'kota', 98, 53, 42, 3, 'sonora.id', 'data/reference/ori-national-counts.csv', 3],
    ]);
    const csv = parse(tableToCsv(table));
    expect(csv[0]).toMatchObject({ year: '2019', assessed: '251', hijau: '', note: 'assessed count only' });
    expectSerializable(table);
  });

  it('datasetTables: one table per dataset (no per-year copies); readings, mentions and national counts are downloads; empty complaint tables are left out', () => {
    const names = datasetTables({ ...sourced, complaints: [] }).map((t) => t.name);
    expect(names).toEqual(['regions', 'provinces', 'scores', 'score-readings', 'score-mentions', 'national-counts']);
    expect(datasetTables(sourced).filter((t) => /-\d{4}$/.test(t.name))).toEqual([]);
    for (const t of datasetTables(sourced)) {
      expectSerializable(t);
      for (const c of t.columns) expect(c.description.length, `${t.name}.${c.name}`).toBeGreaterThan(5);
    }
  });

  it('formula protection applies to the printed text, note and source columns (CSV only; JSON keeps the text)', () => {
    const hostile: ScoreEntry = {
      ...sourced.scores.find((e) => e.code === '18.09' && e.year === 2021)!,
      printed: { score: '=1+2', grade: '@SUM(A1)', rank: '+3' },
      note: '-2 lines',
      source: { file: 'kepatuhan/sample.csv', line: 7, label: '=HYPERLINK("http://evil.example","klik")' },
    };
    const data = { ...sourced, scores: [hostile], mentions: [{ ...MENTIONS[0]!, printed: { grade: '＝cmd' }, note: '\t=x' }] };
    for (const table of [scoresTable(data), scoreReadingsTable(data), mentionsTable(data)]) {
      const csv = tableToCsv(table);
      const row = parse(csv)[0]!;
      for (const name of ['score_as_printed', 'grade_as_printed', 'rank_as_printed', 'note', 'source_label'] as const) {
        if (row[name] === undefined || row[name] === '') continue;
        expect(row[name]!.startsWith("'"), `${table.name}.${name} = ${row[name]}`).toBe(true);
      }
      const json = JSON.parse(tableToJson(table)) as Record<string, unknown>[];
      expect(json[0]!.grade_as_printed).toBe(table === mentionsTable(data) ? '＝cmd' : (json[0]!.grade_as_printed as string));
    }
    const scoresRow = parse(tableToCsv(scoresTable(data)))[0]!;
    expect([scoresRow.score_as_printed, scoresRow.grade_as_printed, scoresRow.rank_as_printed, scoresRow.note, scoresRow.source_label]).toEqual([
      "'=1+2",
      "'@SUM(A1)",
      "'+3",
      "'-2 lines",
      `'=HYPERLINK("http://evil.example","klik")`,
    ]);
    expect(num(scoresRow.score)).toBe(62.1); // number columns untouched
    const mentionRow = parse(tableToCsv(mentionsTable(data)))[0]!;
    expect([mentionRow.grade_as_printed, mentionRow.note]).toEqual(["'＝cmd", "'\t=x"]);
    expect((JSON.parse(tableToJson(scoresTable(data))) as Record<string, unknown>[])[0]!.score_as_printed).toBe('=1+2');
  });

  it('source host: without www., null for no link or a malformed one', () => {
    expect(hostOf('https://www.Kompas.com/a')).toBe('kompas.com');
    expect(hostOf('http://lampung.antaranews.com/x')).toBe('lampung.antaranews.com');
    expect(hostOf(undefined)).toBeNull();
    expect(hostOf('not a url')).toBeNull();
  });
});

describe('figures behind a chart: sources', () => {
  it('trend: each year’s source link, how many sources, and the differing values with their hosts', () => {
    const profile = regionProfile(sourced, '18.09')!;
    const table = trendFigures({ ...profile, from: 2019, to: 2022, mentions: sourced.mentions });
    expect(table.rows.map((r) => [r.year, r.status, r.source_url, r.source_host, r.sources, r.sources_differ, r.other_values])).toEqual([
      [2019, 'scored', null, null, 1, 'no', null],
      [2020, 'no_assessment', null, null, null, null, null],
      [2021, 'scored', ORI_URL, 'ombudsman.go.id', 3, 'yes', '61.2 kuning (lampung.antaranews.com)'],
      [2022, 'scored', null, null, 1, 'no', null],
    ]);
    expectSerializable(table);
  });

  it('trend: a year a page names the region without a value is "mentioned", with that page', () => {
    const metro = trendFigures({ ...regionProfile(sourced, '18.72')!, from: 2021, to: 2022, mentions: sourced.mentions });
    expect(metro.rows.find((r) => r.year === 2022)).toMatchObject({
      status: 'mentioned',
      score: null,
      source_url: MENTIONS[0]!.source.url,
      sources: 0,
      sources_differ: null,
    });
    // Without the mention, the same year has no published figure.
    const bare = trendFigures({ ...regionProfile(sourced, '18.72')!, from: 2021, to: 2022, mentions: [] });
    expect(bare.rows.find((r) => r.year === 2022)).toMatchObject({ status: 'no_published_figure' });
  });

  it('trend: a 2025 opinion year carries its opinion level and source', () => {
    const data = { ...sourced, scores: [...sourced.scores, OPINION_2025] };
    const table = trendFigures({ ...regionProfile(data, '18.09')!, from: 2024, to: 2025 });
    expect(table.rows).toEqual([
      expect.objectContaining({ year: 2024, status: 'no_published_figure', opinion: null }),
      expect.objectContaining({
        year: 2025,
        status: 'scored',
        score: 82,
        zone: null,
        opinion: 'tinggi',
        scheme: 'opini-ombudsman-2025',
        source_host: 'ombudsman.go.id',
      }),
    ]);
  });

  it('readingValue: a few words per reading', () => {
    expect(readingValue({ score: 77.07, zone: 'kuning', category: null, source: { file: 'f', line: 1 } })).toBe('77.07 kuning');
    expect(readingValue({ score: null, zone: 'hijau', category: 'B', source: { file: 'f', line: 1 } })).toBe('B hijau');
    expect(readingValue(OPINION_2025)).toBe('82 tinggi tanpa maladministrasi');
  });

  it('map: the opinion, the source of each region’s figure and whether sources differ', () => {
    const table = mapFigures(sourced, 2021);
    expect(table.rows.map((r) => [r.code, r.zone, r.source_url, r.sources_differ])).toEqual([
      ['18.09', 'kuning', ORI_URL, 'yes'],
      ['18.72', 'hijau', null, 'no'],
      ['35.14', null, null, null],
      ['35.75', 'hijau', LOCAL_URL, 'no'],
    ]);
    const opinion = mapFigures({ ...sourced, scores: [...sourced.scores, OPINION_2025] }, 2025);
    expect(opinion.rows.find((r) => r.code === '18.09')).toMatchObject({ zone: null, opinion: 'tinggi', score: 82 });
    expectSerializable(table);
  });
});
