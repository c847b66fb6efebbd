import type { SeriesPoint } from '../model/series.ts';
import type { Category, Zone } from '../types.ts';
import { schemeFor } from '../zones.ts';

/**
 * Zone bands behind a trend line, per year and per that year's scheme: the same
 * score is a different zone in different years (52 was kuning in 2021, merah in 2022),
 * so every year column gets its own bands. Years without assessment (2020) get a
 * grey column instead.
 */

export interface BandRect {
  /** The band's (first) year. */
  year: number;
  /** Column edges: year − 0.5 … year + 0.5 (first year − 0.5 … last year + 0.5 for a run). */
  x1: number;
  x2: number;
  /** Score range of the band. */
  y1: number;
  y2: number;
  zone: Zone;
  category: Category | null;
  /** CSS colour of the band (a custom property from global.css). */
  fill: string;
}

/** Fill for a band: category A and B greens have their own shades (as in ZoneBadge). */
export function bandFill(zone: Zone, category: Category | null): string {
  if (zone === 'hijau' && category === 'A') return 'var(--zone-hijau-a)';
  if (zone === 'hijau' && category === 'B') return 'var(--zone-hijau-b)';
  return `var(--zone-${zone})`;
}

/** Band rectangles for every year from `from` to `to` that has a scheme. */
export function zoneBands(from: number, to: number): BandRect[] {
  const rects: BandRect[] = [];
  for (let year = from; year <= to; year += 1) {
    const scheme = schemeFor(year);
    if (!scheme) continue;
    let top = 100;
    for (const band of scheme.bands) {
      rects.push({
        year,
        x1: year - 0.5,
        x2: year + 0.5,
        y1: band.min,
        y2: top,
        zone: band.zone,
        category: band.category,
        fill: bandFill(band.zone, band.category),
      });
      top = band.min;
    }
  }
  return rects;
}

/**
 * The same bands, with consecutive years of one scheme drawn as one rectangle per band
 * (2015–2019 as one run, 2021 alone after 2020's gap, 2022–2024): what charts draw, in a fifth
 * of the markup. It looks the same as `zoneBands`, without seams between the year columns.
 */
export function zoneBandRuns(from: number, to: number): BandRect[] {
  const runs: BandRect[] = [];
  let open: BandRect[] = [];
  let openScheme: string | null = null;
  for (let year = from; year <= to; year += 1) {
    const scheme = schemeFor(year);
    const continues = scheme !== null && scheme.id === openScheme && open.length > 0 && open[0]!.x2 === year - 0.5;
    if (continues) {
      for (const band of open) band.x2 = year + 0.5;
      continue;
    }
    runs.push(...open);
    open = zoneBands(year, year);
    openScheme = scheme?.id ?? null;
  }
  runs.push(...open);
  return runs;
}

/** Years between `from` and `to` without any assessment (2020). */
export function noAssessmentYears(from: number, to: number): number[] {
  const years: number[] = [];
  for (let year = from; year <= to; year += 1) if (schemeFor(year) === null) years.push(year);
  return years;
}

/** Scheme changes are scheme facts (zones.ts); re-exported for the charts. */
export { categoriesChange, schemeChanges, type SchemeChange, type SchemeChangeKind } from '../zones.ts';

/** Years from `from` to `to` under the 2025– opinion method (no zones, no cut-offs). */
export function opinionYears(from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= to; y += 1) if (schemeFor(y)?.method === 'opinion') years.push(y);
  return years;
}

/** Assessed years from `from` to `to` in which the region has no published figure (drawn hatched). */
export function unpublishedYears(points: readonly { year: number }[], from: number, to: number): number[] {
  const have = new Set(points.map((p) => p.year));
  const years: number[] = [];
  for (let y = from; y <= to; y += 1) if (schemeFor(y) !== null && !have.has(y)) years.push(y);
  return years;
}

/**
 * The score range a published zone or letter stands for in its year (hijau in 2018: 81–100;
 * kuning in 2022: 54–78), for a year with a grade and no score; null with a score or no grade.
 */
export function gradeRange(p: Pick<SeriesPoint, 'year' | 'score' | 'zone' | 'category'>): { y1: number; y2: number } | null {
  if (p.score !== null || p.zone === null) return null;
  const bands = zoneBands(p.year, p.year).filter((b) => b.zone === p.zone && (p.category === null || b.category === p.category));
  if (!bands.length) return null;
  return { y1: Math.min(...bands.map((b) => b.y1)), y2: Math.max(...bands.map((b) => b.y2)) };
}
