import { describe, expect, it } from 'vitest';
import { hostOf } from '../../src/lib/links.ts';
import {
  coverageTable,
  opinionSample,
  provinceCoverage,
  provinceCoverageByYear,
  provinceDefaultYear,
  yearCoverage,
  type CoverageData,
} from '../../src/lib/model/coverage.ts';
import { coverageText, provinceCoverageSentence } from '../../src/lib/model/coverage-text.ts';
import type { NationalCount, Region, ScoreEntry } from '../../src/lib/types.ts';

function region(code: string): Region {
  return { code, name: `Kabupaten ${code}`, shortName: code, kind: code.endsWith('.71') ? 'kota' : 'kabupaten', provinceCode: code.slice(0, 2), slug: code };
}

function entry(code: string, year: number, score: number | null, zone: ScoreEntry['zone'], extra: Partial<ScoreEntry> = {}): ScoreEntry {
  return {
    code,
    level: code.includes('.') ? 'kabupaten' : 'provinsi',
    year,
    score,
    zone,
    category: null,
    scheme: 'test',
    source: { file: 't.csv', line: 1 },
    ...extra,
  };
}

function count(
  year: number,
  level: NationalCount['level'],
  assessed: number,
  zones: Partial<NationalCount['zones']> = {},
  url = 'https://www.ombudsman.go.id/a',
): NationalCount {
  return { year, level, assessed, zones: { hijau: null, kuning: null, merah: null, ...zones }, source: { file: 'n.csv', line: 2, url } };
}

const registry = {
  provinces: [
    { code: '73', name: 'Sulawesi Selatan', slug: 'sulawesi-selatan' },
    { code: '18', name: 'Lampung', slug: 'lampung' },
  ],
  regions: ['73.01', '73.02', '73.71', '18.01', '18.02'].map(region),
};

const opinion = (level: 'tertinggi' | 'tinggi') => ({ opinion: { level, quality: null, withoutMaladministration: false } });

const data: CoverageData = {
  registry,
  scores: [
    entry('73.01', 2019, 70, 'kuning'),
    entry('73.02', 2019, null, 'hijau'),
    entry('73.71', 2019, 85, 'hijau'),
    entry('18.01', 2019, null, 'merah'),
    entry('73', 2019, 90, 'hijau'), // the provincial government: never counted with kabupaten/kota
    entry('73.01', 2024, null, 'hijau', { category: 'A' }),
    entry('73.01', 2025, 82, null, opinion('tertinggi')),
    entry('18.02', 2025, null, null, opinion('tinggi')),
  ],
  national: [
    count(2019, 'kabupaten', 215, {}, 'https://jambi.antaranews.com/berita/1'),
    count(2019, 'kota', 36, {}, 'https://jambi.antaranews.com/berita/1'),
    count(2018, 'kabupaten-kota', 248, { hijau: 81, kuning: 110, merah: 57 }),
    count(2024, 'kabupaten', 416, { hijau: 339 }),
    count(2024, 'kota', 98, { hijau: 94 }),
    count(2023, 'semua', 586, { hijau: 414, kuning: 133, merah: 39 }, 'http://nasional.kompas.com/read/x'),
    count(2025, 'provinsi', 38, {}, 'https://www.pantau.com/x'),
    count(2025, 'kota', 56, {}, 'https://www.pantau.com/x'),
    count(2025, 'kabupaten', 170, {}, 'https://www.pantau.com/x'),
  ],
};

describe('yearCoverage', () => {
  it('counts kabupaten/kota with a published figure and with a score, beside ORI’s own count and its source', () => {
    const c = yearCoverage(data, 2019);
    expect(c).toMatchObject({ year: 2019, method: 'zones', published: 4, scored: 2, total: 5, oriAllBodies: null, sample: null });
    expect(c.ori).toEqual({ assessed: 251, zones: null, sources: [{ url: 'https://jambi.antaranews.com/berita/1', host: 'jambi.antaranews.com' }] });
    expect(c.zones).toEqual({ merah: 1, kuning: 1, hijau: 2, total: 4 });
  });

  it('keeps ORI’s zone counts where printed (2024: hijau only)', () => {
    expect(yearCoverage(data, 2024).ori?.zones).toEqual({ hijau: 433, kuning: null, merah: null });
    expect(yearCoverage(data, 2018).ori?.zones).toEqual({ hijau: 81, kuning: 110, merah: 57 });
  });

  it('uses a count of every body only when ORI gave no kabupaten/kota count (2023)', () => {
    const c = yearCoverage(data, 2023);
    expect(c.ori).toBeNull();
    expect(c.oriAllBodies).toEqual({ assessed: 586, sources: [{ url: 'http://nasional.kompas.com/read/x', host: 'nasional.kompas.com' }] });
  });

  it('describes 2025 as a sample under the opinion method, with opinion counts and no zones', () => {
    const c = yearCoverage(data, 2025);
    expect(c.method).toBe('opinion');
    expect(c.sample).toEqual({ provinsi: 38, kabupaten: 170, kota: 56, sources: [{ url: 'https://www.pantau.com/x', host: 'pantau.com' }] });
    expect(c.opinions).toMatchObject({ tertinggi: 1, tinggi: 1, total: 2 });
    expect(c.zones.total).toBe(0);
  });
});

