import { regionRows, type ScoreData } from '../model/queries.ts';
import { seriesOf, type SeriesPoint } from '../model/series.ts';
import { geometryGapCodes, GEOMETRY_GAPS, type GeometryGap } from '../map/gaps.ts';
import type { ComplaintEntry, Region, ScoreEntry, ScoreMention, ScoreReading } from '../types.ts';
import { schemeFor } from '../zones.ts';
import { governmentLookup } from './government-rows.ts';
import { hostOf } from '../links.ts';
import { sourcesDiffer } from '../precedence.ts';
import { column, type Column, type Row, type Table } from './table.ts';
import { COMPARISON_COLUMNS, comparisonRows } from './comparison.ts';

/**
 * "The figures behind the chart": for every chart and map that offers "Unduh CSV",
 * exactly the numbers it draws, one row per mark, with the code and name of the place
 * so the file stands alone. Pure: pass what the page already has.
 */

/** A year's status on a trend chart (text column `status`). */
export type TrendStatus = 'scored' | 'grade_only' | 'mentioned' | 'no_published_figure' | 'no_assessment';

export const TREND_COLUMNS: readonly Column[] = [
  column('code', 'text', 'Kemendagri code of the kabupaten/kota'),
  column('name', 'text', 'Name of the kabupaten/kota'),
  column('year', 'integer', 'Year on the chart’s axis'),
  column(
    'status',
    'text',
    'scored; grade_only (a zone, letter or opinion without a score); mentioned (a page names the region that year but printed no value); ' +
      'no_published_figure (no page with a figure was found: not the same as not assessed); no_assessment (ORI assessed nobody, e.g. 2020)',
  ),
  column('score', 'number', 'The region’s score (the line and dots), as published'),
  column('zone', 'text', 'merah, kuning or hijau as published (to 2024)'),
  column('category', 'text', 'A–E, 2022–2024'),
  column('opinion', 'text', 'From 2025: Opini Ombudsman level (tertinggi, tinggi, sedang, rendah); a new method, not comparable with 2024'),
  column('scheme', 'text', 'Zone scheme of the year (the coloured bands behind the line); empty when there was no assessment'),
  column('province_median', 'number', 'Median score of the province’s kabupaten/kota with a published score (dashed line; only with at least 5 scores)'),
  column('national_median', 'number', 'Median score of all kabupaten/kota with a published score (dotted line)'),
  column('source_url', 'text', 'The page that printed the figure shown (or, for mentioned, the page that names the region)'),
  column('source_host', 'text', 'Host name of source_url without www.'),
  column('sources', 'integer', 'How many sources give a figure for that year (the data page’s score-readings lists them all)'),
  column(
    'sources_differ',
    'text',
    'yes when another source prints a different score, zone, letter or opinion that year ("sumber berbeda"); no otherwise; empty without a figure',
  ),
  column('other_values', 'text', 'The differing values with their source hosts, e.g. "74 kuning (jogja.tribunnews.com)"; separated by "; "'),
];

/** One reading's value in a few words: `77.07 kuning`, `B hijau`, `merah`, `sedang tanpa maladministrasi`. */
export function readingValue(r: ScoreReading): string {
  const parts: string[] = [];
  if (r.score !== null) parts.push(String(r.score));
  if (r.category !== null) parts.push(r.category);
  if (r.zone !== null) parts.push(r.zone);
  if (r.opinion) parts.push(r.opinion.withoutMaladministration ? `${r.opinion.level} tanpa maladministrasi` : r.opinion.level);
  return parts.join(' ');
}

/** The source cells of a year's shown entry (or mention): link, host, count, whether and how sources differ. */
export function sourceSummary(entry: ScoreEntry | undefined, mention?: ScoreMention): Row {
  if (!entry) {
    return {
      source_url: mention?.source.url ?? null,
      source_host: hostOf(mention?.source.url),
      sources: mention ? 0 : null,
      sources_differ: null,
      other_values: null,
    };
  }
  const differing = (entry.alternatives ?? []).filter((a) => a.differs);
  return {
    source_url: entry.source.url ?? null,
    source_host: hostOf(entry.source.url),
    sources: 1 + (entry.alternatives?.length ?? 0),
    sources_differ: differing.length > 0 ? 'yes' : 'no',
    other_values: differing.length > 0 ? differing.map((a) => `${readingValue(a)} (${hostOf(a.source.url) ?? a.source.label ?? 'no link'})`).join('; ') : null,
  };
}

export interface TrendFiguresInput {
  region: Pick<Region, 'code' | 'name'>;
  /** The chart's first and last year (inclusive), as passed to renderTrendChart. */
  from: number;
  to: number;
  points: readonly SeriesPoint[];
  provinceMedians?: ReadonlyMap<number, number> | null;
  nationalMedians?: ReadonlyMap<number, number> | null;
  /** The region's score entries (for each year's source and alternatives; RegionProfile.entries). */
  entries?: readonly ScoreEntry[];
  /** Pages that name the region in a year without a value (`mentions.json`, any region: filtered here). */
  mentions?: readonly ScoreMention[];
}

