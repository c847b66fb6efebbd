import type { ComplaintFigure, ManifestFile, RegistryFile, ScoreReading, SkippedRow } from '../types.ts';
import { FIRST_ASSESSMENT_YEAR, YEARS_WITHOUT_ASSESSMENT } from '../zones.ts';
import { ComplaintStore } from './complaint-store.ts';
import type { IngestOptions } from './ingest.ts';
import { buildNameMatcher, type Alias, type Government, type MatchResult, type NameMatcher } from '../printed/match.ts';
import type { ComplaintRow, RowValidator, ScoreRow } from './fields.ts';
import type { FileState } from './header-check.ts';
import type { Problem } from './report.ts';
import type { Candidate } from './score-entries.ts';

/**
 * What an ingest has gathered so far, as one explicit record: the row handlers
 * (score-row.ts, complaint-row.ts) add to it, finish.ts turns it into the result.
 */
export interface Session {
  readonly registry: RegistryFile;
  readonly options: IngestOptions;
  readonly names: NameMatcher;
  /** Every problem, in the order found (sorted once at the end). */
  readonly problems: Problem[];
  /** Exports repeat the same names on thousands of rows: each spelling is matched once. */
  readonly matches: Map<string, MatchResult>;
  /** Every compliance reading per government-year (`code|year`), in the order read. */
  readonly candidates: Map<string, Candidate[]>;
  /** The first row per government-year and source (`code|year|source`) and what it read (a repeat from the same page is compared with it). */
  readonly scoreSeen: Map<string, { file: string; line: number; reading: ScoreReading }>;
  readonly complaints: ComplaintStore;
  /** Published complaint figures (nation, offices, governments), in the order read. */
  readonly figures: ComplaintFigure[];
  /** Per complaints file, the category column's header (repeated categories are reported once all rows are in). */
  readonly categoryColumns: Map<string, string>;
  readonly manifestFiles: ManifestFile[];
  readonly skipped: SkippedRow[];
  dataFiles: number;
  rows: number;
  demo: boolean;
  demoNote: string | null;
}

export function createSession(registry: RegistryFile, aliases: readonly Alias[], options: IngestOptions): Session {
  return {
    registry,
    options,
    names: buildNameMatcher(registry.provinces, registry.regions, aliases),
    problems: [],
    matches: new Map(),
    candidates: new Map(),
    scoreSeen: new Map(),
    complaints: new ComplaintStore(),
    figures: [],
    categoryColumns: new Map(),
    manifestFiles: [],
    skipped: [],
    dataFiles: 0,
    rows: 0,
    demo: false,
    demoNote: null,
  };
}

const report =
  (severity: Problem['severity']) =>
  (s: Session, file: string, line: number, message: string, column?: string): void => {
    s.problems.push({ severity, file, line, message, ...(column !== undefined ? { column } : {}) });
  };
export const error = report('error');
export const warn = report('warning');

/**
 * A per-government row validated and placed, after the checks scores and complaint counts share:
 * every field valid, a year (the file's when the row gives none), a known government, a year the
 * file's kind can have. Null when one failed (reported under the column's header).
 */
export function placeRow<Row extends ScoreRow | ComplaintRow>(
  s: Session,
  f: FileState,
  line: number,
  cells: readonly string[],
): { row: Row; year: number; government: Government } | null {
  const { names, validator } = f.table!;
  const validated = (validator as RowValidator<Row>).validate(cells);
  if (!validated.ok) {
    for (const issue of validated.issues) error(s, f.path, line, issue.message, names[issue.field] ?? issue.field);
    return null;
  }
  const row = validated.row;
  const year = row.year ?? f.fileYear;
  if (year === null) {
    error(s, f.path, line, 'year is empty', names.year);
    return null;
  }
  const government = resolveGovernment(s, f.path, line, names.region, row);
  const yearProblem =
    year < FIRST_ASSESSMENT_YEAR
      ? `year ${year} is before ${FIRST_ASSESSMENT_YEAR}, the first year of ORI's assessment`
      : year > s.options.currentYear
        ? `year ${year} is in the future`
        : f.kind === 'kepatuhan' && YEARS_WITHOUT_ASSESSMENT.includes(year)
          ? `ORI did not assess compliance in ${year}: a score for ${year} cannot be right`
          : null;
  if (yearProblem !== null) error(s, f.path, line, yearProblem, names.year);
  return yearProblem === null && government !== null ? { row, year, government } : null;
}

/** Region → government, reporting problems (under `column`); null when the row cannot be used. */
function resolveGovernment(s: Session, file: string, line: number, column: string, { region, province, kind }: ScoreRow | ComplaintRow): Government | null {
  const key = province === null && kind === null ? region : `${region}\u0000${province ?? ''}\u0000${kind ?? ''}`;
  let result = s.matches.get(key);
  if (result === undefined) {
    result = s.names.match(region, { ...(province !== null ? { province } : {}), ...(kind !== null ? { kind } : {}) });
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
