import { ascending } from 'd3-array';
import type { Category, OpinionLevel, Region, RegionKind, ScoreEntry, Zone } from '../types.ts';
import { zoneRank } from '../zones.ts';
import { hundredths, type Standing } from './stats.ts';

/**
 * Ranks as ORI publishes them: kabupaten among kabupaten and kota among kota
 * (provincial governments, level `provinsi`, never appear), highest score first.
 * Ties get the same rank and the next rank is skipped ("standard competition
 * ranking": 1, 2, 2, 4). Scores are compared to the printed precision (hundredths).
 * Grade-only rows (score null) are not ranked.
 */

export interface RankInfo {
  /** 1-based competition rank. */
  rank: number;
  /** How many were ranked. */
  of: number;
  /** True when at least one other entry has the same score. */
  tied: boolean;
}

/**
 * Competition ranks of `items` by `score`, highest first. Items whose score is
 * null or not finite are left out of the result (and out of `of`).
 */
export function competitionRanks<T>(items: readonly T[], score: (item: T) => number | null): Map<T, RankInfo> {
  const scored: { item: T; h: number }[] = [];
  for (const item of items) {
    const s = score(item);
    if (s !== null && Number.isFinite(s)) scored.push({ item, h: hundredths(s) });
  }
  scored.sort((a, b) => b.h - a.h);
  const result = new Map<T, RankInfo>();
  const of = scored.length;
  let i = 0;
  while (i < of) {
    let j = i;
    while (j + 1 < of && scored[j + 1]!.h === scored[i]!.h) j += 1;
    const tied = j > i;
    for (let k = i; k <= j; k += 1) result.set(scored[k]!.item, { rank: i + 1, of, tied });
    i = j + 1;
  }
  return result;
}

export interface RegionRanks {
  /** Among kabupaten (or kota) nationwide, as ORI ranks; null when not ranked that year. */
  kind: RankInfo | null;
  /** Among all kabupaten and kota of the same province; null when not ranked that year. */
  province: RankInfo | null;
}

/**
 * Ranks of every registry kabupaten/kota in `year`. The kind comes from the registry,
 * never from the score row, and only rows of level `kabupaten`/`kota` count.
 * Regions without a numeric score that year get `{ kind: null, province: null }`.
 */
export function rankRegions(regions: readonly Region[], scores: readonly ScoreEntry[], year: number): Map<string, RegionRanks> {
  const scoreOf = new Map<string, number | null>();
  for (const e of scores) if (e.year === year && e.level !== 'provinsi') scoreOf.set(e.code, e.score);
  const get = (r: Region) => scoreOf.get(r.code) ?? null;

  const byKind = new Map<RegionKind, Region[]>();
  const byProvince = new Map<string, Region[]>();
  for (const r of regions) {
    (byKind.get(r.kind) ?? byKind.set(r.kind, []).get(r.kind)!).push(r);
    (byProvince.get(r.provinceCode) ?? byProvince.set(r.provinceCode, []).get(r.provinceCode)!).push(r);
  }
  const kindRanks = new Map<Region, RankInfo>();
  for (const group of byKind.values()) for (const [r, info] of competitionRanks(group, get)) kindRanks.set(r, info);
  const provinceRanks = new Map<Region, RankInfo>();
  for (const group of byProvince.values()) for (const [r, info] of competitionRanks(group, get)) provinceRanks.set(r, info);

  const result = new Map<string, RegionRanks>();
  for (const r of regions) result.set(r.code, { kind: kindRanks.get(r) ?? null, province: provinceRanks.get(r) ?? null });
  return result;
}

/** The parts of a ranking row the change lists read (a `RegionRow` from queries.ts fits). */
export interface ChangeRow {
  region: { code: string; name: string };
  score: number | null;
  zone: Zone | null;
  previous: { year: number; score: number | null; zone: Zone | null } | null;
  change: number | null;
}

