/**
 * A data release: the figures the site showed on a date, one entry per government-year,
 * recorded by `npm run release` under `data/releases/<id>.json` (committed). Successive
 * releases give the change log of `/perubahan/` and its Atom feed (src/lib/releases/diff.ts).
 */
import type { Category, GovernmentLevel, OpinionLevel, QualityCategory, Zone } from '../types.ts';

/** 2025–: the Opini Ombudsman shown, as in `ScoreEntry.opinion`. */
export interface ReleaseOpinion {
  level: OpinionLevel;
  quality: QualityCategory | null;
  withoutMaladministration: boolean;
}

/** The value shown for a government-year: a score, a zone/letter, an opinion, or several of them. */
export interface ReleaseValue {
  score: number | null;
  zone: Zone | null;
  category: Category | null;
  opinion: ReleaseOpinion | null;
}

/** One government-year of a release. */
export interface ReleaseEntry extends ReleaseValue {
  /** Kemendagri code: `18.09` (kabupaten/kota) or `18` (provincial government). */
  code: string;
  year: number;
  level: GovernmentLevel;
  /** The registry's name at release time (`Kabupaten Pesawaran`; the province's name for its government). */
  name: string;
  /** The page the shown value came from (its URL; the source's label when it had no link), or null. */
  source: string | null;
  /** Every other source's page for the same government-year, in precedence order, without repeats. */
  alternatives: string[];
}

/** A raw file the release was ingested from (from manifest.json). */
export interface ReleaseFile {
  path: string;
  sha256: string;
}

/** `data/releases/<id>.json` */
export interface Release {
  formatVersion: 1;
  /** `2026-12-04`, or `2026-12-04.2` for a further release the same day (see ids.ts). */
  id: string;
  /** The release date, `YYYY-MM-DD` (UTC). */
  date: string;
  /** The region registry the names and codes come from, e.g. `idn-area-data 4.0.1`. */
  registry: string;
  /** Province code → name, for every province of the registry (names of places outside a preview build). */
  provinces: Record<string, string>;
  /** The raw compliance files the figures were read from, with their SHA-256. */
  files: ReleaseFile[];
  /** Sorted by code, then year (compareEntries). */
  entries: ReleaseEntry[];
}
