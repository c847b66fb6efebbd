import type { Category, OpinionLevel, Province, Region, RegistryFile, ScoreEntry, Zone } from '../types.ts';
import { sourcesDiffer } from '../precedence.ts';
import { methodBreakBetween } from '../zones.ts';
import { round2 } from './stats.ts';

/**
 * Pure queries over the loaded dataset. "Assessed" means the government has a
 * score entry for the year; kabupaten/kota only unless a function says otherwise
 * (provincial rows, level `provinsi`, are never counted with kabupaten/kota).
 */

/** The parts of the dataset these queries read. */
export interface ScoreData {
  registry: Pick<RegistryFile, 'provinces' | 'regions'>;
  scores: readonly ScoreEntry[];
}

export interface ZoneCounts {
  merah: number;
  kuning: number;
  hijau: number;
  /** merah + kuning + hijau: kabupaten/kota assessed that year. */
  total: number;
}

export interface PreviousScore {
  year: number;
  score: number | null;
  zone: Zone | null;
}

export interface RegionRow {
  region: Region;
  /** Province name from the registry, or the province code when it is missing. */
  provinceName: string;
  /** Province URL slug (`/provinsi/<slug>/`), or null when the province is missing. */
  provinceSlug: string | null;
  /** Score that year, or null when not assessed or given only as a grade. */
  score: number | null;
  /** Zone that year, or null when the region has no published figure that year or the year has no zones (2025–). */
  zone: Zone | null;
  category: Category | null;
  /** 2025–: the opinion as printed. */
  opinion: ScoreEntry['opinion'] | null;
  /** True when the region has a published value that year (a score, zone, letter or opinion). */
  published: boolean;
  /** The region's most recent assessment before `year` (gaps skipped), or null. */
  previous: PreviousScore | null;
  /** score − previous.score, rounded to 2 decimals; null when either is null. */
  change: number | null;
}

