import { describe, expect, it } from 'vitest';
import { mediansByYear, segments, seriesOf, yearOverYear, type SeriesPoint } from '../../src/lib/model/series.ts';
import { MIN_SCORES_FOR_MEDIAN } from '../../src/lib/model/stats.ts';
import type { ScoreEntry } from '../../src/lib/types.ts';

function entry(year: number, score: number | null, zone: ScoreEntry['zone'], extra: Partial<ScoreEntry> = {}): ScoreEntry {
  return {
    code: '18.09',
    level: 'kabupaten',
    year,
    score,
    category: null,
    zone,
    scheme: year >= 2022 ? 'opini-2022' : 'zona-2013',
    source: { file: 't.csv', line: year },
    ...extra,
  };
}
const p = (year: number, score: number | null, zone: SeriesPoint['zone'] = 'kuning', category: SeriesPoint['category'] = null): SeriesPoint => ({
  year,
  score,
  zone,
  category,
  scheme: year >= 2022 ? 'opini-2022' : 'zona-2013',
});

describe('seriesOf', () => {
  it('sorts by year and keeps the first entry of a duplicated year', () => {
    const s = seriesOf([entry(2022, 70, 'kuning'), entry(2018, 40, 'merah'), entry(2018, 99, 'hijau')]);
    expect(s.map((x) => [x.year, x.score])).toEqual([
      [2018, 40],
      [2022, 70],
    ]);
  });
});

describe('segments: a line never bridges a missing year', () => {
  it('splits at a gap in the sample, at 2020 and at a grade-only year', () => {
    const runs = segments([p(2015, 10), p(2016, 20), p(2018, 30), p(2019, 40), p(2021, 50), p(2022, null), p(2023, 60), p(2024, 70)]);
    expect(runs.map((r) => r.map((x) => x.year))).toEqual([[2015, 2016], [2018, 2019], [2021], [2023, 2024]]);
  });
  it('never joins 2024 and 2025 (a change of method), even with scores in both', () => {
    const runs = segments([p(2022, 60), p(2023, 65), p(2024, 70), p(2025, 82, null), p(2026, 84, null)]);
    expect(runs.map((r) => r.map((x) => x.year))).toEqual([
      [2022, 2023, 2024],
      [2025, 2026],
    ]);
  });
  it('returns nothing for no points and one run for consecutive years in any order', () => {
    expect(segments([])).toEqual([]);
    expect(segments([p(2023, 1), p(2022, 2)]).map((r) => r.map((x) => x.year))).toEqual([[2022, 2023]]);
  });
});

describe('yearOverYear', () => {
  it('compares consecutive assessments', () => {
    const [first, second] = yearOverYear([p(2018, 48.2, 'merah'), p(2019, 82.1, 'hijau')]);
    expect(first).toMatchObject({ previous: null, change: null, zoneMove: null, missedYears: [], schemeChanged: false });
    expect(second).toMatchObject({ change: 33.9, zoneMove: 'up', missedYears: [], noAssessmentYears: [], schemeChanged: false });
    expect(second?.previous?.year).toBe(2018);
  });
  it('compares across missing years with the last earlier assessment and names the years in between', () => {
    const changes = yearOverYear([p(2015, 60), p(2019, 55.5), p(2021, 70)]);
    expect(changes[1]).toMatchObject({ change: -4.5, missedYears: [2016, 2017, 2018], noAssessmentYears: [] });
    expect(changes[1]?.previous?.year).toBe(2015);
    // 2020: no assessment anywhere — not a year the region "missed".
    expect(changes[2]).toMatchObject({ change: 14.5, missedYears: [], noAssessmentYears: [2020] });
  });
  it('flags the 2021 → 2022 scheme change and compares zones by rank', () => {
    // 52 was kuning in 2021 and is merah (D) in 2022: same score, lower zone.
    const [, change] = yearOverYear([p(2021, 52, 'kuning'), p(2022, 52, 'merah', 'D')]);
    expect(change).toMatchObject({ change: 0, schemeChanged: true, zoneMove: 'down' });
    const [, within] = yearOverYear([p(2022, 80, 'hijau', 'B'), p(2023, 90, 'hijau', 'A')]);
    expect(within).toMatchObject({ change: 10, schemeChanged: false, zoneMove: 'same' });
  });
  it('has no numeric change when either year is grade-only', () => {
    const [, change] = yearOverYear([p(2021, 62.1), p(2022, null, 'kuning', 'C')]);
    expect(change).toMatchObject({ change: null, zoneMove: 'same', schemeChanged: true });
  });
  it('handles a gap that spans 2020 and the scheme change at once', () => {
    const [, change] = yearOverYear([p(2018, 45, 'merah'), p(2023, 80, 'hijau', 'B')]);
    expect(change).toMatchObject({ change: 35, missedYears: [2019, 2021, 2022], noAssessmentYears: [2020], schemeChanged: true });
  });
  it('computes no change and no zone move across the 2024 → 2025 method break', () => {
    const opinion = { level: 'tinggi' as const, quality: 'baik' as const, withoutMaladministration: false };
    const [, across, within] = yearOverYear([
      p(2024, 70, 'kuning', 'C'),
      { ...p(2025, 82, null), scheme: 'opini-ombudsman-2025', opinion },
      { ...p(2026, 85, null), scheme: 'opini-ombudsman-2025', opinion },
    ]);
    expect(across).toMatchObject({ change: null, zoneMove: null, methodBreak: true, schemeChanged: true, missedYears: [] });
    expect(within).toMatchObject({ change: 3, zoneMove: null, methodBreak: false, schemeChanged: false });
    const [, early] = yearOverYear([p(2019, 70), p(2021, 75)]);
    expect(early).toMatchObject({ methodBreak: false, zoneMove: 'same' });
  });
  it('returns nothing for no points', () => {
    expect(yearOverYear([])).toEqual([]);
  });
});

describe('mediansByYear', () => {
  const scored = (year: number, scores: number[]) => scores.map((score, i) => entry(year, score, 'kuning', { code: `18.${String(i + 1).padStart(2, '0')}` }));
  it('takes the median of kabupaten/kota scores per year, ignoring provincial and grade-only rows', () => {
    const medians = mediansByYear([
      ...scored(2022, [10, 20, 30, 40]),
      entry(2022, null, 'hijau', { category: 'A' }),
      entry(2022, 100, 'hijau', { level: 'provinsi', code: '18' }),
      entry(2022, 100, 'hijau', { level: 'provinsi', code: '12' }),
      ...scored(2022, [25]),
      ...scored(2021, [40, 41, 42, 43, 44, 45]),
    ]);
    expect([...medians]).toEqual([
      [2021, 42.5],
      [2022, 25],
    ]);
  });
  it(`leaves out years with fewer than ${MIN_SCORES_FOR_MEDIAN} scores (provincial and grade-only rows do not count)`, () => {
    expect(MIN_SCORES_FOR_MEDIAN).toBe(5);
    const medians = mediansByYear([
      ...scored(2019, [10, 20, 30, 40]),
      entry(2019, null, 'hijau'),
      entry(2019, 90, 'hijau', { level: 'provinsi', code: '18' }),
      ...scored(2021, [10, 20, 30, 40, 50]),
    ]);
    expect([...medians]).toEqual([[2021, 30]]);
  });
  it('leaves out years without any score', () => {
    expect(mediansByYear([entry(2022, null, 'hijau')]).size).toBe(0);
  });
});
