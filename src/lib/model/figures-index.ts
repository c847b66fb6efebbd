import type { ComplaintEntry, Province, Region, ScoreEntry, ScoreMention } from '../types.ts';
import { schemeFor, zoneRank } from '../zones.ts';
import { assessedYears, previousAssessedYear, regionRows, type RegionRow, type ScoreData } from './queries.ts';
import { rankRegions, type RegionRanks } from './ranking.ts';
import { mediansByYear, seriesOf, yearOverYear, type SeriesPoint, type YearChange, type ZoneMove } from './series.ts';
import { standingAgainst, type StandingResult } from './stats.ts';

/**
 * The figures index: every kabupaten/kota figure of a dataset by region code (scores,
 * complaints, mentions), the assessed years, medians, ranks and ranking rows, computed once
 * per dataset (src/lib/site-data.ts keeps it in SiteData.figuresIndex; 514 region pages
 * read the same index) and memoised on the dataset object; and what the region, ranking,
 * province and comparison pages read from it (a region's profile; the search index and the
 * comparison data are in search-index.ts and compare-data.ts). Pure: no file access here (see load.ts).
 */

/** What the figures index is built from: the registry and the figures (a Dataset is one). */
export interface FiguresData extends ScoreData {
  complaints: readonly ComplaintEntry[];
  /** Sources naming a government-year without a figure (mentions.json); optional for small fixtures. */
  mentions?: readonly ScoreMention[];
}

export interface FiguresIndex {
  /** Years with any kabupaten/kota score, ascending. */
  years: number[];
  latestYear: number | null;
  regionByCode: Map<string, Region>;
  provinceByCode: Map<string, Province>;
  /** Kabupaten/kota score entries per code (provincial rows excluded). */
  scoresByCode: Map<string, ScoreEntry[]>;
  /** Kabupaten/kota complaint entries per code, oldest first. */
  complaintsByCode: Map<string, ComplaintEntry[]>;
  /** Kabupaten/kota mentions (named without a figure) per code, oldest first. */
  mentionsByCode: Map<string, ScoreMention[]>;
  /** Median of all kabupaten/kota scores per year. */
  nationalMedians: Map<number, number>;
  /** Median of each province's kabupaten/kota scores per year. */
  provinceMedians: Map<string, Map<number, number>>;
  /** Scores of a province's kabupaten/kota in a year (for the ±1 SD standing). */
  provinceScores(provinceCode: string, year: number): number[];
  /** Ranks of every kabupaten/kota in a year (cached per year). */
  ranks(year: number): Map<string, RegionRanks>;
  /** Ranking rows of every kabupaten/kota in a year (cached per year). */
  rankingRows(year: number): RankingRow[];
}

/**
 * Every year from the first to the latest assessed year, inclusive, with the years without an
 * assessment between them (2020): the span of the trend charts, the comparison and its data.
 */
export function yearSpan(index: Pick<FiguresIndex, 'years' | 'latestYear'>): number[] {
  const first = index.years[0];
  const last = index.latestYear;
  const years: number[] = [];
  if (first !== undefined && last !== null) for (let y = first; y <= last; y += 1) years.push(y);
  return years;
}

export interface RankingRow extends RegionRow {
  ranks: RegionRanks;
  /** True when the previous assessment is the assessed year right before `year`. */
  consecutive: boolean;
  /** True when the previous assessment was under another scheme (2021 → 2022). */
  schemeChanged: boolean;
  zoneMove: ZoneMove | null;
}

const cache = new WeakMap<object, FiguresIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A year's ranking rows: each region's row with its ranks, whether its previous assessment is the assessed year before, and its zone move. */
function rankingRowsOf(data: FiguresData, year: number, ranks: Map<string, RegionRanks>, scoresByCode: Map<string, ScoreEntry[]>): RankingRow[] {
  const prevYear = previousAssessedYear(data.scores, year);
  return regionRows(data, year).map((row): RankingRow => {
    const current = (scoresByCode.get(row.region.code) ?? []).find((e) => e.year === year);
    const prior = row.previous ? (scoresByCode.get(row.region.code) ?? []).find((e) => e.year === row.previous!.year) : undefined;
    const move = row.zone && row.previous?.zone ? zoneRank(row.zone) - zoneRank(row.previous.zone) : null;
    const zoneMove: ZoneMove | null = move === null ? null : move > 0 ? 'up' : move < 0 ? 'down' : 'same';
    return {
      ...row,
      ranks: ranks.get(row.region.code) ?? { kind: null, province: null },
      consecutive: row.previous !== null && row.previous.year === prevYear,
      schemeChanged: Boolean(current && prior && current.scheme !== prior.scheme),
      zoneMove,
    };
  });
}

