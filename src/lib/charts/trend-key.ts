import { categoriesChange, gradeRange, noAssessmentYears, opinionYears, unpublishedYears } from './bands.ts';
import type { TrendChartInput } from './trend.ts';

/**
 * What a region's trend chart draws, so its key lists exactly that: the page's legend
 * (TrendLegend.astro) and the key inside the downloaded picture (images/legends.ts) read
 * the same facts instead of each deciding on its own.
 */
export interface TrendKey {
  /** The region's line: some year in range has a score. */
  region: boolean;
  provinceMedian: boolean;
  nationalMedian: boolean;
  /** Hatched years: assessed years without a published figure for the region. */
  unpublished: boolean;
  /** Bars: a zone or letter published without a score. */
  gradeOnly: boolean;
  /** The grey column of a year without assessment (2020) is on the axis. */
  gap: boolean;
  /** First year of the opinion method on the axis (2025), or null. */
  opinionFrom: number | null;
  /** The year A–E categories start (2022) when that change is on the axis, or null. */
  schemeChange: number | null;
}

export function trendKey(input: Pick<TrendChartInput, 'from' | 'to' | 'points' | 'provinceMedians' | 'nationalMedians'>): TrendKey {
  const { from, to, points } = input;
  const inRange = (year: number) => year >= from && year <= to;
  return {
    region: points.some((p) => inRange(p.year) && p.score !== null),
    provinceMedian: [...(input.provinceMedians?.keys() ?? [])].some(inRange),
    nationalMedian: [...(input.nationalMedians?.keys() ?? [])].some(inRange),
    unpublished: unpublishedYears(points, from, to).length > 0,
    gradeOnly: points.some((p) => inRange(p.year) && gradeRange(p) !== null),
    gap: noAssessmentYears(from, to).length > 0,
    opinionFrom: opinionYears(from, to)[0] ?? null,
    schemeChange: categoriesChange(from, to),
  };
}
