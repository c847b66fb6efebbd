import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/model/load.ts';
import {
  assessedYears,
  coverage,
  latestYear,
  opinionCounts,
  previousAssessedYear,
  provinceGovernmentScores,
  provinceRegionRows,
  provinceZoneCounts,
  regionRows,
  zoneCounts,
  type ScoreData,
} from '../../src/lib/model/queries.ts';
import type { Region, ScoreEntry } from '../../src/lib/types.ts';

const FIXTURE = 'tests/fixtures/processed-sample';
const dataset = loadDataset(FIXTURE);

function entry(code: string, year: number, score: number | null, zone: ScoreEntry['zone'], extra: Partial<ScoreEntry> = {}): ScoreEntry {
  return {
    code,
    level: code.includes('.') ? 'kabupaten' : 'provinsi',
    year,
    score,
    category: null,
    zone,
    scheme: 'test',
    source: { file: 'test.csv', line: 1 },
    ...extra,
  };
}

function region(code: string, name: string): Region {
  const provinceCode = code.slice(0, 2);
  return { code, name, shortName: name, kind: 'kabupaten', provinceCode, slug: name.toLowerCase() };
}

describe('loadDataset', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));
  /** A fresh copy of the fixture's files (each test its own, so they pass in any order), without `except`. */
  const copyOfFixture = (except?: string): string => {
    const folder = mkdtempSync(join(tmpdir(), 'zp-load-'));
    folders.push(folder);
    for (const name of readdirSync(FIXTURE).filter((n) => n !== except)) copyFileSync(join(FIXTURE, name), join(folder, name));
    return folder;
  };

  it('reads every processed file: regions, scores, mentions, national counts, complaints, manifest', () => {
    expect(dataset.registry.regions).toHaveLength(4);
    expect(dataset.registry.provinces).toHaveLength(2);
    expect(dataset.scores).toHaveLength(12);
    expect(dataset.mentions).toEqual([
      expect.objectContaining({
        code: '35.14',
        year: 2021,
        printed: { grade: 'belum mencapai zona hijau' },
        source: expect.objectContaining({ url: 'https://example.org/pasuruan-2021' }),
      }),
    ]);
    expect(dataset.national.map((c) => [c.year, c.level, c.assessed])).toEqual([
      [2019, 'kota', 36],
      [2019, 'kabupaten', 215],
      [2022, 'provinsi', 34],
      [2022, 'kota', 98],
      [2022, 'kabupaten', 415],
    ]);
    expect(dataset.complaints.length).toBeGreaterThan(0);
    expect(dataset.manifest.demo).toBe(true);
    expect(dataset.manifest.counts).toMatchObject({ scores: 12, mentions: 1, sourcesDiffer: 0 });
  });

  it('caches per folder', () => {
    expect(loadDataset(FIXTURE)).toBe(dataset);
    expect(loadDataset(resolve(FIXTURE))).toBe(dataset);
  });

  it('reads ZP_DATA_DIR when no folder is given', () => {
    const before = process.env.ZP_DATA_DIR;
    process.env.ZP_DATA_DIR = FIXTURE;
    try {
      expect(loadDataset()).toBe(dataset);
    } finally {
      if (before === undefined) delete process.env.ZP_DATA_DIR;
      else process.env.ZP_DATA_DIR = before;
    }
  });

  it('names the missing file and tells the user to run npm run ingest', () => {
    const tmp = copyOfFixture('manifest.json');
    expect(() => loadDataset(tmp)).toThrow(/manifest\.json/);
    expect(() => loadDataset(tmp)).toThrow(/^Processed data file not found: \S*manifest\.json\./);
    expect(() => loadDataset(tmp)).toThrow(/npm run ingest/);
    expect(() => loadDataset(join(tmp, 'does-not-exist'))).toThrow(/regions\.json.*npm run ingest/s);
  });

  it('re-reads after a file changes', () => {
    const tmp = copyOfFixture();
    const first = loadDataset(tmp);
    expect(first.manifest.demo).toBe(true);
    const manifest = JSON.parse(readFileSync(join(FIXTURE, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(tmp, 'manifest.json'), JSON.stringify({ ...manifest, demo: false }, null, 2));
    expect(loadDataset(tmp).manifest.demo).toBe(false);
  });

  it('reports invalid JSON with the file name', () => {
    const tmp = copyOfFixture();
    writeFileSync(join(tmp, 'scores.json'), '[{');
    expect(() => loadDataset(tmp)).toThrow(/scores\.json.*not valid JSON/);
  });

  it('reports a file of the wrong shape', () => {
    const tmp = copyOfFixture();
    writeFileSync(join(tmp, 'scores.json'), '{}');
    expect(() => loadDataset(tmp)).toThrow(/scores\.json.*array/);
    copyFileSync(join(FIXTURE, 'scores.json'), join(tmp, 'scores.json'));
    writeFileSync(join(tmp, 'mentions.json'), '{}');
    expect(() => loadDataset(tmp)).toThrow(/mentions\.json.*array of mentions/);
    copyFileSync(join(FIXTURE, 'mentions.json'), join(tmp, 'mentions.json'));
    writeFileSync(join(tmp, 'national.json'), 'null');
    expect(() => loadDataset(tmp)).toThrow(/national\.json.*array of national counts/);
  });
});

