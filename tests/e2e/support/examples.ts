/**
 * Real examples for the e2e tests, chosen by querying the processed data the site was
 * built from (so a row added to data/raw never breaks a test): "a region with a score
 * in its latest year", "a region whose sources differ", "a 2025 opinion after a 2024
 * score"… Each picker prefers Kabupaten Pesawaran (18.09) / Lampung (18) when it fits,
 * then the lowest code, and fails loudly when the data has no such example.
 */
import type { Dataset } from '../../../src/lib/model/load.ts';
import { figuresIndex, regionProfile, type RegionProfile } from '../../../src/lib/model/figures-index.ts';
import type { ScoreEntry } from '../../../src/lib/types.ts';
import { schemeFor } from '../../../src/lib/zones.ts';

export const PESAWARAN = '18.09';

type Alternative = NonNullable<ScoreEntry['alternatives']>[number];

const byCode = (a: { code: string }, b: { code: string }) =>
  a.code === PESAWARAN ? -1 : b.code === PESAWARAN ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;

function profiles(dataset: Dataset): RegionProfile[] {
  return [...dataset.registry.regions].sort(byCode).map((r) => regionProfile(dataset, r.code)!);
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the processed data has no ${what}: pick another example`);
  return value;
}

export const isOpinionYear = (year: number) => schemeFor(year)?.method === 'opinion';

/** A region whose latest result has a score (not under the 2025 opinion method), a change, a rank and a standing. */
export function scoredRegion(dataset: Dataset): RegionProfile {
  return need(
    profiles(dataset).find(
      (p) => p.latest && p.latest.point.score !== null && !isOpinionYear(p.latest.point.year) && p.latest.change !== null && p.ranks?.kind && p.standing,
    ),
    'region with a score, a change, a rank and a standing in its latest year',
  );
}

/** A region whose latest result is a zone (or letter) printed without a score. */
export function zoneOnlyRegion(dataset: Dataset): RegionProfile {
  return need(
    profiles(dataset).find((p) => p.latest && p.latest.point.score === null && p.latest.point.zone !== null && !isOpinionYear(p.latest.point.year)),
    'region whose latest result is zone-only',
  );
}

/** A region whose latest result is a 2025 opinion WITH a score, after a 2024 result with a score. */
export function opinionRegion(dataset: Dataset): RegionProfile {
  return need(
    profiles(dataset).find((p) => {
      const latest = p.latest?.point;
      const before = p.beforeMethodBreak?.change.point;
      return (
        latest && isOpinionYear(latest.year) && latest.opinion && latest.score !== null && before && before.year === latest.year - 1 && before.score !== null
      );
    }),
    'region with a 2025 opinion and score after a 2024 score',
  );
}

/** A kabupaten/kota government-year whose sources give two different scores, both with a link. */
export function differingSources(dataset: Dataset): { profile: RegionProfile; entry: ScoreEntry; other: Alternative } {
  const regions = new Set(dataset.registry.regions.map((r) => r.code));
  const found = [...dataset.scores]
    .filter((e) => e.level !== 'provinsi' && regions.has(e.code))
    .sort((a, b) => byCode(a, b) || a.year - b.year)
    .flatMap((entry) => {
      const other = entry.alternatives?.find(
        (a) => a.differs && a.score !== null && a.score !== entry.score && a.source.url && a.source.url !== entry.source.url,
      );
      return other && entry.score !== null && entry.source.url ? [{ entry, other }] : [];
    })[0];
  const hit = need(found, 'government-year whose sources give two different scores with links');
  return { profile: regionProfile(dataset, hit.entry.code)!, ...hit };
}

/** Years from the first to the latest assessed year where the region has no entry and ORI did assess (not 2020). */
export function unpublishedYears(dataset: Dataset, profile: RegionProfile): number[] {
  const index = figuresIndex(dataset);
  const years: number[] = [];
  for (let y = index.years[0]!; y <= index.latestYear!; y += 1) {
    if (schemeFor(y) !== null && !profile.entries.some((e) => e.year === y)) years.push(y);
  }
  return years;
}