/** True when the row's previous assessment is `previousYear` (the assessed year before this one). */
function comparedWith(row: ChangeRow, previousYear: number | null): boolean {
  return previousYear !== null && row.previous !== null && row.previous.year === previousYear;
}

function byCode(a: ChangeRow, b: ChangeRow): number {
  return ascending(a.region.code, b.region.code);
}

/**
 * "Paling meningkat": the largest score increases against `previousYear` (the
 * assessed year before the list's year), highest first; only regions assessed in
 * both years, so a region back after a gap is not compared with an older year.
 * Ties keep all tied rows at the cut-off (so a list of 10 can hold 11).
 */
export function mostImproved<T extends ChangeRow>(rows: readonly T[], previousYear: number | null, limit = 10): T[] {
  const up = rows
    .filter((r) => comparedWith(r, previousYear) && r.change !== null && r.change > 0)
    .sort((a, b) => hundredths(b.change!) - hundredths(a.change!) || byCode(a, b));
  if (up.length <= limit || limit <= 0) return limit <= 0 ? [] : up;
  const cut = hundredths(up[limit - 1]!.change!);
  let end = limit;
  while (end < up.length && hundredths(up[end]!.change!) === cut) end += 1;
  return up.slice(0, end);
}

/**
 * "Turun zona": regions whose zone is lower than at `previousYear` (merah < kuning <
 * hijau), biggest drop first (two zones before one), then the largest score fall.
 * Only regions assessed in both years.
 */
export function fellZone<T extends ChangeRow>(rows: readonly T[], previousYear: number | null): T[] {
  const drop = (r: ChangeRow) => zoneRank(r.previous!.zone!) - zoneRank(r.zone!);
  return rows
    .filter((r) => comparedWith(r, previousYear) && r.zone !== null && r.previous!.zone !== null && drop(r) > 0)
    .sort((a, b) => drop(b) - drop(a) || (a.change ?? 0) - (b.change ?? 0) || byCode(a, b));
}

/** The parts of a row the ranking order reads (a `RegionRow` fits). */
export interface GradedRow {
  score: number | null;
  zone: Zone | null;
  category: Category | null;
  opinion?: { level: OpinionLevel } | null;
  /** True when the government has a published value that year. */
  published: boolean;
}

const CATEGORY_ORDER: Record<Category, number> = { A: 4, B: 3, C: 2, D: 1, E: 0 };
const OPINION_ORDER: Record<OpinionLevel, number> = { tertinggi: 3, tinggi: 2, sedang: 1, rendah: 0 };

/**
 * The grade group of a row, higher is better: zone (merah < kuning < hijau) with the
 * A–E letter inside it (hijau · A above hijau · B above plain hijau), or from 2025 the
 * opinion level (zones and opinions never meet in one year). −1 for a published figure
 * with neither (a score printed alone); null without a published figure.
 */
export function gradeGroup(row: GradedRow): number | null {
  if (!row.published) return null;
  if (row.zone !== null) return zoneRank(row.zone) * 10 + (row.category ? CATEGORY_ORDER[row.category] : 0);
  if (row.opinion) return OPINION_ORDER[row.opinion.level];
  return -1;
}

/**
 * The sort key of the ranking table's score column: grade group first, then the score,
 * and within a group a row without a score just below the lowest score (so, highest
 * first, zone-only rows come after the scored ones of their zone and before the next
 * zone). Null (sorted last either way) without a published figure. Never NaN.
 */
export function rankingSortKey(row: GradedRow): number | null {
  const group = gradeGroup(row);
  if (group === null) return null;
  return group * 1000 + (row.score !== null && Number.isFinite(row.score) ? hundredths(row.score) / 100 : -1);
}

/**
 * Rows in the ranking table's default order: by rankingSortKey, highest first, then
 * name (Indonesian collation) and code; rows without a published figure last.
 */