describe('assessedYears / latestYear / previousAssessedYear', () => {
  it('lists sorted unique kab/kota years, with the 2020 gap', () => {
    expect(assessedYears(dataset.scores)).toEqual([2019, 2021, 2022]);
    expect(latestYear(dataset.scores)).toBe(2022);
  });

  it('ignores years with only provincial rows', () => {
    const scores = [entry('35.14', 2019, 70, 'kuning'), entry('18', 2023, 90, 'hijau')];
    expect(assessedYears(scores)).toEqual([2019]);
    expect(latestYear(scores)).toBe(2019);
  });

  it('sorts numerically regardless of input order', () => {
    const scores = [entry('18.09', 2022, 1, 'merah'), entry('18.09', 2015, 1, 'merah'), entry('18.72', 2022, 1, 'merah')];
    expect(assessedYears(scores)).toEqual([2015, 2022]);
  });

  it('returns [] and null without scores', () => {
    expect(assessedYears([])).toEqual([]);
    expect(latestYear([])).toBeNull();
  });

  it('finds the previous assessed year across the 2020 gap', () => {
    expect(previousAssessedYear(dataset.scores, 2022)).toBe(2021);
    expect(previousAssessedYear(dataset.scores, 2021)).toBe(2019);
    expect(previousAssessedYear(dataset.scores, 2020)).toBe(2019);
    expect(previousAssessedYear(dataset.scores, 2019)).toBeNull();
  });
});

describe('zoneCounts', () => {
  it('counts kab/kota per zone and excludes province rows', () => {
    // 2022: 18.09 hijau, 35.14 hijau, 35.75 kuning (null score); province 18 hijau is excluded.
    expect(zoneCounts(dataset.scores, 2022)).toEqual({ merah: 0, kuning: 1, hijau: 2, total: 3 });
    // 2021: 18.09 kuning, 18.72 hijau, 35.75 kuning; province 18 hijau is excluded.
    expect(zoneCounts(dataset.scores, 2021)).toEqual({ merah: 0, kuning: 2, hijau: 1, total: 3 });
    expect(zoneCounts(dataset.scores, 2019)).toEqual({ merah: 1, kuning: 2, hijau: 0, total: 3 });
  });

  it('counts a grade-only entry (null score) in its zone', () => {
    const scores = [entry('35.75', 2022, null, 'kuning', { category: 'C' })];
    expect(zoneCounts(scores, 2022)).toEqual({ merah: 0, kuning: 1, hijau: 0, total: 1 });
  });

  it('is all zero for a year without assessment (2020)', () => {
    expect(zoneCounts(dataset.scores, 2020)).toEqual({ merah: 0, kuning: 0, hijau: 0, total: 0 });
  });

  it('counts kota rows as well as kabupaten rows', () => {
    const scores = [entry('18.72', 2022, 90, 'hijau', { level: 'kota' }), entry('18', 2022, 10, 'merah')];
    expect(zoneCounts(scores, 2022)).toEqual({ merah: 0, kuning: 0, hijau: 1, total: 1 });
  });
});

