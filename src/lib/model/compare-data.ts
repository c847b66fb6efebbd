/**
 * What the comparison page (`/bandingkan/`, src/scripts/compare.ts) draws, as `/bandingkan/data.json`:
 * every region's series and each year's zone bands, from the figures index. Pure.
 */
import type { Category, OpinionLevel, Zone } from '../types.ts';
import { schemeChanges, schemeFor, type SchemeChangeKind } from '../zones.ts';
import { figuresIndex, yearSpan, type FiguresData } from './figures-index.ts';
import { seriesOf } from './series.ts';

/** `/bandingkan/data.json`: what the comparison page draws, kept small (short keys, arrays). */
export interface CompareData {
  /** Every year from the first to the last assessed year (inclusive). */
  years: number[];
  /** Per year with a scheme: bands top-down as [min, zone, category]; years without assessment are absent. */
  bands: Record<string, [number, Zone, Category | null][]>;
  /** Per year with a scheme: its scheme id. */
  schemes: Record<string, string>;
  /** Where the scheme changes, by first year: A–E categories (2022), another zone scheme, or the opinion method (2025). */
  changes: [number, SchemeChangeKind][];
  /** Per kabupaten/kota code: [year, score, zone, category, opinion level] per assessment, oldest first (zone null from 2025). */
  series: Record<string, [number, number | null, Zone | null, Category | null, OpinionLevel | null][]>;
}

export function compareData(data: FiguresData): CompareData {
  const index = figuresIndex(data);
  const years = yearSpan(index);
  const first = years[0];
  const last = years.at(-1);
  const bands: CompareData['bands'] = {};
  const schemes: CompareData['schemes'] = {};
  for (const year of years) {
    const scheme = schemeFor(year);
    if (!scheme) continue;
    bands[year] = scheme.bands.map((b) => [b.min, b.zone, b.category]);
    schemes[year] = scheme.id;
  }
  const series: CompareData['series'] = {};
  for (const region of data.registry.regions) {
    const points = seriesOf(index.scoresByCode.get(region.code) ?? []);
    series[region.code] = points.map((p) => [p.year, p.score, p.zone, p.category, p.opinion?.level ?? null]);
  }
  const changes: CompareData['changes'] = first !== undefined && last !== undefined ? schemeChanges(first, last).map((c) => [c.year, c.kind]) : [];
  return { years, bands, schemes, changes, series };
}