export function rankingOrder<T extends GradedRow & { region: { code: string; name: string } }>(rows: readonly T[]): T[] {
  const key = new Map(rows.map((r) => [r, rankingSortKey(r)]));
  return [...rows].sort((a, b) => {
    const ka = key.get(a)!;
    const kb = key.get(b)!;
    if (ka !== kb) return ka === null ? 1 : kb === null ? -1 : kb - ka;
    return a.region.name.localeCompare(b.region.name, 'id') || ascending(a.region.code, b.region.code);
  });
}

/**
 * A row's value in the ranking table's grade filter (the filter select on the rankings page):
 * its zone, from 2025 `opini-<level>`, `unrated` for a published figure with neither (the
 * table has only rows with a published figure: splitRanking).
 */
export function gradeFilterKey(row: GradedRow): string {
  return row.zone ?? (row.opinion ? `opini-${row.opinion.level}` : 'unrated');
}

const STANDING_ORDER: Record<Standing, number> = { below: 0, within: 1, above: 2 };

/** The sort key of the ranking table's standing column (province pages): below < within < above. */
export function standingSortKey(standing: Standing): number {
  return STANDING_ORDER[standing];
}

/** How many kabupaten and how many kota have a score in the ranked rows (the "of N" of each kind's ranks). */
export function scoredByKind(rows: readonly { region: { kind: RegionKind }; score: number | null }[]): Record<RegionKind, number> {
  const counts: Record<RegionKind, number> = { kabupaten: 0, kota: 0 };
  for (const r of rows) if (r.score !== null && Number.isFinite(r.score)) counts[r.region.kind] += 1;
  return counts;
}

/** The parts of a row the split between table and list reads (a `RegionRow` fits). */
export interface SplitRow {
  region: { code: string; name: string; provinceCode: string };
  provinceName: string;
  provinceSlug: string | null;
  /** True when the government has a published value that year (a score, a zone or grade, an opinion). */
  published: boolean;
}

/** One province's regions without a published figure in a year. */
export interface UnpublishedGroup<T extends SplitRow> {
  provinceCode: string;
  provinceName: string;
  provinceSlug: string | null;
  /** By name (Indonesian collation), then code. */
  rows: T[];
}

export interface RankingSplit<T extends SplitRow> {
  /** The table's rows: every region with a published figure that year, in the input order. */
  rows: T[];
  /** Every region without any published figure that year, by province (name order): listed, never filled in. */
  unpublished: UnpublishedGroup<T>[];
  /** How many regions are in `unpublished` (rows.length + unpublishedCount is the input's length). */
  unpublishedCount: number;
}

function byName(a: { name: string; code: string }, b: { name: string; code: string }): number {
  return a.name.localeCompare(b.name, 'id') || ascending(a.code, b.code);
}

/**
 * A year's ranking split in two: the rows of the table (a published figure that year:
 * a score, a zone or grade without a score, a 2025– opinion) and the regions without
 * any, grouped by province, for the list under the table, so no region drops out
 * silently. Nothing is filled in: a region is in exactly one of the two.
 */
export function splitRanking<T extends SplitRow>(rows: readonly T[]): RankingSplit<T> {
  const published: T[] = [];
  const groups = new Map<string, UnpublishedGroup<T>>();
  for (const row of rows) {
    if (row.published) {
      published.push(row);
      continue;
    }
    const code = row.region.provinceCode;
    const group = groups.get(code) ?? { provinceCode: code, provinceName: row.provinceName, provinceSlug: row.provinceSlug, rows: [] };
    group.rows.push(row);
    groups.set(code, group);
  }
  const unpublished = [...groups.values()].sort((a, b) =>
    byName({ name: a.provinceName, code: a.provinceCode }, { name: b.provinceName, code: b.provinceCode }),
  );
  for (const group of unpublished) group.rows.sort((a, b) => byName(a.region, b.region));
  return { rows: published, unpublished, unpublishedCount: rows.length - published.length };
}
