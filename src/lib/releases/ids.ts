/**
 * Release ids: the release date `YYYY-MM-DD`, and `YYYY-MM-DD.N` (N ≥ 2) for a further
 * release the same day (`npm run release -- --again`). Ids sort by date, then number.
 */

const ID = /^(\d{4})-(\d{2})-(\d{2})(?:\.([2-9]|[1-9]\d+))?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface ParsedReleaseId {
  date: string;
  /** 1 for the first release of the day. */
  sequence: number;
}

/** True when `date` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(date: string): boolean {
  const m = DATE.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** `2026-12-04.2` → `{ date: '2026-12-04', sequence: 2 }`; null for anything else. */
export function parseReleaseId(id: string): ParsedReleaseId | null {
  const m = ID.exec(id);
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isIsoDate(date)) return null;
  return { date, sequence: m[4] === undefined ? 1 : Number(m[4]) };
}

/** The id of the `sequence`-th release on `date`. */
export function releaseId(date: string, sequence = 1): string {
  return sequence === 1 ? date : `${date}.${sequence}`;
}

/** Orders ids oldest first: by date, then by sequence. */
export function compareReleaseIds(a: string, b: string): number {
  const pa = parseReleaseId(a);
  const pb = parseReleaseId(b);
  if (!pa || !pb) throw new Error(`releases: not a release id: ${JSON.stringify(pa ? b : a)}`);
  return pa.date < pb.date ? -1 : pa.date > pb.date ? 1 : pa.sequence - pb.sequence;
}

/** The release date as an Atom/RFC 3339 timestamp: midnight UTC (a release has a date, not a time). */
export function releaseTimestamp(date: string): string {
  return `${date}T00:00:00Z`;
}

/** Today's date in UTC, `YYYY-MM-DD` (only the release command asks; pages never do). */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
