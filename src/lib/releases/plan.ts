/**
 * What `npm run release` does with the figures it is given, decided without touching files:
 * write a new release, replace the latest one (`--force`), add another the same day
 * (`--again`), say "no change since <last>", or refuse (an existing release, a date before the
 * latest, a date that is not a date). History only grows at its end: an older release is
 * never replaced, and no release is dated before the latest.
 */
import { diffReleases, sameFigures, type ReleaseDiff } from './diff.ts';
import { compareReleaseIds, isIsoDate, parseReleaseId, releaseId } from './ids.ts';
import type { Release, ReleaseEntry } from './types.ts';

export interface ReleaseRequest {
  /** `YYYY-MM-DD` */
  date: string;
  /** Replace the latest release when it is of `date` (the day's last one, `date.2` after `--again`). */
  force: boolean;
  /** Record a further release on `date` (`date.2`, `date.3`, …) when one exists. */
  again: boolean;
}

export type ReleasePlan =
  | { action: 'unchanged'; since: string }
  | { action: 'write'; id: string; replaces: boolean; previous: string | null; diff: ReleaseDiff }
  | { action: 'refuse'; reason: string };

export function planRelease(
  existing: readonly Pick<Release, 'id' | 'date' | 'entries'>[],
  current: readonly ReleaseEntry[],
  request: ReleaseRequest,
): ReleasePlan {
  if (!isIsoDate(request.date)) return { action: 'refuse', reason: `--date ${JSON.stringify(request.date)} is not a date written YYYY-MM-DD` };
  if (request.force && request.again) return { action: 'refuse', reason: '--force and --again do not go together' };
  const ordered = [...existing].sort((a, b) => compareReleaseIds(a.id, b.id));
  const latest = ordered.at(-1) ?? null;
  if (latest && sameFigures(latest.entries, current)) return { action: 'unchanged', since: latest.id };
  if (latest && request.date < latest.date) {
    return { action: 'refuse', reason: `--date ${request.date} is before the latest release ${latest.id}: releases are recorded in date order` };
  }
  const sameDay = ordered.filter((r) => r.date === request.date);
  // --again: the next number that day; --force: the day's last release (the latest, as no date is before it).
  const id = request.again
    ? releaseId(request.date, Math.max(0, ...sameDay.map((r) => parseReleaseId(r.id)!.sequence)) + 1)
    : request.force && sameDay.length > 0
      ? sameDay.at(-1)!.id
      : releaseId(request.date);
  const taken = ordered.some((r) => r.id === id);
  if (!taken) return { action: 'write', id, replaces: false, previous: latest?.id ?? null, diff: diffReleases(latest?.entries ?? [], current) };
  if (!request.force) {
    return {
      action: 'refuse',
      reason: `release ${id} exists; --force replaces it, --again records another release on ${request.date} (${releaseId(request.date, Math.max(...sameDay.map((r) => parseReleaseId(r.id)!.sequence)) + 1)})`,
    };
  }
  if (id !== latest!.id) return { action: 'refuse', reason: `release ${id} is not the latest (${latest!.id}): only the latest release can be replaced` };
  const previous = ordered.at(-2) ?? null;
  if (previous && sameFigures(previous.entries, current)) {
    return { action: 'refuse', reason: `the figures are those of release ${previous.id}: delete ${id} instead of replacing it` };
  }
  return { action: 'write', id, replaces: true, previous: previous?.id ?? null, diff: diffReleases(previous?.entries ?? [], current) };
}

/** One line for the terminal: `added 12, changed 3, removed 0, sources changed 5, new source pages 4`. */
export function countsLine(diff: ReleaseDiff): string {
  const c = diff.counts;
  return `added ${c.added}, changed ${c.changed}, removed ${c.removed}, sources changed ${c.sources}, new source pages ${c.newSourcePages}`;
}
