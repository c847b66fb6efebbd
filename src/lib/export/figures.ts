import { regionRows, type ScoreData } from '../model/queries.ts';
import { seriesOf, type SeriesPoint } from '../model/series.ts';
import { geometryGapCodes, GEOMETRY_GAPS, type GeometryGap } from '../map/gaps.ts';
import type { ComplaintEntry, Region } from '../types.ts';
import { schemeFor } from '../zones.ts';
import { governmentLookup } from './datasets.ts';
import { column, type Column, type Row, type Table } from './table.ts';
import { COMPARISON_COLUMNS, comparisonRows } from './comparison.ts';

/**
 * "The figures behind the chart": for every chart and map that offers "Unduh CSV",
 * exactly the numbers it draws, one row per mark, with the code and name of the place
 * so the file stands alone. Pure: pass what the page already has.
 */

/** A year's status on a trend chart (text column `status`). */
export type TrendStatus = 'scored' | 'grade_only' | 'not_assessed' | 'no_assessment';

export const TREND_COLUMNS: readonly Column[] = [
  column('code', 'text', 'Kemendagri code of the kabupaten/kota'),
  column('name', 'text', 'Name of the kabupaten/kota'),
  column('year', 'integer', 'Year on the chart’s axis'),
  column('status', 'text', 'scored; grade_only (a grade without a score); not_assessed (ORI assessed others that year, not this region); no_assessment (ORI assessed nobody, e.g. 2020)'),
  column('score', 'number', 'The region’s score (the line and dots)'),
  column('zone', 'text', 'merah, kuning or hijau'),
  column('category', 'text', 'A–E from 2022'),
  column('scheme', 'text', 'Zone scheme of the year (the coloured bands behind the line); empty when there was no assessment'),
  column('province_median', 'number', 'Median score of the province’s kabupaten/kota (dashed line)'),
  column('national_median', 'number', 'Median score of all kabupaten/kota (dotted line)'),
];

export interface TrendFiguresInput {
  region: Pick<Region, 'code' | 'name'>;
  /** The chart's first and last year (inclusive), as passed to renderTrendChart. */
  from: number;
  to: number;
  points: readonly SeriesPoint[];
  provinceMedians?: ReadonlyMap<number, number> | null;
  nationalMedians?: ReadonlyMap<number, number> | null;
}

/** One row per year on the trend chart's axis (RegionProfile has every field but from/to). */
export function trendFigures(input: TrendFiguresInput): Table {
  const byYear = new Map(input.points.map((p) => [p.year, p]));
  const rows: Row[] = [];
  for (let year = input.from; year <= input.to; year += 1) {
    const point = byYear.get(year);
    const scheme = schemeFor(year);
    const status: TrendStatus = scheme === null ? 'no_assessment' : !point ? 'not_assessed' : point.score === null ? 'grade_only' : 'scored';
    rows.push({
      code: input.region.code,
      name: input.region.name,
      year,
      status,
      score: point?.score ?? null,
      zone: point?.zone ?? null,
      category: point?.category ?? null,
      scheme: point?.scheme ?? scheme?.id ?? null,
      province_median: input.provinceMedians?.get(year) ?? null,
      national_median: input.nationalMedians?.get(year) ?? null,
    });
  }
  return { name: `trend-${input.region.code}`, title: `Compliance trend of ${input.region.name}, ${input.from}–${input.to}`, columns: TREND_COLUMNS, rows };
}

export const COMPLAINT_CHART_COLUMNS: readonly Column[] = [
  column('code', 'text', 'Kemendagri code of the kabupaten/kota'),
  column('name', 'text', 'Name of the kabupaten/kota'),
  column('year', 'integer', 'Year (a bar pair)'),
  column('received', 'integer', 'Reports received (wide light bar)'),
  column('resolved', 'integer', 'Reports resolved (narrow dark bar)'),
];

/** The complaints chart's bars: years with a total received or resolved, oldest first (as ComplaintsSection draws them). */
export function complaintFigures(region: Pick<Region, 'code' | 'name'>, complaints: readonly ComplaintEntry[]): Table {
  const rows = [...complaints]
    .filter((c) => c.received !== null || c.resolved !== null)
    .sort((a, b) => a.year - b.year)
    .map((c) => ({ code: region.code, name: region.name, year: c.year, received: c.received, resolved: c.resolved }));
  return { name: `complaints-${region.code}`, title: `Complaint reports of ${region.name} per year`, columns: COMPLAINT_CHART_COLUMNS, rows };
}

export const MAP_COLUMNS: readonly Column[] = [
  column('code', 'text', 'Kemendagri code of the kabupaten/kota'),
  column('name', 'text', 'Name of the kabupaten/kota'),
  column('kind', 'text', 'kabupaten or kota'),
  column('province_code', 'text', 'Kemendagri province code'),
  column('province_name', 'text', 'Province name'),
  column('year', 'integer', 'Year of the map'),
  column('score', 'number', 'Score that year; empty when not assessed or grade only'),
  column('zone', 'text', 'Zone that year (the fill); empty when not assessed (hatched)'),
  column('category', 'text', 'A–E from 2022 (A dark green, B light green)'),
  column('previous_year', 'integer', 'Year of the region’s previous assessment (tooltip)'),
  column('change', 'number', 'Score change against the previous assessment (tooltip)'),
  column('on_map', 'text', 'yes, or no when the boundary data has no geometry for the region yet'),
];

export interface MapFiguresOptions {
  /** A province code for a province map; null or absent for the national map. */
  provinceCode?: string | null;
  gaps?: readonly GeometryGap[];
}

/** One row per kabupaten/kota of the map (all 514, or one province's), in the order of the map's table. */
export function mapFigures(data: ScoreData, year: number, options: MapFiguresOptions = {}): Table {
  const provinceCode = options.provinceCode ?? null;
  const gaps = geometryGapCodes(options.gaps ?? GEOMETRY_GAPS);
  const rows = regionRows(data, year)
    .filter((r) => provinceCode === null || r.region.provinceCode === provinceCode)
    .map((r) => ({
      code: r.region.code,
      name: r.region.name,
      kind: r.region.kind,
      province_code: r.region.provinceCode,
      province_name: r.provinceName,
      year,
      score: r.score,
      zone: r.zone,
      category: r.category,
      previous_year: r.previous?.year ?? null,
      change: r.change,
      on_map: gaps.has(r.region.code) ? 'no' : 'yes',
    }));
  const province = provinceCode === null ? null : data.registry.provinces.find((p) => p.code === provinceCode);
  return provinceCode === null
    ? { name: `map-${year}`, title: `Zone of every kabupaten/kota in ${year}`, columns: MAP_COLUMNS, rows }
    : { name: `map-${provinceCode}-${year}`, title: `Zone of every kabupaten/kota in ${province?.name ?? provinceCode} in ${year}`, columns: MAP_COLUMNS, rows };
}

/** The comparison chart's points: every assessment of each compared region (in the given order), oldest first. */
export function comparisonFigures(data: ScoreData, codes: readonly string[]): Table {
  const lookup = governmentLookup(data.registry);
  const rows: Row[] = [];
  for (const code of codes) {
    const gov = lookup(code);
    const points = seriesOf(data.scores.filter((e) => e.code === code && e.level !== 'provinsi'));
    rows.push(...comparisonRows({ code, name: gov.name, provinceName: gov.provinceName }, points.map((p) => ({ ...p, opinion: p.opinion?.level ?? null }))));
  }
  return { name: `comparison-${codes.join('_')}`, title: 'Compliance scores of the compared regions', columns: COMPARISON_COLUMNS, rows };
}