describe('regionRows', () => {
  const rows2022 = regionRows(dataset, 2022);
  const byCode = new Map(rows2022.map((r) => [r.region.code, r]));

  it('has one row per registry region, sorted by province then region code', () => {
    expect(rows2022.map((r) => r.region.code)).toEqual(['18.09', '18.72', '35.14', '35.75']);
    expect(rows2022.map((r) => r.provinceName)).toEqual(['Lampung', 'Lampung', 'Jawa Timur', 'Jawa Timur']);
  });

  it('sorts by province code first even if the registry is unsorted', () => {
    const data: ScoreData = {
      registry: {
        provinces: [
          { code: '35', name: 'Jawa Timur', slug: 'jawa-timur' },
          { code: '18', name: 'Lampung', slug: 'lampung' },
        ],
        regions: [region('35.75', 'B'), region('18.72', 'C'), region('35.14', 'D'), region('18.09', 'A')],
      },
      scores: [],
    };
    expect(regionRows(data, 2022).map((r) => r.region.code)).toEqual(['18.09', '18.72', '35.14', '35.75']);
  });

  it('fills score, zone, category and the change since the previous assessment', () => {
    expect(byCode.get('18.09')).toMatchObject({
      score: 88.5,
      zone: 'hijau',
      category: 'A',
      previous: { year: 2021, score: 62.1, zone: 'kuning' },
      change: 26.4,
    });
  });

  it('skips a missing year: previous is the most recent earlier assessment', () => {
    // 35.14 was not assessed in 2021, so 2022 is compared with 2019.
    expect(byCode.get('35.14')).toMatchObject({
      score: 80.25,
      zone: 'hijau',
      category: 'B',
      previous: { year: 2019, score: 70, zone: 'kuning' },
      change: 10.25,
    });
  });

  it('skips the 2020 gap', () => {
    const rows2021 = new Map(regionRows(dataset, 2021).map((r) => [r.region.code, r]));
    expect(rows2021.get('18.09')).toMatchObject({ previous: { year: 2019, score: 45.67 }, change: 16.43 });
    const rows2020 = regionRows(dataset, 2020);
    expect(rows2020).toHaveLength(4);
    expect(rows2020.every((r) => r.zone === null && r.score === null && r.change === null)).toBe(true);
    expect(rows2020.find((r) => r.region.code === '18.09')?.previous).toEqual({ year: 2019, score: 45.67, zone: 'merah' });
  });

  it('leaves zone null for a region not assessed that year, but still knows its previous entry', () => {
    expect(byCode.get('18.72')).toMatchObject({
      score: null,
      zone: null,
      category: null,
      previous: { year: 2021, score: 83, zone: 'hijau' },
      change: null,
    });
  });

  it('has a null change when the current score is null (grade only)', () => {
    expect(byCode.get('35.75')).toMatchObject({
      score: null,
      zone: 'kuning',
      category: 'C',
      previous: { year: 2021, score: 55.55, zone: 'kuning' },
      change: null,
    });
  });

  it('has a null change when the previous score is null, and null previous without history', () => {
    const data: ScoreData = {
      registry: { provinces: [{ code: '18', name: 'Lampung', slug: 'lampung' }], regions: [region('18.09', 'A'), region('18.10', 'B')] },
      scores: [entry('18.09', 2019, null, 'merah'), entry('18.09', 2021, 60, 'kuning'), entry('18.10', 2021, 70, 'kuning')],
    };
    const [a, b] = regionRows(data, 2021);
    expect(a).toMatchObject({ score: 60, previous: { year: 2019, score: null, zone: 'merah' }, change: null });
    expect(b).toMatchObject({ score: 70, previous: null, change: null });
  });

  it('ignores province rows that share a code prefix', () => {
    const rows2019 = regionRows(dataset, 2019);
    expect(rows2019.map((r) => r.region.code)).toEqual(['18.09', '18.72', '35.14', '35.75']);
    expect(rows2019.find((r) => r.region.code === '18.09')?.score).toBe(45.67);
  });

  it('rounds the change to two decimals, negative changes included', () => {
    const data: ScoreData = {
      registry: { provinces: [{ code: '18', name: 'Lampung', slug: 'lampung' }], regions: [region('18.09', 'A')] },
      scores: [entry('18.09', 2021, 80.1, 'hijau'), entry('18.09', 2022, 70.03, 'kuning')],
    };
    expect(regionRows(data, 2022)[0]?.change).toBe(-10.07);
    const same: ScoreData = { ...data, scores: [entry('18.09', 2021, 70.1, 'kuning'), entry('18.09', 2022, 70.1, 'kuning')] };
    expect(Object.is(regionRows(same, 2022)[0]?.change, 0)).toBe(true);
  });

  it('uses the province code when the province is missing from the registry', () => {
    const data: ScoreData = { registry: { provinces: [], regions: [region('18.09', 'A')] }, scores: [] };
    expect(regionRows(data, 2022)[0]?.provinceName).toBe('18');
  });
});

describe('province queries', () => {
  it("lists a provincial government's own scores oldest first, never kab/kota rows", () => {
    const scores = [entry('18', 2022, 90, 'hijau'), entry('18.09', 2021, 60, 'kuning'), entry('18', 2019, 70, 'kuning'), entry('35', 2019, 50, 'merah')];
    expect(provinceGovernmentScores(scores, '18').map((e) => [e.code, e.year])).toEqual([
      ['18', 2019],
      ['18', 2022],
    ]);
    expect(provinceGovernmentScores(scores, '31')).toEqual([]);
  });

  it("limits rows and zone counts to the province's kabupaten/kota", () => {
    const rows = provinceRegionRows(dataset, '35', 2022);
    expect(rows.map((r) => r.region.code)).toEqual(['35.14', '35.75']);
    expect(rows.every((r) => r.provinceSlug === 'jawa-timur')).toBe(true);
    expect(provinceZoneCounts(dataset, '35', 2022)).toEqual({ merah: 0, kuning: 1, hijau: 1, total: 2 });
    // The provincial government (code 18, level provinsi) is not a kabupaten/kota.
    expect(provinceZoneCounts(dataset, '18', 2022)).toEqual({ merah: 0, kuning: 0, hijau: 1, total: 1 });
  });
});

