import type { Category, ScoreEntry, Zone } from '../types.ts';
import { methodBreakBetween, schemeFor, YEARS_WITHOUT_ASSESSMENT, zoneRank } from '../zones.ts';
import { MIN_SCORES_FOR_MEDIAN, median, round2 } from './stats.ts';

/**
 * A government's scores over time, and what changed from one assessment to the next.
 *
 * Up to 2019 ORI assessed only a sample of regions, so many regions have gaps;
 * 2020 had no assessment at all; in 2022 the scheme changed (categories A–E with
 * new cut-offs). None of that is smoothed over here: a change always names the
 * year it compares with, lists the years in between, and says when the scheme differs.
 */

export interface SeriesPoint {
  year: number;
  /** Null for a grade-only row. */
  score: number | null;
  /** Null under the 2025– method (an opinion, not a zone). */
  zone: Zone | null;
  category: Category | null;
  /** 2025–: the Opini Ombudsman as printed. */
  opinion?: ScoreEntry['opinion'];
  /** Scheme id the zone was derived under (`zona-2013`, `opini-2022`, …). */
  scheme: string;
}

/** One government's points, oldest first (one per year; a duplicate year keeps the first entry). */
export function seriesOf(entries: readonly ScoreEntry[]): SeriesPoint[] {
  const byYear = new Map<number, SeriesPoint>();
  for (const e of entries) {
    if (byYear.has(e.year)) continue;
    byYear.set(e.year, { year: e.year, score: e.score, zone: e.zone, category: e.category, ...(e.opinion ? { opinion: e.opinion } : {}), scheme: e.scheme });
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * Runs of points in consecutive calendar years that have a score. A trend line is
 * drawn only within a run, so it never bridges a year without a score (a gap in the
 * sample, 2020, a grade-only year) nor the 2024 → 2025 change of method.
 */
export function segments<T extends { year: number; score: number | null }>(points: readonly T[]): T[][] {
  const runs: T[][] = [];
  let current: T[] = [];
  for (const p of [...points].sort((a, b) => a.year - b.year)) {
    if (p.score === null) {
      if (current.length) runs.push(current);
      current = [];
      continue;
    }
    const last = current.at(-1);
    if (last && (p.year !== last.year + 1 || methodBreakBetween(last.year, p.year))) {
      runs.push(current);
      current = [];
    }
    current.push(p);
  }
  if (current.length) runs.push(current);
  return runs;
}

export type ZoneMove = 'up' | 'down' | 'same';

export interface YearChange {
  /** This assessment. */
  point: SeriesPoint;
  /** The government's most recent earlier assessment, or null for its first. */
  previous: SeriesPoint | null;
  /** point.score − previous.score (2 decimals); null when either has no score. */
  change: number | null;
  /** Years between the two in which ORI assessed but this government has no entry. */
  missedYears: number[];
  /** Years between the two without any assessment by ORI (2020). */
  noAssessmentYears: number[];
  /** True when the two years fall under different zone schemes (e.g. 2021 → 2022). */
  schemeChanged: boolean;
  /** True when the method changed between the two (2024 → 2025): no change is computed across it. */
  methodBreak: boolean;
  /** Zone movement merah < kuning < hijau; null for a first assessment, across a method break or without zones. */
  zoneMove: ZoneMove | null;
}

/** Each assessment compared with the one before it (gaps skipped, and named). */
export function yearOverYear(points: readonly SeriesPoint[]): YearChange[] {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  return sorted.map((point, i): YearChange => {
    const previous = i > 0 ? sorted[i - 1]! : null;
    if (!previous) {
      return { point, previous: null, change: null, missedYears: [], noAssessmentYears: [], schemeChanged: false, methodBreak: false, zoneMove: null };
    }
    const missedYears: number[] = [];
    const noAssessmentYears: number[] = [];
    for (let y = previous.year + 1; y < point.year; y += 1) {
      if (YEARS_WITHOUT_ASSESSMENT.includes(y) || schemeFor(y) === null) noAssessmentYears.push(y);
      else missedYears.push(y);
    }
    const methodBreak = methodBreakBetween(previous.year, point.year);
    const change = !methodBreak && point.score !== null && previous.score !== null ? round2(point.score - previous.score) : null;
    const diff = point.zone !== null && previous.zone !== null ? zoneRank(point.zone) - zoneRank(previous.zone) : null;
    return {
      point,
      previous,
      change,
      missedYears,
      noAssessmentYears,
      schemeChanged: point.scheme !== previous.scheme,
      methodBreak,
      zoneMove: diff === null || methodBreak ? null : diff > 0 ? 'up' : diff < 0 ? 'down' : 'same',
    };
  });
}

/**
 * Median score per year of the given kabupaten/kota entries (provincial rows are
 * ignored; grade-only rows have no score and are left out). Years with fewer than
 * MIN_SCORES_FOR_MEDIAN scores are absent from the map: a median of the few
 * published figures would say more about which pages were found than about the region.
 */
export function mediansByYear(entries: readonly ScoreEntry[]): Map<number, number> {
  const byYear = new Map<number, number[]>();
  for (const e of entries) {
    if (e.level === 'provinsi' || e.score === null) continue;
    (byYear.get(e.year) ?? byYear.set(e.year, []).get(e.year)!).push(e.score);
  }
  const result = new Map<number, number>();
  for (const [year, values] of [...byYear].sort((a, b) => a[0] - b[0])) if (values.length >= MIN_SCORES_FOR_MEDIAN) result.set(year, median(values)!);
  return result;
}
