import type { Category, OpinionLevel, SchemeMethod, Zone } from '../types.ts';
import { regionRows, type ScoreData } from '../model/queries.ts';
import { methodBreakBetween, schemeFor, yearHasCategories } from '../zones.ts';

/**
 * The small per-year JSON the client reads to recolour a map and fill its
 * tooltips (`/peta/<year>.json`): only what a map needs, keyed by Kemendagri code.
 * Regions without a published figure that year are left out.
 */

/**
 * `[zone, category, score, change, year of the previous assessment, opinion level]`.
 * Zone is null from 2025 (opinion years) and the opinion null before; the previous
 * year is null across a change of method (2024 → 2025: nothing is compared).
 */
export type MapRegionDatum = [Zone | null, Category | null, number | null, number | null, number | null, OpinionLevel | null];

export interface MapYearData {
  year: number;
  /** How the year's results are expressed: zones, categories A–E, or an opinion (2025–). */
  method: SchemeMethod | null;
  /** Whether the year is graded in categories A–E (splits hijau into A and B on the map). */
  categories: boolean;
  regions: Record<string, MapRegionDatum>;
}

export function mapYearData(dataset: ScoreData, year: number): MapYearData {
  const regions: Record<string, MapRegionDatum> = {};
  for (const row of regionRows(dataset, year)) {
    if (!row.published) continue;
    const previousYear = row.previous && !methodBreakBetween(row.previous.year, year) ? row.previous.year : null;
    regions[row.region.code] = [row.zone, row.category, row.score, row.change, previousYear, row.opinion?.level ?? null];
  }
  return { year, method: schemeFor(year)?.method ?? null, categories: yearHasCategories(year), regions };
}
