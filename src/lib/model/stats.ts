import { mean as arrayMean, median as arrayMedian } from 'd3-array';

/**
 * Small descriptive statistics for compliance scores (0–100, two decimals).
 *
 * - Median (d3-array): the middle value of the sorted scores; with an even count, the
 *   mean of the two middle values (rounded to two decimals, like the scores).
 * - Standard deviation: the POPULATION standard deviation (divide by n, not n − 1):
 *   a province's kabupaten/kota are the whole group being described, not a sample.
 *
 * Non-finite values (null, NaN) are never passed in: callers filter them out, and
 * every function here returns null for an empty list instead of NaN.
 */

/** Rounds to 2 decimals, avoiding binary artefacts such as 21.249999 and −0. */
export function round2(value: number): number {
  const rounded = Math.round((value + Math.sign(value) * Number.EPSILON) * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Score in hundredths (an integer), so comparisons never trip over floating point (80.1 vs 80.10000001). */
export function hundredths(score: number): number {
  return Math.round(score * 100);
}

function finite(values: readonly number[]): number[] {
  return values.filter((v) => Number.isFinite(v));
}

/** Median of the values, rounded to 2 decimals; null for an empty list. */
export function median(values: readonly number[]): number | null {
  const value = arrayMedian(finite(values));
  return value === undefined ? null : round2(value);
}

/** Arithmetic mean (unrounded); null for an empty list. */
export function mean(values: readonly number[]): number | null {
  return arrayMean(finite(values)) ?? null;
}

/** Population standard deviation (÷ n), unrounded; null for an empty list, 0 for one value. */
export function populationSD(values: readonly number[]): number | null {
  const list = finite(values);
  const m = mean(list);
  if (m === null) return null;
  const variance = list.reduce((sum, v) => sum + (v - m) ** 2, 0) / list.length;
  return Math.sqrt(variance);
}

/** Where a value stands against a group: more than one SD above or below its median, or within. */
export type Standing = 'above' | 'below' | 'within';

export interface StandingResult {
  /** Median of the group (which includes the value itself). */
  median: number;
  /** Population SD of the group. */
  sd: number;
  /** Group size. */
  n: number;
  /** value − median, rounded to 2 decimals. */
  difference: number;
  standing: Standing;
}

/** A median or spread is shown only where at least this many scores exist (published coverage is partial). */
export const MIN_SCORES_FOR_MEDIAN = 5;

/** Groups smaller than this are not compared: a median of a handful of published figures says little. */
export const MIN_GROUP_FOR_STANDING = MIN_SCORES_FOR_MEDIAN;

/**
 * Compares `value` with the median of `group` (the group should include the value):
 * `above` when value − median is MORE than one population SD, `below` when median −
 * value is more than one SD, else `within`. Null when the group has fewer than
 * MIN_GROUP_FOR_STANDING values.
 */
export function standingAgainst(value: number, group: readonly number[]): StandingResult | null {
  const list = finite(group);
  if (!Number.isFinite(value) || list.length < MIN_GROUP_FOR_STANDING) return null;
  const med = median(list)!;
  const sd = populationSD(list)!;
  const difference = round2(value - med);
  // Compare in hundredths of a point so that exactly one SD (to the printed precision) is "within".
  const diffH = hundredths(difference);
  const sdH = Math.round(sd * 100);
  const standing: Standing = diffH > sdH ? 'above' : -diffH > sdH ? 'below' : 'within';
  return { median: med, sd, n: list.length, difference, standing };
}

/** Each scored row's standing against `group` (standingAgainst), by region code; rows without a score, or in too small a group, have none. */
export function standingsAgainst(rows: readonly { region: { code: string }; score: number | null }[], group: readonly number[]): Map<string, Standing> {
  const standings = new Map<string, Standing>();
  for (const row of rows) {
    if (row.score === null) continue;
    const result = standingAgainst(row.score, group);
    if (result) standings.set(row.region.code, result.standing);
  }
  return standings;
}