/** One row per year on the trend chart's axis (RegionProfile has every field but from/to). */
export function trendFigures(input: TrendFiguresInput): Table {
  const byYear = new Map(input.points.map((p) => [p.year, p]));
  const entryByYear = new Map<number, ScoreEntry>();
  for (const e of input.entries ?? []) if (e.code === input.region.code && e.level !== 'provinsi' && !entryByYear.has(e.year)) entryByYear.set(e.year, e);
  const mentionByYear = new Map<number, ScoreMention>();
  for (const m of input.mentions ?? []) if (m.code === input.region.code && m.level !== 'provinsi' && !mentionByYear.has(m.year)) mentionByYear.set(m.year, m);
  const rows: Row[] = [];
  for (let year = input.from; year <= input.to; year += 1) {
    const point = byYear.get(year);
    const scheme = schemeFor(year);
    const mention = point ? undefined : mentionByYear.get(year);
    const status: TrendStatus =
      scheme === null ? 'no_assessment' : point ? (point.score === null ? 'grade_only' : 'scored') : mention ? 'mentioned' : 'no_published_figure';
    rows.push({
      code: input.region.code,
      name: input.region.name,
      year,
      status,
      score: point?.score ?? null,
      zone: point?.zone ?? null,
      category: point?.category ?? null,
      opinion: point?.opinion?.level ?? null,
      scheme: point?.scheme ?? scheme?.id ?? null,
      province_median: input.provinceMedians?.get(year) ?? null,
      national_median: input.nationalMedians?.get(year) ?? null,
      ...(point ? sourceSummary(entryByYear.get(year)) : sourceSummary(undefined, mention)),
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
  column('score', 'number', 'Score that year as published; empty when no score was published (only a zone, letter or opinion, or no figure at all)'),
  column('zone', 'text', 'Zone that year as published (the fill, to 2024); empty when no figure was published (hatched) and from 2025'),
  column('category', 'text', 'A–E, 2022–2024 (A dark green, B light green)'),
  column('opinion', 'text', 'From 2025: Opini Ombudsman level (the fill): tertinggi, tinggi, sedang or rendah'),
  column('previous_year', 'integer', 'Year of the region’s previous published figure (tooltip)'),
  column('change', 'number', 'Score change against the previous published score (tooltip); never across the 2024→2025 change of method'),
  column('source_url', 'text', 'The page that printed the figure shown; empty when no figure was published'),
  column('sources_differ', 'text', 'yes when another source prints a different value that year ("sumber berbeda"); no otherwise; empty without a figure'),
  column('on_map', 'text', 'yes, or no when the boundary data has no geometry for the region yet'),
];

export interface MapFiguresOptions {
  /** A province code for a province map; null or absent for the national map. */
  provinceCode?: string | null;
  gaps?: readonly GeometryGap[];
}

/**
 * One row per kabupaten/kota of the map (all 514, or one province's) and year, in the order of
 * the map's table, year by year: a map's CSV holds every year the map has (each map view and
 * download of a year shares it; `year` says which row is which).
 */
export function mapFigures(data: ScoreData, years: number | readonly number[], options: MapFiguresOptions = {}): Table {
  const provinceCode = options.provinceCode ?? null;
  const gaps = geometryGapCodes(options.gaps ?? GEOMETRY_GAPS);
  const list = typeof years === 'number' ? [years] : [...years];
  const rows = list.flatMap((year) => {
    const entries = new Map(data.scores.filter((e) => e.year === year && e.level !== 'provinsi').map((e) => [e.code, e]));
    return regionRows(data, year)
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
        opinion: r.opinion?.level ?? null,
        previous_year: r.previous?.year ?? null,
        change: r.change,
        source_url: entries.get(r.region.code)?.source.url ?? null,
        sources_differ: entries.has(r.region.code) ? (sourcesDiffer(entries.get(r.region.code)!) ? 'yes' : 'no') : null,
        on_map: gaps.has(r.region.code) ? 'no' : 'yes',
      }));
  });
  const span = list.length === 0 ? '' : list.length === 1 ? `${list[0]}` : `${list[0]}–${list.at(-1)}`;
  const suffix = typeof years === 'number' ? `${years}` : null;
  const province = provinceCode === null ? null : data.registry.provinces.find((p) => p.code === provinceCode);
  const where = provinceCode === null ? '' : ` in ${province?.name ?? provinceCode}`;
  return {
    name: ['map', provinceCode, suffix].filter((part) => part !== null).join('-'),
    title: `Published result of every kabupaten/kota${where} in ${span}${list.length > 1 ? ', one row per region and year' : ''}`,
    columns: MAP_COLUMNS,
    rows,
  };
}

/** The comparison chart's points: every assessment of each compared region (in the given order), oldest first. */
export function comparisonFigures(data: ScoreData, codes: readonly string[]): Table {
  const lookup = governmentLookup(data.registry);
  const rows: Row[] = [];
  for (const code of codes) {
    const gov = lookup(code);
    const points = seriesOf(data.scores.filter((e) => e.code === code && e.level !== 'provinsi'));
    rows.push(
      ...comparisonRows(
        { code, name: gov.name, provinceName: gov.provinceName },
        points.map((p) => ({ ...p, opinion: p.opinion?.level ?? null })),
      ),
    );
  }
  return { name: `comparison-${codes.join('_')}`, title: 'Compliance scores of the compared regions', columns: COMPARISON_COLUMNS, rows };
}
