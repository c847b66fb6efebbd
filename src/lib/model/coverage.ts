import type { NationalCount, OpinionLevel, SchemeMethod } from '../types.ts';
import { hostOf } from '../links.ts';
import { schemeFor, YEARS_WITHOUT_ASSESSMENT, type Scheme } from '../zones.ts';
import { assessedYears, coverage, opinionCounts, provinceMapYears, zoneCounts, type Coverage, type ScoreData, type ZoneCounts } from './queries.ts';

/**
 * How much of a year the site can show, said plainly so nobody reads partial
 * counts as national totals: how many kabupaten/kota have a published figure,
 * ORI's own count of those it assessed (with its source), ORI's zone counts
 * where it printed them, and for a province whether its list is complete.
 */

export interface CoverageData extends ScoreData {
  national: readonly NationalCount[];
}

/** A source page of one of ORI's counts. */
export interface CountSource {
  url: string;
  /** Host name without `www.` (the link text). */
  host: string;
}

export interface YearCoverage extends Coverage {
  year: number;
  /** The year's method (`null`: no assessment that year). */
  method: SchemeMethod | null;
  /** ORI's own count of kabupaten/kota assessed that year, or null where no page printed one. */
  ori: { assessed: number; zones: { hijau: number | null; kuning: number | null; merah: number | null } | null; sources: CountSource[] } | null;
  /**
   * Where ORI printed only a count of every body it assessed (ministries, agencies and
   * all governments together), that count; null otherwise or when `ori` is known.
   */
  oriAllBodies: { assessed: number; sources: CountSource[] } | null;
  /** Opinion years (2025–): ORI's sample by level, where printed. */
  sample: { provinsi: number | null; kabupaten: number | null; kota: number | null; sources: CountSource[] } | null;
  /** Kabupaten/kota with a published figure per zone (zone years). */
  zones: ZoneCounts;
  /** Kabupaten/kota with a published figure per opinion level (opinion years). */
  opinions: Record<OpinionLevel, number> & { total: number };
}

function sources(urls: Iterable<string>): CountSource[] {
  const out: CountSource[] = [];
  for (const url of new Set(urls)) {
    const host = hostOf(url);
    if (host) out.push({ url, host });
  }
  return out;
}

/** Everything the coverage line of a national map or ranking says about `year`. */
export function yearCoverage(data: CoverageData, year: number): YearCoverage {
  const method = schemeFor(year)?.method ?? null;
  const assessed = regionsAssessed(data.national, year);
  const ofYear = data.national.filter((c) => c.year === year);
  const all = assessed === null ? ofYear.find((c) => c.level === 'semua') : undefined;
  const level = (l: NationalCount['level']) => ofYear.find((c) => c.level === l);
  const sampleRows = [level('provinsi'), level('kabupaten'), level('kota')];
  const sample =
    method === 'opinion' && sampleRows.some((r) => r !== undefined)
      ? {
          provinsi: sampleRows[0]?.assessed ?? null,
          kabupaten: sampleRows[1]?.assessed ?? null,
          kota: sampleRows[2]?.assessed ?? null,
          sources: sources(sampleRows.flatMap((r) => (r ? [r.source.url] : []))),
        }
      : null;
  return {
    year,
    method,
    ...coverage(data, year),
    ori: assessed && { assessed: assessed.assessed, zones: assessed.zones, sources: sources(assessed.sources) },
    oriAllBodies: all ? { assessed: all.assessed, sources: sources([all.source.url]) } : null,
    sample,
    zones: zoneCounts(data.scores, year),
    opinions: opinionCounts(data.scores, year),
  };
}

export interface ProvinceCoverage extends Coverage {
  year: number;
  /** Every registry kabupaten/kota of the province has a published figure that year. */
  complete: boolean;
}

/** Whether a province's list of kabupaten/kota is complete in `year` (provincial government not counted). */
export function provinceCoverage(data: ScoreData, provinceCode: string, year: number): ProvinceCoverage {
  const c = coverage(data, year, provinceCode);
  return { year, ...c, complete: c.total > 0 && c.published === c.total };
}

/** A province's coverage in every year given, oldest first. */
export function provinceCoverageByYear(data: ScoreData, provinceCode: string, years: readonly number[]): ProvinceCoverage[] {
  return [...years].sort((a, b) => a - b).map((year) => provinceCoverage(data, provinceCode, year));
}

/**
 * The year a province's page opens its map on: the latest of `years` with a published figure
 * for any of its kabupaten/kota; null when none has one (the map of such a year has no page,
 * embed or download: src/lib/routes.ts#provinceYearPaths, so the province page shows no map).
 */
