import { ascending } from 'd3-array';
import type { ScoreReading } from './types.ts';

/**
 * Which source's reading of a government-year is shown when several exist. Every
 * reading is kept (the others travel as `alternatives`); this only orders them:
 *
 * 1. a reading with a value (score, zone/letter or opinion) before one without;
 * 2. a reading with an exact score before one with only a zone, letter or opinion;
 * 3. by source: Ombudsman RI's own pages (ombudsman.go.id), then the national wire
 *    service (Antara), then any other page, then a row with no link;
 * 4. a tie goes to the row listed first (file path, then line).
 */

export type SourceClass = 'ombudsman' | 'wire' | 'other' | 'none';

const CLASS_ORDER: readonly SourceClass[] = ['ombudsman', 'wire', 'other', 'none'];

/** Host names of the national wire service (Antara and its regional bureaus). */
const WIRE = /(^|\.)antaranews\.(com|co)$/;

export function sourceClass(url: string | undefined): SourceClass {
  if (url === undefined) return 'none';
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'other';
  }
  if (host === 'ombudsman.go.id' || host.endsWith('.ombudsman.go.id')) return 'ombudsman';
  if (WIRE.test(host)) return 'wire';
  return 'other';
}

export function hasValue(r: ScoreReading): boolean {
  return r.score !== null || r.zone !== null || r.category !== null || r.opinion !== undefined;
}

function compareSources(a: ScoreReading, b: ScoreReading): number {
  return ascending(a.source.file, b.source.file) || a.source.line - b.source.line;
}

/** Readings in precedence order (a new array; the first is the one shown). */
export function byPrecedence<T extends ScoreReading>(readings: readonly T[]): T[] {
  const rank = (r: T) => [hasValue(r) ? 0 : 1, r.score !== null ? 0 : 1, CLASS_ORDER.indexOf(sourceClass(r.source.url))];
  return [...readings].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return compareSources(a, b);
  });
}

/** Items in source precedence only (Ombudsman RI, Antara, other pages, no link; then the row listed first). */
export function byPrecedenceOf<T>(items: readonly T[], sourceOf: (item: T) => ScoreReading['source']): T[] {
  return [...items].sort((a, b) => {
    const sa = sourceOf(a);
    const sb = sourceOf(b);
    const d = CLASS_ORDER.indexOf(sourceClass(sa.url)) - CLASS_ORDER.indexOf(sourceClass(sb.url));
    if (d !== 0) return d;
    if (sa.file !== sb.file) return sa.file < sb.file ? -1 : 1;
    return sa.line - sb.line;
  });
}

/**
 * Whether `other` disagrees with `shown`: a different exact score, zone, letter or
 * opinion level where both print one. A reading that says less (a zone where the
 * other has a score in that zone) does not differ.
 */
export function differs(shown: ScoreReading, other: ScoreReading): boolean {
  const both = <V>(a: V | null | undefined, b: V | null | undefined) => a !== null && a !== undefined && b !== null && b !== undefined && a !== b;
  return (
    both(shown.score, other.score) ||
    both(shown.zone, other.zone) ||
    both(shown.category, other.category) ||
    both(shown.opinion?.level, other.opinion?.level) ||
    (shown.opinion !== undefined && other.opinion !== undefined && shown.opinion.withoutMaladministration !== other.opinion.withoutMaladministration)
  );
}

/** A figure (score entry or complaint figure) another of whose sources prints a different value ("sumber berbeda"). */
export function sourcesDiffer(figure: { alternatives?: readonly { differs: boolean }[] }): boolean {
  return figure.alternatives?.some((a) => a.differs) ?? false;
}
