/**
 * The change log of all releases (for `/perubahan/`, its feed and the region pages): each
 * release against the one before it, the changes grouped by province and government, the
 * latest release that changed each government, and whether the figures the site is built
 * from still match the latest release. Pure.
 */
import { changeEntry, diffReleases, type ReleaseDiff, type YearChange } from './diff.ts';
import { compareReleaseIds } from './ids.ts';
import type { Release, ReleaseEntry } from './types.ts';

export interface ReleaseRecord {
  release: Release;
  /** The release before this one, or null for the first. */
  previous: Pick<Release, 'id' | 'date'> | null;
  /** Against the previous release; against nothing (everything added) for the first. */
  diff: ReleaseDiff;
  /** Governments with at least one figure, and the years the release covers. */
  stats: { entries: number; governments: number; firstYear: number | null; lastYear: number | null };
}

function statsOf(entries: readonly ReleaseEntry[]): ReleaseRecord['stats'] {
  const years = entries.map((e) => e.year);
  return {
    entries: entries.length,
    governments: new Set(entries.map((e) => e.code)).size,
    firstYear: years.length ? Math.min(...years) : null,
    lastYear: years.length ? Math.max(...years) : null,
  };
}

/** Every release with its changes, newest first. Ids must be distinct. */
export function releaseHistory(releases: readonly Release[]): ReleaseRecord[] {
  const ordered = [...releases].sort((a, b) => compareReleaseIds(a.id, b.id));
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i - 1]!.id === ordered[i]!.id) throw new Error(`releases: two releases with id ${ordered[i]!.id}`);
  }
  return ordered
    .map((release, i) => {
      const previous = i > 0 ? ordered[i - 1]! : null;
      return {
        release,
        previous: previous ? { id: previous.id, date: previous.date } : null,
        diff: diffReleases(previous?.entries ?? [], release.entries),
        stats: statsOf(release.entries),
      };
    })
    .reverse();
}

/** The province of a government code: `18.09` → `18`, `18` → `18`. */
export function provinceOfCode(code: string): string {
  return code.slice(0, 2);
}

export interface GovernmentChanges {
  code: string;
  level: ReleaseEntry['level'];
  name: string;
  changes: YearChange[];
}

export interface ProvinceChanges {
  provinceCode: string;
  /** The provincial government first (its code sorts first), then kabupaten/kota by code. */
  governments: GovernmentChanges[];
}

/** Changes (in code and year order, as diffReleases gives them) grouped by province, then government. */
export function groupChanges(changes: readonly YearChange[]): ProvinceChanges[] {
  const provinces: ProvinceChanges[] = [];
  for (const change of changes) {
    const entry = changeEntry(change);
    const provinceCode = provinceOfCode(entry.code);
    let province = provinces.at(-1);
    if (province?.provinceCode !== provinceCode) provinces.push((province = { provinceCode, governments: [] }));
    let government = province.governments.at(-1);
    if (government?.code !== entry.code) province.governments.push((government = { code: entry.code, level: entry.level, name: entry.name, changes: [] }));
    government.changes.push(change);
  }
  return provinces;
}

/**
 * Government code → the newest release in which its figures or sources changed (the first
 * release counts as a change for everything it recorded). Governments in no release are absent.
 */
export function lastChangedIn(history: readonly ReleaseRecord[]): Map<string, ReleaseRecord> {
  const out = new Map<string, ReleaseRecord>();
  for (const record of history) {
    for (const change of record.diff.changes) {
      const code = changeEntry(change).code;
      if (!out.has(code)) out.set(code, record);
    }
  }
  return out;
}

/**
 * What the figures the site is built from (`current`, as release entries) have that the latest
 * release has not, restricted to governments `inScope` (a preview build holds a few provinces).
 * Empty when the build shows exactly the latest release; everything when there is no release.
 */
export function unreleasedChanges(latest: Release | null, current: readonly ReleaseEntry[], inScope: (code: string) => boolean): YearChange[] {
  const released = (latest?.entries ?? []).filter((e) => inScope(e.code));
  return diffReleases(
    released,
    current.filter((e) => inScope(e.code)),
  ).changes;
}