/** The memoised index for a dataset (keyed on the dataset object: it reads the registry, scores, complaints and mentions). */
export function figuresIndex(data: FiguresData): FiguresIndex {
  const hit = cache.get(data);
  if (hit) return hit;

  const regionByCode = new Map(data.registry.regions.map((r) => [r.code, r]));
  const provinceByCode = new Map(data.registry.provinces.map((p) => [p.code, p]));
  const scoresByCode = new Map<string, ScoreEntry[]>();
  const byProvince = new Map<string, ScoreEntry[]>();
  for (const e of data.scores) {
    if (e.level === 'provinsi') continue;
    push(scoresByCode, e.code, e);
    const region = regionByCode.get(e.code);
    if (region) push(byProvince, region.provinceCode, e);
  }
  const complaintsByCode = new Map<string, ComplaintEntry[]>();
  for (const c of data.complaints) if (c.level !== 'provinsi') push(complaintsByCode, c.code, c);
  for (const list of complaintsByCode.values()) list.sort((a, b) => a.year - b.year);
  const mentionsByCode = new Map<string, ScoreMention[]>();
  for (const m of data.mentions ?? []) if (m.level !== 'provinsi') push(mentionsByCode, m.code, m);
  for (const list of mentionsByCode.values()) list.sort((a, b) => a.year - b.year);

  const provinceMedians = new Map<string, Map<number, number>>();
  for (const [code, entries] of byProvince) provinceMedians.set(code, mediansByYear(entries));

  const provinceScoreCache = new Map<string, number[]>();
  const rankCache = new Map<number, Map<string, RegionRanks>>();
  const rowCache = new Map<number, RankingRow[]>();
  const years = assessedYears(data.scores);

  const index: FiguresIndex = {
    years,
    latestYear: years.at(-1) ?? null,
    regionByCode,
    provinceByCode,
    scoresByCode,
    complaintsByCode,
    mentionsByCode,
    nationalMedians: mediansByYear(data.scores),
    provinceMedians,
    provinceScores(provinceCode, year) {
      const key = `${provinceCode}|${year}`;
      let list = provinceScoreCache.get(key);
      if (!list) {
        list = (byProvince.get(provinceCode) ?? []).filter((e) => e.year === year && e.score !== null).map((e) => e.score!);
        provinceScoreCache.set(key, list);
      }
      return list;
    },
    ranks(year) {
      let ranks = rankCache.get(year);
      if (!ranks) {
        ranks = rankRegions(data.registry.regions, data.scores, year);
        rankCache.set(year, ranks);
      }
      return ranks;
    },
    rankingRows(year) {
      let rows = rowCache.get(year);
      if (!rows) {
        rows = rankingRowsOf(data, year, index.ranks(year), scoresByCode);
        rowCache.set(year, rows);
      }
      return rows;
    },
  };
  cache.set(data, index);
  return index;
}

export interface RegionProfile {
  region: Region;
  province: Province | null;
  /** The region's assessments, oldest first. */
  points: SeriesPoint[];
  /** Each assessment against the one before it. */
  changes: YearChange[];
  /** The region's latest assessment (with its comparison), or null when never assessed. */
  latest: YearChange | null;
  /**
   * Ranks in the region's latest assessed year, among governments with a score that year;
   * null when the latest year is under the 2025– opinion method (ORI ranks no one there and
   * nothing is derived from its scores).
   */
  ranks: RegionRanks | null;
  /** Standing against the province median in the region's latest assessed year (null: no score, too few, or an opinion year). */
  standing: StandingResult | null;
  /**
   * When the latest result is under the 2025– opinion method: the region's latest result
   * before the method changed, with its ranks (what a reader compares with); else null.
   */
  beforeMethodBreak: { change: YearChange; ranks: RegionRanks | null } | null;
  /** Province and national medians per year (≥ 5 scores; years under the opinion method left out). */
  provinceMedians: Map<number, number>;
  nationalMedians: Map<number, number>;
  complaints: ComplaintEntry[];
  /** Score entries (for sources), oldest first. */
  entries: ScoreEntry[];
  /** Sources naming the region in a year without a figure, oldest first. */
  mentions: ScoreMention[];
}

/** True for a year under the 2025– opinion method (no zones, no cut-offs: nothing derived from its scores). */
function opinionYear(year: number): boolean {
  return schemeFor(year)?.method === 'opinion';
}

function withoutOpinionYears(medians: ReadonlyMap<number, number>): Map<number, number> {
  return new Map([...medians].filter(([year]) => !opinionYear(year)));
}

/** Everything the region page shows for `code`, or null when the code is not a registry kabupaten/kota. */
export function regionProfile(data: FiguresData, code: string): RegionProfile | null {
  const index = figuresIndex(data);
  const region = index.regionByCode.get(code);
  if (!region) return null;
  const entries = [...(index.scoresByCode.get(code) ?? [])].sort((a, b) => a.year - b.year);
  const points = seriesOf(entries);
  const changes = yearOverYear(points);
  const latest = changes.at(-1) ?? null;
  const latestOpinion = latest !== null && opinionYear(latest.point.year);
  const latestScore = latest?.point.score ?? null;
  const standing =
    latest && latestScore !== null && !latestOpinion ? standingAgainst(latestScore, index.provinceScores(region.provinceCode, latest.point.year)) : null;
  const before = latestOpinion ? ([...changes].reverse().find((c) => !opinionYear(c.point.year)) ?? null) : null;
  return {
    region,
    province: index.provinceByCode.get(region.provinceCode) ?? null,
    points,
    changes,
    latest,
    ranks: latest && !latestOpinion ? (index.ranks(latest.point.year).get(code) ?? null) : null,
    standing,
    beforeMethodBreak: before ? { change: before, ranks: index.ranks(before.point.year).get(code) ?? null } : null,
    provinceMedians: withoutOpinionYears(index.provinceMedians.get(region.provinceCode) ?? new Map()),
    nationalMedians: withoutOpinionYears(index.nationalMedians),
    complaints: index.complaintsByCode.get(code) ?? [],
    entries,
    mentions: index.mentionsByCode.get(code) ?? [],
  };
}
