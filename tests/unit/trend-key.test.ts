import { describe, expect, it } from 'vitest';
import { trendKey } from '../../src/lib/charts/trend-key.ts';
import { trendLegend } from '../../src/lib/images/legends.ts';
import type { SeriesPoint } from '../../src/lib/model/series.ts';
import { classify, schemeFor } from '../../src/lib/zones.ts';

function scored(year: number, score: number): SeriesPoint {
  const band = classify(year, score)!;
  return { year, score, zone: band.zone, category: band.category, scheme: schemeFor(year)!.id };
}
const zoneOnly = (year: number, zone: SeriesPoint['zone']): SeriesPoint => ({ year, score: null, zone, category: null, scheme: schemeFor(year)!.id });

describe('trendKey: what the trend chart draws, for its page legend and its download key', () => {
  it('lists only what is drawn: a full history has no hatched years; medians only when some fall in range', () => {
    const points = [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024].map((y) => scored(y, 70));
    const key = trendKey({ from: 2015, to: 2024, points, provinceMedians: new Map([[2014, 50]]), nationalMedians: new Map([[2024, 75]]) });
    expect(key).toEqual({
      region: true,
      provinceMedian: false,
      nationalMedian: true,
      unpublished: false,
      gradeOnly: false,
      gap: true,
      opinionFrom: null,
      schemeChange: 2022,
    });
  });
  it('knows hatched years, zone-only bars, the 2025 method, and a line with no score at all', () => {
    const key = trendKey({ from: 2019, to: 2025, points: [zoneOnly(2019, 'hijau')], provinceMedians: null, nationalMedians: null });
    expect(key).toEqual({
      region: false,
      provinceMedian: false,
      nationalMedian: false,
      unpublished: true,
      gradeOnly: true,
      gap: true,
      opinionFrom: 2025,
      schemeChange: 2022,
    });
    expect(trendKey({ from: 2022, to: 2024, points: [], provinceMedians: null, nationalMedians: null })).toMatchObject({ gap: false, schemeChange: null });
  });
});

describe('trendLegend: the key inside a downloaded trend picture', () => {
  it('has an entry for each thing drawn and none for what is not (no "Median provinsi" without a province median)', () => {
    const key = trendKey({ from: 2019, to: 2025, points: [zoneOnly(2019, 'hijau')], provinceMedians: null, nationalMedians: null });
    expect(trendLegend('Kabupaten X', 'id', key).map((item) => item.label)).toEqual([
      'Batang: zona/kategori tanpa skor',
      'Latar: zona menurut skema tahun itu',
      'Arsiran: belum ada angka yang dipublikasikan',
      'Abu-abu: tidak ada penilaian',
      'Sejak 2025: opini, metode baru (bukan zona)',
    ]);
    const full = {
      region: true,
      provinceMedian: true,
      nationalMedian: true,
      unpublished: false,
      gradeOnly: false,
      gap: false,
      opinionFrom: null,
      schemeChange: null,
    };
    expect(trendLegend('Kabupaten X', 'en', full).map((item) => item.label)).toEqual([
      'Score of Kabupaten X',
      'Province median',
      'National median',
      'Background: zones under each year’s scheme',
    ]);
  });
});
