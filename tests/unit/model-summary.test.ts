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
const opinion = (year: number, level: NonNullable<SeriesPoint['opinion']>['level'], clean: boolean, score: number | null = null): SeriesPoint => ({
  year,
  score,
  zone: null,
  category: null,
  opinion: { level, quality: null, withoutMaladministration: clean },
  scheme: schemeFor(year)!.id,
});
const name = 'Kabupaten Pesawaran';

describe('regionSummary', () => {
  it('writes the sentence for an increase (from merah to hijau)', () => {
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
  it('describes a single published result, in the latest year or older (later assessed years named, 2020 not)', () => {
    expect(regionSummary({ name, points: [p(2021, 54.55)], latestYear: 2021 })).toEqual([
      'Hanya satu hasil Kabupaten Pesawaran yang dipublikasikan: 2021, skor 54,55 (zona kuning).',
    ]);
    expect(regionSummary({ name, points: [p(2019, 31.08)], latestYear: 2022 })).toEqual([
      'Hanya satu hasil Kabupaten Pesawaran yang dipublikasikan: 2019, skor 31,08 (zona merah).',
      'Untuk 2021 dan 2022 belum ada angka Kabupaten Pesawaran yang dipublikasikan.',
    ]);
  });
  it('says when no result was ever published, and lists mentions without a figure', () => {
    expect(regionSummary({ name, points: [], latestYear: 2024 })).toEqual([
      'Belum ditemukan hasil penilaian kepatuhan Kabupaten Pesawaran yang dipublikasikan.',
    ]);
    expect(regionSummary({ name, points: [], latestYear: 2024, mentionYears: [2018, 2016, 2018] })).toEqual([
      'Belum ditemukan hasil penilaian kepatuhan Kabupaten Pesawaran yang dipublikasikan.',
      'Sumber menyebut Kabupaten Pesawaran tanpa angka untuk 2016 dan 2018.',
    ]);
  });
  it('names the years between two results without a published figure (never "not assessed")', () => {
    expect(regionSummary({ name, points: [p(2015, 40), p(2018, 60)], latestYear: 2018 })).toEqual([
      'Skor Kabupaten Pesawaran naik dari 40,00 (zona merah) pada 2015 menjadi 60,00 (zona kuning) pada 2018.',
      'Untuk 2016 dan 2017 belum ada angka Kabupaten Pesawaran yang dipublikasikan.',
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
      'Untuk 2019, 2021, dan 2022 belum ada angka Kabupaten Pesawaran yang dipublikasikan.',
      'Pada 2020 Ombudsman tidak melakukan penilaian.',
      expect.stringMatching(/^Sejak 2022 Ombudsman memakai kategori A–E/),
      'Untuk 2024 belum ada angka Kabupaten Pesawaran yang dipublikasikan.',
    ]);
  });
  it('does not mention the scheme when both years are under the same scheme', () => {
    const summary = regionSummary({ name, points: [p(2021, 52), p(2022, 70), p(2023, 72)], latestYear: 2023 });
    expect(summary.join(' ')).not.toMatch(/kategori A–E/);
  });
  it('handles grade-only years without inventing a number', () => {
    expect(regionSummary({ name, points: [p(2021, 62.1), gradeOnly(2022, 'kuning', 'C')], latestYear: 2022 })[0]).toBe(
      'Kabupaten Pesawaran mendapat zona kuning pada 2021 dan kategori C, zona kuning pada 2022; skor 2022 tidak dipublikasikan.',
    );
    expect(regionSummary({ name, points: [gradeOnly(2021, 'hijau', null), gradeOnly(2022, 'kuning', null)], latestYear: 2022 })[0]).toBe(
      'Kabupaten Pesawaran mendapat zona hijau pada 2021 dan zona kuning pada 2022; skor 2021 dan 2022 tidak dipublikasikan.',
    );
    expect(regionSummary({ name, points: [gradeOnly(2022, 'hijau', 'A')], latestYear: 2022 })).toEqual([
      'Hanya satu hasil Kabupaten Pesawaran yang dipublikasikan: 2022, kategori A, zona hijau, tanpa skor.',
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
  it('says where sources disagree', () => {
    expect(regionSummary({ name, points: [p(2017, 74.26)], latestYear: 2017, differingYears: [2017] }).at(-1)).toBe(
      'Untuk 2017 sumber yang dipublikasikan tidak sepakat; semua angkanya ada di tabel per tahun.',
    );
  });
  it('gives a 2025 opinion, the method break and the last earlier result, never a change across it', () => {
    const summary = regionSummary({ name, points: [p(2023, 80), p(2024, 88.54), opinion(2025, 'tinggi', true)], latestYear: 2025 });
    expect(summary).toEqual([
      'Pada 2025 Kabupaten Pesawaran mendapat opini Kualitas Tinggi tanpa maladministrasi.',
      expect.stringMatching(/^Sejak 2025 Ombudsman memakai metode baru, Opini Ombudsman: tanpa zona/),
      'Hasil terakhir dengan metode lama: 2024, skor 88,54 (kategori A, zona hijau).',
    ]);
    expect(summary.join(' ')).not.toMatch(/naik|turun|tetap/);
    const scored = regionSummary({ name, points: [gradeOnly(2022, 'kuning', null), opinion(2025, 'sedang', false, 61.98)], latestYear: 2025 }, 'en');
    expect(scored).toEqual([
      'In 2025 Kabupaten Pesawaran received opinion Kualitas Sedang (medium quality), with a score of 61.98.',
      expect.stringMatching(/^Since 2025 the Ombudsman has used a new method/),
      'Last result under the earlier method: 2022, yellow zone, without a score.',
      'No figure for Kabupaten Pesawaran has been published for 2023 and 2024.',
    ]);
  });
  it('handles a 2025-only region and a 2025 score printed without an opinion', () => {
    expect(regionSummary({ name, points: [opinion(2025, 'rendah', false)], latestYear: 2025 })).toEqual([
      'Pada 2025 Kabupaten Pesawaran mendapat opini Kualitas Rendah.',
      expect.stringMatching(/^Sejak 2025 Ombudsman memakai metode baru/),
    ]);
    const bare: SeriesPoint = { year: 2025, score: 57.3, zone: null, category: null, scheme: schemeFor(2025)!.id };
    expect(regionSummary({ name, points: [bare], latestYear: 2025 })[0]).toBe('Pada 2025 nilai Kabupaten Pesawaran 57,30; sumbernya tidak mencetak opini.');
  });
  it('leaves out a standing computed for an opinion year', () => {
    const standing = { year: 2025, result: { median: 70, sd: 5, n: 9, difference: 20, standing: 'above' as const } };
    expect(regionSummary({ name, points: [opinion(2025, 'tinggi', false, 90)], latestYear: 2025, standing }).join(' ')).not.toMatch(/median/);
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
