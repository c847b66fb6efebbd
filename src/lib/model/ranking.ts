import type { Region, RegionKind, ScoreEntry, Zone } from '../types.ts';
import { zoneRank } from '../zones.ts';
import { hundredths } from './stats.ts';

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
export function rankRegions(
  regions: readonly Region[],
  scores: readonly ScoreEntry[],
  year: number,
): Map<string, RegionRanks> {
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
  return a.region.code < b.region.code ? -1 : a.region.code > b.region.code ? 1 : 0;
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