function isRegionEntry(entry: ScoreEntry): boolean {
  return entry.level !== 'provinsi';
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted, unique years in which any kabupaten/kota was assessed. */
export function assessedYears(scores: readonly ScoreEntry[]): number[] {
  const years = new Set<number>();
  for (const entry of scores) if (isRegionEntry(entry)) years.add(entry.year);
  return [...years].sort((a, b) => a - b);
}

/**
 * The assessed years in which at least one of a province's kabupaten/kota has a published
 * figure: the years its map has a page, an embed and downloads. A year with none would be a
 * map and a table with nothing on them; the year control and the coverage table show it
 * without a link (src/components/map/YearControl.astro).
 */
export function provinceMapYears(dataset: Pick<ScoreData, 'scores' | 'registry'>, provinceCode: string): number[] {
  const codes = new Set(provinceRegions(dataset.registry, provinceCode).map((r) => r.code));
  return assessedYears(dataset.scores.filter((e) => codes.has(e.code)));
}

/** Kabupaten/kota with a published figure in any year: the regions whose trend chart has an embed and downloads. */
export function regionsWithFigures(scores: readonly ScoreEntry[]): Set<string> {
  return new Set(scores.filter(isRegionEntry).map((e) => e.code));
}

/** The most recent assessed year, or null when there are no kabupaten/kota scores. */
export function latestYear(scores: readonly ScoreEntry[]): number | null {
  return assessedYears(scores).at(-1) ?? null;
}

/** The assessed year before `year` (2021 for 2022 even if 2020 had no assessment), or null. */
export function previousAssessedYear(scores: readonly ScoreEntry[], year: number): number | null {
  return (
    assessedYears(scores)
      .filter((y) => y < year)
      .at(-1) ?? null
  );
}

/** Kabupaten/kota per zone in `year`; provincial rows are excluded. */
export function zoneCounts(scores: readonly ScoreEntry[], year: number): ZoneCounts {
  const counts: ZoneCounts = { merah: 0, kuning: 0, hijau: 0, total: 0 };
  for (const entry of scores) {
    if (entry.year !== year || !isRegionEntry(entry) || entry.zone === null) continue;
    counts[entry.zone] += 1;
    counts.total += 1;
  }
  return counts;
}

/**
 * One row per registry kabupaten/kota for `year`, sorted by province code then
 * region code. Regions not assessed that year have score, zone and category null.
 */
export function regionRows(dataset: ScoreData, year: number): RegionRow[] {
  const provinces = new Map(dataset.registry.provinces.map((p) => [p.code, p]));

  const byCode = new Map<string, ScoreEntry[]>();
  for (const entry of dataset.scores) {
    if (!isRegionEntry(entry)) continue;
    const list = byCode.get(entry.code);
    if (list) list.push(entry);
    else byCode.set(entry.code, [entry]);
  }

  const regions = [...dataset.registry.regions].sort((a, b) => compareCodes(a.provinceCode, b.provinceCode) || compareCodes(a.code, b.code));

  return regions.map((region): RegionRow => {
    const entries = byCode.get(region.code) ?? [];
    const current = entries.find((e) => e.year === year) ?? null;
    let prior: ScoreEntry | null = null;
    for (const e of entries) if (e.year < year && (prior === null || e.year > prior.year)) prior = e;

    const score = current?.score ?? null;
    const previous = prior ? { year: prior.year, score: prior.score, zone: prior.zone } : null;
    const change = score !== null && previous?.score != null && !methodBreakBetween(previous.year, year) ? round2(score - previous.score) : null;
    return {
      region,
      provinceName: provinces.get(region.provinceCode)?.name ?? region.provinceCode,
      provinceSlug: provinces.get(region.provinceCode)?.slug ?? null,
      score,
      zone: current?.zone ?? null,
      category: current?.category ?? null,
      opinion: current?.opinion ?? null,
      published: current !== null,
      previous,
      change,
    };
  });
}

/** Government-years whose sources differ: the manifest's count, or counted from the scores for a manifest without it. */
export function sourcesDifferCount(manifest: { counts: { sourcesDiffer?: number } }, scores: readonly ScoreEntry[]): number {
  return manifest.counts.sourcesDiffer ?? scores.filter(sourcesDiffer).length;
}

/** The provinces in alphabetical order (Indonesian collation). */
export function provincesByName(registry: Pick<RegistryFile, 'provinces'>): Province[] {
  return [...registry.provinces].sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

/** A province's kabupaten/kota, by code. */
export function provinceRegions(registry: Pick<RegistryFile, 'regions'>, provinceCode: string): Region[] {
  return registry.regions.filter((r) => r.provinceCode === provinceCode).sort((a, b) => compareCodes(a.code, b.code));
}

/** Every province by code, each with its kabupaten/kota by code. */
export function regionsByProvince(registry: Pick<RegistryFile, 'provinces' | 'regions'>): Array<{ province: Province; regions: Region[] }> {
  return [...registry.provinces]
    .sort((a, b) => compareCodes(a.code, b.code))
    .map((province) => ({ province, regions: provinceRegions(registry, province.code) }));
}

/** A provincial government's own scores (level `provinsi`), oldest first. */
export function provinceGovernmentScores(scores: readonly ScoreEntry[], provinceCode: string): ScoreEntry[] {
  return scores.filter((e) => e.level === 'provinsi' && e.code === provinceCode).sort((a, b) => a.year - b.year);
}

/** Rows of one province's kabupaten/kota (see regionRows). */
export function provinceRegionRows(dataset: ScoreData, provinceCode: string, year: number): RegionRow[] {
  return regionRows(
    {
      registry: { provinces: dataset.registry.provinces, regions: dataset.registry.regions.filter((r) => r.provinceCode === provinceCode) },
      scores: dataset.scores,
    },
    year,
  );
}

/** Kabupaten/kota per zone in `year` within one province. */
export function provinceZoneCounts(dataset: ScoreData, provinceCode: string, year: number): ZoneCounts {
  const inProvince = new Set(dataset.registry.regions.filter((r) => r.provinceCode === provinceCode).map((r) => r.code));
  return zoneCounts(
    dataset.scores.filter((e) => inProvince.has(e.code)),
    year,
  );
}

/** How many of a set of kabupaten/kota have a published figure in a year. */
export interface Coverage {
  /** With a published value (score, zone, letter or opinion). */
  published: number;
  /** Of those, with an exact score (the ones ranked). */
  scored: number;
  /** Kabupaten/kota in the registry (514 nationally). */
  total: number;
}

/** Published coverage of `regions` in `year` (provincial governments are not counted). */
export function coverage(dataset: ScoreData, year: number, provinceCode?: string): Coverage {
  const regions = provinceCode === undefined ? dataset.registry.regions : dataset.registry.regions.filter((r) => r.provinceCode === provinceCode);
  const codes = new Set(regions.map((r) => r.code));
  let published = 0;
  let scored = 0;
  for (const e of dataset.scores) {
    if (e.year !== year || !isRegionEntry(e) || !codes.has(e.code)) continue;
    published += 1;
    if (e.score !== null) scored += 1;
  }
  return { published, scored, total: regions.length };
}

/** Kabupaten/kota per 2025– opinion level in `year` (null when the year has no opinions). */
export function opinionCounts(scores: readonly ScoreEntry[], year: number): Record<OpinionLevel, number> & { total: number } {
  const counts = { tertinggi: 0, tinggi: 0, sedang: 0, rendah: 0, total: 0 };
  for (const e of scores) {
    if (e.year !== year || !isRegionEntry(e) || e.opinion === undefined) continue;
    counts[e.opinion.level] += 1;
    counts.total += 1;
  }
  return counts;
}
