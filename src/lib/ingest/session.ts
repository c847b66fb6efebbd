import type { ComplaintFigure, ManifestFile, RegistryFile, ScoreReading, SkippedRow } from '../types.ts';
import { FIRST_ASSESSMENT_YEAR, YEARS_WITHOUT_ASSESSMENT } from '../zones.ts';
import { ComplaintStore } from './complaint-store.ts';
import type { InputKind } from './headers.ts';
import type { IngestOptions } from './ingest.ts';
import { buildRegionIndex, type Alias, type Government, type MatchResult, type RegionIndex } from './match.ts';
import type { FieldIssue } from './fields.ts';
import type { Problem } from './report.ts';
import type { Candidate } from './score-entries.ts';

/**
 * What an ingest has gathered so far, as one explicit record: the row handlers
 * (score-row.ts, complaint-row.ts) add to it, finish.ts turns it into the result.
 */
export interface Session {
  readonly registry: RegistryFile;
  readonly options: IngestOptions;
  readonly index: RegionIndex;
  /** Every problem, in the order found (sorted once at the end). */
  readonly problems: Problem[];
  /** Exports repeat the same names on thousands of rows: each spelling is matched once. */
  readonly matches: Map<string, MatchResult>;
  /** Every compliance reading per government-year (`code|year`), in the order read. */
  readonly candidates: Map<string, Candidate[]>;
  /** The first row per government-year and source (`code|year|source`). */
  readonly scoreSeen: Map<string, ScoreSeen>;
  readonly complaints: ComplaintStore;
  /** Published complaint figures (nation, offices, governments), in the order read. */
  readonly figures: ComplaintFigure[];
  /** Per complaints file, the category column's header (repeated categories are reported once all rows are in). */
  readonly categoryColumns: Map<string, string>;
  readonly manifestFiles: ManifestFile[];
  readonly skipped: SkippedRow[];
  readonly yearsFromNames: { file: string; year: number }[];
  dataFiles: number;
  rows: number;
  demo: boolean;
  demoNote: string | null;
}

export interface ScoreSeen {
  file: string;
  line: number;
  /** What the row read (a repeat from the same page is compared with it). */
  reading: ScoreReading;
}

export function createSession(registry: RegistryFile, aliases: readonly Alias[], options: IngestOptions): Session {
  return {
    registry,
    options,
    index: buildRegionIndex(registry.provinces, registry.regions, aliases),
    problems: [],
    matches: new Map(),
    candidates: new Map(),
    scoreSeen: new Map(),
    complaints: new ComplaintStore(),
    figures: [],
    categoryColumns: new Map(),
    manifestFiles: [],
    skipped: [],
    yearsFromNames: [],
    dataFiles: 0,
    rows: 0,
    demo: false,
    demoNote: null,
  };
}

export function error(s: Session, file: string, line: number, message: string, column?: string): void {
  s.problems.push({ severity: 'error', file, line, message, ...(column !== undefined ? { column } : {}) });
}

export function warn(s: Session, file: string, line: number, message: string, column?: string): void {
  s.problems.push({ severity: 'warning', file, line, message, ...(column !== undefined ? { column } : {}) });
}

/** The cells of a row that name its government: the region, and the province and kind columns when the file has them. */
export interface GovernmentCells {
  region: string;
  province: string | null;
  kind: string | null;
}

/** Region → government, reporting problems (under `column`); null when the row cannot be used. */
export function resolveGovernment(s: Session, file: string, line: number, column: string, { region, province, kind }: GovernmentCells): Government | null {
  const key = province === null && kind === null ? region : `${region}\u0000${province ?? ''}\u0000${kind ?? ''}`;
  let result = s.matches.get(key);
  if (result === undefined) {
    result = s.index.match(region, { ...(province !== null ? { province } : {}), ...(kind !== null ? { kind } : {}) });
    s.matches.set(key, result);
  }
  if (result.ok) return result.government;
  if ((result.reason === 'unknown' || result.reason === 'not-government') && s.options.skipUnknown) {
    warn(s, file, line, `${result.message} (skipped: --skip-unknown)`, column);
    s.skipped.push({ file, line, value: region.trim(), reason: result.message });
  } else {
    error(s, file, line, result.message, column);
  }
  return null;
}

/** Whether a row's year can be right for its kind of file, reporting it (under `column`) when not. */
export function checkYear(s: Session, file: string, line: number, column: string, year: number, kind: InputKind): boolean {
  const message =
    year < FIRST_ASSESSMENT_YEAR
      ? `year ${year} is before ${FIRST_ASSESSMENT_YEAR}, the first year of ORI's assessment`
      : year > s.options.currentYear
        ? `year ${year} is in the future`
        : kind === 'kepatuhan' && YEARS_WITHOUT_ASSESSMENT.includes(year)
          ? `ORI did not assess compliance in ${year}: a score for ${year} cannot be right`
          : null;
  if (message !== null) error(s, file, line, message, column);
  return message === null;
}

/** Reports a row's schema issues, each under its column's header as printed (the field name when none). */
export function reportIssues(s: Session, file: string, line: number, issues: readonly FieldIssue[], names: Readonly<Record<string, string | undefined>>): void {
  for (const issue of issues) error(s, file, line, issue.message, names[issue.field] ?? issue.field);
}

/**
 * The year (the file's when the row gives none) and the government of a validated per-government
 * row, after the checks scores and complaint counts share: a year at all, a known government, a year
 * the file's kind can have. Null when one failed (reported).
 */
export function placeRow(
  s: Session,
  file: { path: string; fileYear: number | null },
  line: number,
  names: { year: string; region: string },
  row: GovernmentCells & { year: number | null },
  kind: InputKind,
): { year: number; government: Government } | null {
  const year = row.year ?? file.fileYear;
  if (year === null) {
    error(s, file.path, line, 'year is empty', names.year);
    return null;
  }
  const government = resolveGovernment(s, file.path, line, names.region, row);
  if (!checkYear(s, file.path, line, names.year, year, kind) || government === null) return null;
  return { year, government };
}