describe('coverageText', () => {
  it('says how many have a figure and how many ORI assessed (id)', () => {
    const text = coverageText(yearCoverage(data, 2019));
    expect(text.published).toBe('4 dari 5 kabupaten/kota punya angka yang dipublikasikan untuk 2019 (2 dengan skor).');
    expect(text.ori).toBe('ORI menilai 251 kabupaten/kota pada 2019; angka 4 di antaranya ditemukan.');
    expect(text.sources.map((s) => s.host)).toEqual(['jambi.antaranews.com']);
    expect(text.zones).toBeNull();
  });

  it('puts ORI’s printed zone counts beside the counts found, null where ORI gave none', () => {
    const text = coverageText(yearCoverage(data, 2024));
    expect(text.zones?.rows).toEqual([
      { who: 'ori', label: 'ORI, nasional', hijau: '433', kuning: null, merah: null },
      { who: 'found', label: 'Ditemukan di sini', hijau: '1', kuning: '0', merah: '0' },
    ]);
  });

  it('explains 2025 as a sample and a new method, in English too', () => {
    const id = coverageText(yearCoverage(data, 2025));
    expect(id.ori).toContain('metode baru');
    expect(id.ori).toContain('38 provinsi, 56 kota dan 170 kabupaten');
    expect(id.zones).toBeNull();
    const en = coverageText(yearCoverage(data, 2025), 'en');
    expect(en.published).toBe('2 of 5 regencies and cities have a published figure for 2025 (1 with a score).');
    expect(en.ori).toContain('38 provinces, 56 cities and 170 regencies');
  });

  it('says when ORI’s count is unknown, and when nothing was published', () => {
    const text = coverageText(yearCoverage(data, 2016));
    expect(text.published).toBe('Belum ada angka yang dipublikasikan untuk kabupaten/kota pada 2016.');
    expect(text.ori).toBe('Berapa kabupaten/kota yang dinilai ORI pada 2016 belum ditemukan.');
    expect(text.sources).toEqual([]);
  });
});

describe('province coverage', () => {
  it('is complete only when every registry kabupaten/kota of the province has a figure', () => {
    expect(provinceCoverage(data, '73', 2019)).toEqual({ year: 2019, published: 3, scored: 2, total: 3, complete: true });
    expect(provinceCoverage(data, '18', 2019)).toEqual({ year: 2019, published: 1, scored: 0, total: 2, complete: false });
    expect(provinceCoverage(data, '18', 2024).complete).toBe(false);
  });

  it('reads "Semua …", "… dari …; daftar tidak lengkap" or "Belum ada angka …"', () => {
    expect(provinceCoverageSentence(provinceCoverage(data, '73', 2019), 'Sulawesi Selatan')).toBe(
      'Semua 3 kabupaten/kota di Provinsi Sulawesi Selatan punya angka yang dipublikasikan untuk 2019.',
    );
    expect(provinceCoverageSentence(provinceCoverage(data, '18', 2019), 'Lampung')).toBe(
      '1 dari 2 kabupaten/kota di Provinsi Lampung punya angka yang dipublikasikan untuk 2019; daftar tidak lengkap.',
    );
    expect(provinceCoverageSentence(provinceCoverage(data, '18', 2024), 'Lampung', 'en')).toBe(
      'No regency or city in Lampung Province has a published figure for 2024 yet.',
    );
  });

  it('lists each year and opens on the latest year with a figure in the province', () => {
    expect(provinceCoverageByYear(data, '18', [2025, 2019, 2024]).map((c) => [c.year, c.published])).toEqual([
      [2019, 1],
      [2024, 0],
      [2025, 1],
    ]);
    expect(provinceDefaultYear(data, '73', [2019, 2024, 2025])).toBe(2025);
    expect(provinceDefaultYear({ registry, scores: data.scores.filter((e) => e.year !== 2025) }, '18', [2019, 2024, 2025])).toBe(2019);
    // A province without any figure opens on no map: a year without figures has no map page, embed or download.
    expect(provinceDefaultYear(data, '99', [2019, 2024])).toBeNull();
    expect(provinceDefaultYear(data, '73', [])).toBeNull();
  });
});

describe('hostOf', () => {
  it('gives the host without www., and nothing for a non-http link', () => {
    expect(hostOf('https://www.ombudsman.go.id/news/r/x')).toBe('ombudsman.go.id');
    expect(hostOf('javascript:alert(1)')).toBeNull();
    expect(hostOf('not a url')).toBeNull();
  });
});

describe('coverageTable: the methodology page’s coverage per year', () => {
  const rows = coverageTable(data);
  it('every year from the first to the last with a figure or an ORI count, a year without assessment included', () => {
    expect(rows.map((r) => r.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(rows.filter((r) => r.noAssessment).map((r) => r.year)).toEqual([2020]);
  });
  it('kabupaten/kota as counted from the figures, provincial governments apart, ORI’s counts with their sources', () => {
    const y2019 = rows.find((r) => r.year === 2019)!;
    expect(y2019).toEqual({
      year: 2019,
      noAssessment: false,
      regions: { published: 4, scored: 2, total: 5 },
      provinces: 1,
      oriRegions: { count: 251, sources: ['https://jambi.antaranews.com/berita/1'] },
      oriProvinces: null,
    });
    expect(rows.find((r) => r.year === 2025)!.oriProvinces).toEqual({ count: 38, sources: ['https://www.pantau.com/x'] });
  });
  it('nothing without figures or counts', () => {
    expect(coverageTable({ registry, scores: [], national: [] })).toEqual([]);
  });
});

describe('opinionSample: ORI’s sample in the first opinion year', () => {
  it('the three levels’ counts with their sources, once each', () => {
    expect(opinionSample(data.national, { from: 2025 })).toEqual({ provinces: 38, kota: 56, kabupaten: 170, sources: ['https://www.pantau.com/x'] });
  });
  it('null unless all three are printed', () => {
    expect(opinionSample(data.national, { from: 2024 })).toBeNull();
  });
});