export function provinceDefaultYear(data: ScoreData, provinceCode: string, years: readonly number[]): number | null {
  return (
    provinceMapYears(data, provinceCode)
      .filter((y) => years.includes(y))
      .at(-1) ?? null
  );
}

/**
 * Kabupaten and kota ORI assessed in a year, from its national totals: a
 * `kabupaten/kota` row, else the `kabupaten` and `kota` rows added (both needed);
 * zone counts only where every part printed them. Null when ORI's count is unknown.
 */
export function regionsAssessed(
  counts: readonly NationalCount[],
  year: number,
): { assessed: number; zones: NationalCount['zones'] | null; sources: string[] } | null {
  const ofYear = counts.filter((c) => c.year === year);
  const both = ofYear.find((c) => c.level === 'kabupaten-kota');
  const parts = both ? [both] : ['kabupaten', 'kota'].map((l) => ofYear.find((c) => c.level === l));
  if (parts.some((p) => p === undefined)) return null;
  const list = parts as NationalCount[];
  const sum = (z: 'hijau' | 'kuning' | 'merah') => (list.every((p) => p.zones[z] !== null) ? list.reduce((s, p) => s + p.zones[z]!, 0) : null);
  const zones = { hijau: sum('hijau'), kuning: sum('kuning'), merah: sum('merah') };
  return {
    assessed: list.reduce((s, p) => s + p.assessed, 0),
    zones: zones.hijau === null && zones.kuning === null && zones.merah === null ? null : zones,
    sources: [...new Set(list.map((p) => p.source.url))],
  };
}

/** One year of the methodology page's coverage table. */
export interface CoverageTableRow {
  year: number;
  /** A year ORI assessed nobody (2020). */
  noAssessment: boolean;
  /** Kabupaten/kota with a published figure, with a score, and in the registry. */
  regions: Coverage;
  /** Provincial governments with a published figure. */
  provinces: number;
  /** ORI's own count of kabupaten/kota assessed, with its sources, or null. */
  oriRegions: { count: number; sources: string[] } | null;
  /** ORI's own count of provincial governments assessed, with its source, or null. */
  oriProvinces: { count: number; sources: string[] } | null;
}

/** Coverage per year, from the first to the last year with a figure or an ORI count (a year without assessment, 2020, included). */
export function coverageTable(data: CoverageData): CoverageTableRow[] {
  const years = [...data.scores.map((e) => e.year), ...data.national.map((c) => c.year)];
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i).map((year) => {
    const ori = regionsAssessed(data.national, year);
    const oriProvinces = data.national.find((c) => c.year === year && c.level === 'provinsi') ?? null;
    return {
      year,
      noAssessment: YEARS_WITHOUT_ASSESSMENT.includes(year),
      regions: coverage(data, year),
      provinces: data.scores.filter((e) => e.year === year && e.level === 'provinsi').length,
      oriRegions: ori ? { count: ori.assessed, sources: ori.sources } : null,
      oriProvinces: oriProvinces ? { count: oriProvinces.assessed, sources: [oriProvinces.source.url] } : null,
    };
  });
}

/** Kabupaten/kota-years in a coverage table: with a published figure, and of those with a score. */
export function coverageTableTotals(rows: readonly CoverageTableRow[]): { published: number; scored: number } {
  return {
    published: rows.reduce((sum, r) => sum + r.regions.published, 0),
    scored: rows.reduce((sum, r) => sum + r.regions.scored, 0),
  };
}

/**
 * Kabupaten/kota with a published figure per assessed year, summed over those years (`total`)
 * with the smallest and largest year's count; null when no year was assessed.
 */
export function publishedAcrossYears(data: ScoreData): { total: number; min: number; max: number } | null {
  const perYear = assessedYears(data.scores).map((year) => coverage(data, year).published);
  if (perYear.length === 0) return null;
  return { total: perYear.reduce((sum, n) => sum + n, 0), min: Math.min(...perYear), max: Math.max(...perYear) };
}

/** ORI's sample in the first year of the opinion `scheme` (2025): governments assessed per level, with their sources; null unless all three counts are printed. */
export function opinionSample(
  national: readonly NationalCount[],
  scheme: Pick<Scheme, 'from'>,
): { provinces: number; kota: number; kabupaten: number; sources: string[] } | null {
  const of = (level: string) => national.find((c) => c.year === scheme.from && c.level === level) ?? null;
  const [provinces, kota, kabupaten] = [of('provinsi'), of('kota'), of('kabupaten')];
  if (!provinces || !kota || !kabupaten) return null;
  return {
    provinces: provinces.assessed,
    kota: kota.assessed,
    kabupaten: kabupaten.assessed,
    sources: [...new Set([provinces, kota, kabupaten].map((c) => c.source.url))],
  };
}
