import { describe, expect, it } from 'vitest';
import { formatYearList, gradePhrase, regionSummary, schemeChangeSentence } from '../../src/lib/model/summary.ts';
import type { SeriesPoint } from '../../src/lib/model/series.ts';
import { classify, schemeFor } from '../../src/lib/zones.ts';

/** A point classified under its own year's scheme, like ingest does. */
function p(year: number, score: number): SeriesPoint {
  const band = classify(year, score)!;
  return { year, score, zone: band.zone, category: band.category, scheme: schemeFor(year)!.id };
}
const gradeOnly = (year: number, zone: SeriesPoint['zone'], category: SeriesPoint['category']): SeriesPoint => ({
  year,
  score: null,
  zone,
  category,
  scheme: schemeFor(year)!.id,
});
const name = 'Kabupaten Pesawaran';

describe('regionSummary', () => {
  it('writes the issue’s example sentence for an increase', () => {
    expect(regionSummary({ name, points: [p(2018, 48.2), p(2019, 82.1)], latestYear: 2019 })).toEqual([
      'Skor Kabupaten Pesawaran naik dari 48,20 (zona merah) pada 2018 menjadi 82,10 (zona hijau) pada 2019.',
    ]);
  });
  it('writes a decrease, and an unchanged score', () => {
    expect(regionSummary({ name, points: [p(2023, 80), p(2024, 75.5)], latestYear: 2024 })[0]).toBe(
      'Skor Kabupaten Pesawaran turun dari 80,00 (kategori B, zona hijau) pada 2023 menjadi 75,50 (kategori C, zona kuning) pada 2024.',
    );
    expect(regionSummary({ name, points: [p(2023, 60), p(2024, 60)], latestYear: 2024 })[0]).toBe(
      'Skor Kabupaten Pesawaran tetap 60,00: kategori C, zona kuning pada 2023 dan kategori C, zona kuning pada 2024.',
    );
  });
  it('describes a first assessment in the latest year, and a single older assessment', () => {
    expect(regionSummary({ name, points: [p(2021, 54.55)], latestYear: 2021 })).toEqual([
      'Kabupaten Pesawaran pertama kali dinilai pada 2021 dengan skor 54,55 (zona kuning).',
    ]);
    expect(regionSummary({ name, points: [p(2017, 31.08)], latestYear: 2024 })).toEqual([
      'Kabupaten Pesawaran hanya dinilai sekali, pada 2017, dengan skor 31,08 (zona merah).',
      'Kabupaten Pesawaran tidak dinilai pada 2024.',
    ]);
  });
  it('says when a region was never assessed', () => {
    expect(regionSummary({ name, points: [], latestYear: 2024 })).toEqual(['Kabupaten Pesawaran belum pernah dinilai dalam data ini.']);
  });
  it('names the missing sample years between two assessments', () => {
    expect(regionSummary({ name, points: [p(2015, 40), p(2018, 60)], latestYear: 2018 })).toEqual([
      'Skor Kabupaten Pesawaran naik dari 40,00 (zona merah) pada 2015 menjadi 60,00 (zona kuning) pada 2018.',
      'Kabupaten Pesawaran tidak dinilai pada 2016 dan 2017.',
    ]);
  });
  it('says there was no assessment in 2020', () => {
    expect(regionSummary({ name, points: [p(2019, 70), p(2021, 72)], latestYear: 2021 })).toEqual([
      'Skor Kabupaten Pesawaran naik dari 70,00 (zona kuning) pada 2019 menjadi 72,00 (zona kuning) pada 2021.',
      'Pada 2020 Ombudsman tidak melakukan penilaian.',
    ]);
  });
  it('explains the 2021 → 2022 scheme change, where the same score falls in another zone', () => {
    const summary = regionSummary({ name, points: [p(2021, 52), p(2022, 52)], latestYear: 2022 });
    expect(summary[0]).toBe('Skor Kabupaten Pesawaran tetap 52,00: zona kuning pada 2021 dan kategori D, zona merah pada 2022.');
    expect(summary[1]).toBe(
      'Sejak 2022 Ombudsman memakai kategori A–E dengan batas zona yang berbeda (hijau mulai 78,00, kuning mulai 54,00; sebelumnya 81,00 dan 51,00), sehingga zona sebelum dan sesudah 2022 tidak sepenuhnya sebanding.',
    );
    expect(summary).toHaveLength(2);
  });
  it('combines a gap across 2020 with the scheme change and a missing latest year', () => {
    const summary = regionSummary({ name, points: [p(2018, 45), p(2023, 80)], latestYear: 2024 });
    expect(summary).toEqual([
      'Skor Kabupaten Pesawaran naik dari 45,00 (zona merah) pada 2018 menjadi 80,00 (kategori B, zona hijau) pada 2023.',
      'Kabupaten Pesawaran tidak dinilai pada 2019, 2021, dan 2022.',
      'Pada 2020 Ombudsman tidak melakukan penilaian.',
      expect.stringMatching(/^Sejak 2022 Ombudsman memakai kategori A–E/),
      'Kabupaten Pesawaran tidak dinilai pada 2024.',
    ]);
  });
  it('does not mention the scheme when both years are under the same scheme', () => {
    const summary = regionSummary({ name, points: [p(2021, 52), p(2022, 70), p(2023, 72)], latestYear: 2023 });
    expect(summary.join(' ')).not.toMatch(/kategori A–E/);
  });
  it('handles grade-only years without inventing a number', () => {
    expect(regionSummary({ name, points: [p(2021, 62.1), gradeOnly(2022, 'kuning', 'C')], latestYear: 2022 })[0]).toBe(
      'Kabupaten Pesawaran dinilai zona kuning pada 2021 dan kategori C, zona kuning pada 2022; skor tidak diterbitkan untuk salah satu tahun itu.',
    );
    expect(regionSummary({ name, points: [gradeOnly(2022, 'hijau', 'A')], latestYear: 2022 })).toEqual([
      'Kabupaten Pesawaran pertama kali dinilai pada 2022: kategori A, zona hijau, tanpa skor yang diterbitkan.',
    ]);
  });
  it('adds the standing against the province median', () => {
    const standing = (s: 'above' | 'below' | 'within', difference: number) => ({
      year: 2024,
      result: { median: 70.5, sd: 5, n: 15, difference, standing: s },
    });
    const points = [p(2024, 88.54)];
    expect(regionSummary({ name, points, latestYear: 2024, standing: standing('above', 18.04) })[1]).toBe(
      'Pada 2024 skornya 18,04 poin di atas median kabupaten/kota di provinsinya (70,50), lebih dari satu simpangan baku.',
    );
    expect(regionSummary({ name, points, latestYear: 2024, standing: standing('below', -12) })[1]).toBe(
      'Pada 2024 skornya 12,00 poin di bawah median kabupaten/kota di provinsinya (70,50), lebih dari satu simpangan baku.',
    );
    expect(regionSummary({ name, points, latestYear: 2024, standing: standing('within', 1) })[1]).toBe(
      'Pada 2024 skornya berada dalam satu simpangan baku dari median kabupaten/kota di provinsinya (70,50).',
    );
  });
  it('accepts points in any order', () => {
    expect(regionSummary({ name, points: [p(2019, 82.1), p(2018, 48.2)], latestYear: 2019 })[0]).toMatch(/naik dari 48,20/);
  });
});

describe('summary helpers', () => {
  it('formats year lists in Indonesian', () => {
    expect(formatYearList([2018])).toBe('2018');
    expect(formatYearList([2016, 2017])).toBe('2016 dan 2017');
    expect(formatYearList([2016, 2017, 2018])).toBe('2016, 2017, dan 2018');
  });
  it('phrases grades with and without a category', () => {
    expect(gradePhrase({ zone: 'merah', category: null })).toBe('zona merah');
    expect(gradePhrase({ zone: 'hijau', category: 'A' })).toBe('kategori A, zona hijau');
  });
  it('describes the 2025 method change generically and nothing for unknown or equal schemes', () => {
    expect(schemeChangeSentence('opini-2022', 'opini-ombudsman-2025')).toMatch(/^Sejak 2025 Ombudsman memakai skema penilaian baru \(Opini Ombudsman/);
    expect(schemeChangeSentence('zona-2013', 'zona-2013')).toBeNull();
    expect(schemeChangeSentence('zona-2013', 'nope')).toBeNull();
  });
});