describe('coverage (published figures among the registry kabupaten/kota)', () => {
  it('counts values and scores per year, nationally and per province, never the provincial government', () => {
    // 2022: 18.09 88,5 A; 35.14 80,25 B; 35.75 C with no score; the provincial government 18 is not counted.
    expect(coverage(dataset, 2022)).toEqual({ published: 3, scored: 2, total: 4 });
    expect(coverage(dataset, 2022, '35')).toEqual({ published: 2, scored: 1, total: 2 });
    expect(coverage(dataset, 2022, '18')).toEqual({ published: 1, scored: 1, total: 2 });
    expect(coverage(dataset, 2019)).toEqual({ published: 3, scored: 3, total: 4 });
  });

  it('does not count a mention (a page naming the region without a value) as published', () => {
    expect(dataset.mentions.some((m) => m.code === '35.14' && m.year === 2021)).toBe(true);
    expect(coverage(dataset, 2021, '35')).toEqual({ published: 1, scored: 1, total: 2 });
  });

  it('is zero for a year without any figure (2020)', () => {
    expect(coverage(dataset, 2020)).toEqual({ published: 0, scored: 0, total: 4 });
  });

  it('counts a 2025 opinion without a score as published, not scored', () => {
    const opinion = { level: 'tinggi' as const, quality: 'baik' as const, withoutMaladministration: false };
    const data: ScoreData = {
      registry: { provinces: [], regions: [region('18.09', 'A'), region('18.10', 'B'), region('18.11', 'C')] },
      scores: [entry('18.09', 2025, null, null, { opinion }), entry('18.10', 2025, 82, null, { opinion }), entry('18', 2025, 90, null, { opinion })],
    };
    expect(coverage(data, 2025)).toEqual({ published: 2, scored: 1, total: 3 });
  });
});

describe('opinionCounts (2025–)', () => {
  const op = (level: 'tertinggi' | 'tinggi' | 'sedang' | 'rendah', withoutMaladministration = false) => ({
    opinion: { level, quality: null, withoutMaladministration },
  });

  it('counts kabupaten/kota per opinion level, Tanpa Maladministrasi or not, leaving out provincial governments', () => {
    const scores = [
      entry('18.09', 2025, 82, null, op('tinggi')),
      entry('18.10', 2025, null, null, op('tinggi', true)),
      entry('18.11', 2025, 91, null, op('tertinggi', true)),
      entry('18.12', 2025, 60, null, op('rendah')),
      entry('18', 2025, 90, null, op('tertinggi')),
      entry('18.09', 2024, 80, 'hijau', { category: 'B' }),
    ];
    expect(opinionCounts(scores, 2025)).toEqual({ tertinggi: 1, tinggi: 2, sedang: 0, rendah: 1, total: 4 });
  });

  it('is all zero for years graded in zones or letters', () => {
    expect(opinionCounts(dataset.scores, 2022)).toEqual({ tertinggi: 0, tinggi: 0, sedang: 0, rendah: 0, total: 0 });
  });
});

describe('regionRows under the 2025 opinion method', () => {
  it('carries the opinion, marks the row published, and computes no change across the method break', () => {
    const opinion = { level: 'tertinggi' as const, quality: 'sangat-baik' as const, withoutMaladministration: true };
    const data: ScoreData = {
      registry: { provinces: [{ code: '18', name: 'Lampung', slug: 'lampung' }], regions: [region('18.09', 'A'), region('18.10', 'B')] },
      scores: [entry('18.09', 2024, 70, 'kuning', { category: 'C' }), entry('18.09', 2025, 90.5, null, { opinion })],
    };
    const [withOpinion, without] = regionRows(data, 2025);
    expect(withOpinion).toMatchObject({
      score: 90.5,
      zone: null,
      category: null,
      opinion,
      published: true,
      previous: { year: 2024, score: 70, zone: 'kuning' },
      change: null,
    });
    expect(without).toMatchObject({ score: null, zone: null, opinion: null, published: false, previous: null, change: null });
  });

  it('marks a zone-only row published with no score', () => {
    const rows = regionRows(dataset, 2022);
    expect(rows.find((r) => r.region.code === '35.75')).toMatchObject({ score: null, zone: 'kuning', category: 'C', published: true, opinion: null });
    expect(rows.find((r) => r.region.code === '18.72')).toMatchObject({ score: null, zone: null, published: false });
  });
});
