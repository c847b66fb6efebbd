/**
 * What changed between two releases, per government-year: added, removed, a value changed
 * (score, zone, letter or opinion; old → new with the sources of both), or only the sources
 * (pages added or dropped, or another page now shown). Pure; the order of the result is the
 * entries' order (code, then year).
 */
import { compareEntries } from './record.ts';
import type { ReleaseEntry, ReleaseOpinion, ReleaseValue } from './types.ts';

export type ValueField = 'score' | 'zone' | 'category' | 'opinion';

/** Source pages of a government-year that one release has and the other has not. */
export interface SourceDelta {
  /** Pages in the newer release only (shown or alternative), in its order. */
  sourcesAdded: string[];
  /** Pages in the older release only. */
  sourcesRemoved: string[];
}

export type YearChange =
  | { kind: 'added'; entry: ReleaseEntry }
  | { kind: 'removed'; entry: ReleaseEntry }
  | ({ kind: 'changed'; before: ReleaseEntry; after: ReleaseEntry; fields: ValueField[] } & SourceDelta)
  | ({ kind: 'sources'; before: ReleaseEntry; after: ReleaseEntry; shownSourceChanged: boolean } & SourceDelta);

export type ChangeKind = YearChange['kind'];

export interface ChangeCounts {
  /** Government-years with a value in the newer release only. */
  added: number;
  /** Government-years with a value in the older release only. */
  removed: number;
  /** Government-years whose shown value changed. */
  changed: number;
  /** Government-years whose value stayed and whose sources changed. */
  sources: number;
  /** Source pages cited in the newer release and nowhere in the older one. */
  newSourcePages: number;
}

export interface ReleaseDiff {
  changes: YearChange[];
  counts: ChangeCounts;
}

function sameOpinion(a: ReleaseOpinion | null, b: ReleaseOpinion | null): boolean {
  if (a === null || b === null) return a === b;
  return a.level === b.level && a.quality === b.quality && a.withoutMaladministration === b.withoutMaladministration;
}

/** Which parts of the shown value differ. */
export function valueFields(a: ReleaseValue, b: ReleaseValue): ValueField[] {
  const fields: ValueField[] = [];
  if (a.score !== b.score) fields.push('score');
  if (a.zone !== b.zone) fields.push('zone');
  if (a.category !== b.category) fields.push('category');
  if (!sameOpinion(a.opinion, b.opinion)) fields.push('opinion');
  return fields;
}

/** Every page an entry cites: the shown value's first, then the alternatives. */
export function pagesOf(entry: ReleaseEntry): string[] {
  return entry.source === null ? entry.alternatives : [entry.source, ...entry.alternatives.filter((p) => p !== entry.source)];
}

function sourceDelta(before: ReleaseEntry, after: ReleaseEntry): SourceDelta {
  const old = new Set(pagesOf(before));
  const now = new Set(pagesOf(after));
  return {
    sourcesAdded: [...now].filter((p) => !old.has(p)),
    sourcesRemoved: [...old].filter((p) => !now.has(p)),
  };
}

/** The change of one government-year present in both releases, or null when nothing changed. */
function compareYear(before: ReleaseEntry, after: ReleaseEntry): YearChange | null {
  const fields = valueFields(before, after);
  const delta = sourceDelta(before, after);
  if (fields.length > 0) return { kind: 'changed', before, after, fields, ...delta };
  const shownSourceChanged = before.source !== after.source;
  if (delta.sourcesAdded.length > 0 || delta.sourcesRemoved.length > 0 || shownSourceChanged) {
    return { kind: 'sources', before, after, shownSourceChanged, ...delta };
  }
  return null;
}

/** The entry a change is about (the newer one where there are two). */
export function changeEntry(change: YearChange): ReleaseEntry {
  return change.kind === 'added' || change.kind === 'removed' ? change.entry : change.after;
}

function checkSorted(entries: readonly ReleaseEntry[], which: string): void {
  for (let i = 1; i < entries.length; i++) {
    if (compareEntries(entries[i - 1]!, entries[i]!) >= 0) {
      throw new Error(`releases: ${which} entries must be sorted by code and year without repeats (at ${entries[i]!.code} ${entries[i]!.year})`);
    }
  }
}

/**
 * The changes from `older` to `newer` (both sorted by code and year, as release files are).
 * An empty `older` makes every entry `added`.
 */
export function diffReleases(older: readonly ReleaseEntry[], newer: readonly ReleaseEntry[]): ReleaseDiff {
  checkSorted(older, 'older');
  checkSorted(newer, 'newer');
  const changes: YearChange[] = [];
  let i = 0;
  let j = 0;
  while (i < older.length || j < newer.length) {
    const a = older[i];
    const b = newer[j];
    const order = a === undefined ? 1 : b === undefined ? -1 : compareEntries(a, b);
    if (order < 0) {
      changes.push({ kind: 'removed', entry: a! });
      i++;
    } else if (order > 0) {
      changes.push({ kind: 'added', entry: b! });
      j++;
    } else {
      const change = compareYear(a!, b!);
      if (change) changes.push(change);
      i++;
      j++;
    }
  }
  const oldPages = new Set(older.flatMap(pagesOf));
  const newPages = new Set(newer.flatMap(pagesOf));
  const counts: ChangeCounts = {
    added: changes.filter((c) => c.kind === 'added').length,
    removed: changes.filter((c) => c.kind === 'removed').length,
    changed: changes.filter((c) => c.kind === 'changed').length,
    sources: changes.filter((c) => c.kind === 'sources').length,
    newSourcePages: [...newPages].filter((p) => !oldPages.has(p)).length,
  };
  return { changes, counts };
}

/**
 * True when the two record the same values and source pages per government-year: nothing
 * for a new release to say (a renamed region or an edited note alone makes no release).
 */
export function sameFigures(older: readonly ReleaseEntry[], newer: readonly ReleaseEntry[]): boolean {
  return diffReleases(older, newer).changes.length === 0;
}
