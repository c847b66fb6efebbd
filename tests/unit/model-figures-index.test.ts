import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/model/load.ts';
import { compareData } from '../../src/lib/model/compare-data.ts';
import { figuresIndex, regionProfile, yearSpan, type FiguresData } from '../../src/lib/model/figures-index.ts';
import { localeSearchIndex, searchIndex } from '../../src/lib/model/search-index.ts';
import type { ComplaintEntry, Region, ScoreEntry } from '../../src/lib/types.ts';

const fixture = loadDataset('tests/fixtures/processed-sample');

describe('regionProfile (fixture: Lampung 18.09, 18.72; Jawa Timur 35.14, 35.75)', () => {
  it('collects points, changes, ranks, medians and complaints of a region, never the provincial government', () => {
    const profile = regionProfile(fixture, '18.09')!;
    expect(profile.region.name).toBe('Kabupaten Pesawaran');
    expect(profile.province?.name).toBe('Lampung');
    expect(profile.points.map((p) => [p.year, p.score])).toEqual([
      [2019, 45.67],
      [2021, 62.1],
      [2022, 88.5],
    ]);
    expect(profile.latest).toMatchObject({ change: 26.4, schemeChanged: true, noAssessmentYears: [] });
    expect(profile.changes[1]).toMatchObject({ noAssessmentYears: [2020], change: 16.43 });
    // 2022: kabupaten 18.09 (88.5) and 35.14 (80.25) → rank 1 of 2; in Lampung only 18.09 has a score.
    expect(profile.ranks).toEqual({ kind: { rank: 1, of: 2, tied: false }, province: { rank: 1, of: 1, tied: false } });
    // Medians need at least 5 scores in a year: the fixture has at most 3 (never the provincial government's).
    expect([...profile.provinceMedians]).toEqual([]);
    expect(profile.nationalMedians.size).toBe(0);
    // Too few regions in the province to flag a standing.
    expect(profile.standing).toBeNull();
    expect(profile.complaints.map((c) => c.year)).toEqual([2022]);
    expect(profile.entries.every((e) => e.level !== 'provinsi')).toBe(true);
    expect(profile.beforeMethodBreak).toBeNull();
    expect(profile.mentions).toEqual([]);
    // 35.14 is named without a figure in 2021.
    expect(regionProfile(fixture, '35.14')!.mentions.map((m) => [m.year, m.printed?.grade])).toEqual([[2021, 'belum mencapai zona hijau']]);
  });
  it('handles a region with a grade-only latest year and one never assessed', () => {
    const kota = regionProfile(fixture, '35.75')!;
    expect(kota.latest).toMatchObject({ change: null });
    expect(kota.latest?.point).toMatchObject({ year: 2022, score: null, category: 'C' });
    expect(kota.ranks).toEqual({ kind: null, province: null });
    const registry = {
      ...fixture.registry,
      regions: [
        ...fixture.registry.regions,
        { code: '18.10', name: 'Kabupaten Pringsewu', shortName: 'Pringsewu', kind: 'kabupaten', provinceCode: '18', slug: 'kabupaten-pringsewu' } as Region,
      ],
    };
    const never = regionProfile({ ...fixture, registry, scores: [...fixture.scores] }, '18.10')!;
    expect(never.points).toEqual([]);
    expect(never.latest).toBeNull();
    expect(never.ranks).toBeNull();
  });
  it('returns null for a code that is not a registry kabupaten/kota', () => {
    expect(regionProfile(fixture, '18')).toBeNull();
    expect(regionProfile(fixture, '99.99')).toBeNull();
  });
});

describe('standing against the province median', () => {
  function data(scores: [string, number][]): FiguresData {
    const regions: Region[] = scores.map(([code]) => ({
      code,
      name: `Kabupaten ${code}`,
      shortName: code,
      kind: 'kabupaten',
      provinceCode: '18',
      slug: `k-${code}`,
    }));
    const entries: ScoreEntry[] = scores.map(([code, score]) => ({
      code,
      level: 'kabupaten',
      year: 2024,
      score,
      category: null,
      zone: 'hijau',
      scheme: 'opini-2022',
      source: { file: 'x.csv', line: 1 },
    }));
    return { registry: { provinces: [{ code: '18', name: 'Lampung', slug: 'lampung' }], regions }, scores: entries, complaints: [] as ComplaintEntry[] };
  }
  it('flags a region more than one population SD from the median', () => {
    const d = data([
      ['18.01', 2],
      ['18.02', 4],
      ['18.03', 4],
      ['18.04', 4],
      ['18.05', 5],
      ['18.06', 5],
      ['18.07', 7],
      ['18.08', 9],
    ]);
    expect(regionProfile(d, '18.08')!.standing).toMatchObject({ median: 4.5, sd: 2, standing: 'above' });
    expect(regionProfile(d, '18.01')!.standing?.standing).toBe('below');
    expect(regionProfile(d, '18.05')!.standing?.standing).toBe('within');
    expect(regionProfile(d, '18.07')!.standing?.standing).toBe('above'); // 7 − 4.5 = 2.5 > 2
  });
});

