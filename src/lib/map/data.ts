import type { Category, Zone } from '../types.ts';
import { regionRows, type ScoreData } from '../model/queries.ts';
import { schemeFor } from '../zones.ts';

/**
 * The small per-year JSON the client reads to recolour a map and fill its
 * tooltips (`/peta/<year>.json`): only what a map needs, keyed by Kemendagri code.
 * Regions not assessed that year are left out.
 */

/** `[zone, category, score, change, year of the previous assessment]` */
export type MapRegionDatum = [Zone, Category | null, number | null, number | null, number | null];

export interface MapYearData {
  year: number;
  /** Whether the year is graded in categories A–E (splits hijau into A and B on the map). */
  categories: boolean;
  regions: Record<string, MapRegionDatum>;
}

/** Whether a year's scheme grades in categories (2022+). */
export function yearHasCategories(year: number): boolean {
  return schemeFor(year)?.bands.some((band) => band.category !== null) ?? false;
}

export function mapYearData(dataset: ScoreData, year: number): MapYearData {
  const regions: Record<string, MapRegionDatum> = {};
  for (const row of regionRows(dataset, year)) {
    if (row.zone === null) continue;
    regions[row.region.code] = [row.zone, row.category, row.score, row.change, row.previous?.year ?? null];
  }
  return { year, categories: yearHasCategories(year), regions };
}