describe('a region whose latest result is a 2025 opinion', () => {
  const regions: Region[] = ['18.01', '18.02', '18.03', '18.04', '18.05', '18.06'].map((code) => ({
    code,
    name: `Kabupaten ${code}`,
    shortName: code,
    kind: 'kabupaten',
    provinceCode: '18',
    slug: `k-${code}`,
  }));
  const entry = (code: string, year: number, score: number | null, extra: Partial<ScoreEntry> = {}): ScoreEntry => ({
    code,
    level: 'kabupaten',
    year,
    score,
    zone: year === 2025 ? null : 'hijau',
    category: year === 2025 ? null : 'B',
    scheme: year === 2025 ? 'opini-ombudsman-2025' : 'opini-2022',
    source: { file: 'x.csv', line: 1 },
    ...extra,
  });
  const opinion = { level: 'tinggi' as const, quality: 'baik' as const, withoutMaladministration: false };
  const scores = [...regions.map((r, i) => entry(r.code, 2024, 80 + i)), ...regions.map((r, i) => entry(r.code, 2025, 70 + i, { opinion }))];
  const data: FiguresData = { registry: { provinces: [{ code: '18', name: 'Lampung', slug: 'lampung' }], regions }, scores, complaints: [] };
  it('has no rank, standing or median from 2025 scores, and names the last result before the method change', () => {
    const profile = regionProfile(data, '18.06')!;
    expect(profile.latest).toMatchObject({ methodBreak: true, change: null, point: { year: 2025, score: 75 } });
    expect(profile.ranks).toBeNull();
    expect(profile.standing).toBeNull();
    expect(profile.beforeMethodBreak?.change.point).toMatchObject({ year: 2024, score: 85 });
    expect(profile.beforeMethodBreak?.ranks?.kind).toEqual({ rank: 1, of: 6, tied: false });
    expect([...profile.provinceMedians.keys()]).toEqual([2024]);
    expect([...profile.nationalMedians.keys()]).toEqual([2024]);
  });
});

describe('rankingRows', () => {
  it('adds ranks, consecutiveness and scheme changes to every registry row', () => {
    const rows = figuresIndex(fixture).rankingRows(2022);
    expect(rows).toHaveLength(4);
    const pesawaran = rows.find((r) => r.region.code === '18.09')!;
    expect(pesawaran).toMatchObject({ consecutive: true, schemeChanged: true, zoneMove: 'up', change: 26.4 });
    const metro = rows.find((r) => r.region.code === '18.72')!;
    expect(metro).toMatchObject({ score: null, zone: null, ranks: { kind: null, province: null }, zoneMove: null });
    const pasuruan = rows.find((r) => r.region.code === '35.14')!;
    // Assessed in 2019 and 2022, not 2021: not consecutive.
    expect(pasuruan).toMatchObject({ consecutive: false, change: 10.25 });
    expect(figuresIndex(fixture).rankingRows(2022)).toBe(rows); // cached
  });
});

describe('yearSpan', () => {
  it('every year from the first to the latest assessed year, the years without an assessment too', () => {
    expect(yearSpan({ years: [2019, 2021, 2022], latestYear: 2022 })).toEqual([2019, 2020, 2021, 2022]);
    expect(yearSpan({ years: [2023], latestYear: 2023 })).toEqual([2023]);
    expect(yearSpan({ years: [], latestYear: null })).toEqual([]);
  });
});

describe('searchIndex and compareData', () => {
  it('lists every region with its URL under the base path', () => {
    const entries = searchIndex(fixture.registry, (p) => `/zona${p}`);
    expect(entries[0]).toEqual({
      c: '18.09',
      n: 'Kabupaten Pesawaran',
      s: 'Pesawaran',
      p: 'Lampung',
      u: '/zona/daerah/18.09-kabupaten-pesawaran/',
      k: 'kabupaten',
    });
    expect(entries.map((e) => e.c)).toEqual(['18.09', '18.72', '35.14', '35.75']);
  });
  it('links to the pages of one language (/cari.json, /en/cari.json)', () => {
    expect(localeSearchIndex(fixture, 'id')[0]!.u).toMatch(/^\/(?:.*\/)?daerah\/18\.09-kabupaten-pesawaran\/$/);
    expect(localeSearchIndex(fixture, 'id')[0]!.u).not.toContain('/en/');
    expect(localeSearchIndex(fixture, 'en')[0]!.u).toMatch(/\/en\/daerah\/18\.09-kabupaten-pesawaran\/$/);
    expect(localeSearchIndex(fixture, 'en').map((e) => e.c)).toEqual(['18.09', '18.72', '35.14', '35.75']);
  });
  it('has every year from first to last, bands only for assessed schemes, and each region’s series', () => {
    const data = compareData(fixture);
    expect(data.years).toEqual([2019, 2020, 2021, 2022]);
    expect(data.bands['2020']).toBeUndefined();
    expect(data.bands['2021']).toEqual([
      [81, 'hijau', null],
      [51, 'kuning', null],
      [0, 'merah', null],
    ]);
    expect(data.bands['2022']?.[0]).toEqual([88, 'hijau', 'A']);
    expect(data.schemes['2022']).toBe('opini-2022');
    expect(data.series['18.09']).toEqual([
      [2019, 45.67, 'merah', null, null],
      [2021, 62.1, 'kuning', null, null],
      [2022, 88.5, 'hijau', 'A', null],
    ]);
    expect(data.series['35.75']?.at(-1)).toEqual([2022, null, 'kuning', 'C', null]);
    expect(Object.keys(data.series)).not.toContain('18');
  });
});

describe('figuresIndex memo', () => {
  it('is one index per dataset object, even for datasets sharing their scores (it also reads the registry)', () => {
    const renamed: FiguresData = {
      ...fixture,
      registry: { ...fixture.registry, regions: fixture.registry.regions.map((r) => (r.code === '18.09' ? { ...r, name: 'Kabupaten Renamed' } : r)) },
    };
    expect(figuresIndex(fixture)).toBe(figuresIndex(fixture));
    expect(figuresIndex(fixture).regionByCode.get('18.09')?.name).toBe('Kabupaten Pesawaran');
    expect(figuresIndex(renamed).regionByCode.get('18.09')?.name).toBe('Kabupaten Renamed');
  });
});
