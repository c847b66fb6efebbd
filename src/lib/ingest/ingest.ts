import { createHash } from 'node:crypto';
import type {
  ComplaintDimension,
  ComplaintEntry,
  ComplaintFigure,
  Manifest,
  ManifestFile,
  RegistryFile,
  ScoreEntry,
  ScoreMention,
  ScoreReading,
  SkippedRow,
} from '../types.ts';
import { FIRST_ASSESSMENT_YEAR, SCHEMES, YEARS_WITHOUT_ASSESSMENT, schemeFor } from '../zones.ts';
import { RowValidator, subScoreField, type ComplaintRow, type ScoreRow } from './fields.ts';
import { readScoreRow, type CellProblem } from './score-rows.ts';
import { combineReadings, type Candidate } from './score-entries.ts';
import { combineFigures, publishedColumns, readComplaintFigure } from './complaint-figures.ts';
import { headerAliases, mapHeaders, type Field, type InputKind } from './headers.ts';
import { buildRegionIndex, describeGovernment, type Alias, type Government, type RegionIndex } from './match.ts';
import { yearFromFileName } from './numbers.ts';
import { ComplaintStore } from './complaint-store.ts';
import { decodeCsv, detectDelimiter, parseRows, type CsvRow, type Delimiter, type ParseProblem } from './read.ts';
import { quote, sortProblems, type Problem } from './report.ts';
import { ownValue } from '../own.ts';

/**
 * Ingest: raw CSV exports → validated, normalised dataset. Pure over its inputs
 * (file bytes, registry, aliases, options); the CLI does the reading and writing.
 * Every problem is collected with its file and line; nothing is dropped silently.
 */

export interface RawFile {
  /** Path relative to the raw folder, with `/` separators. */
  path: string;
  /** The file's content (read once; a folder's files are read only when their turn comes). */
  readonly bytes: Uint8Array;
}

export interface IngestOptions {
  /** Unknown regions and non-government rows become warnings and are listed in the manifest. */
  skipUnknown?: boolean;
  /** Years after this are "in the future". */
  currentYear: number;
  onProgress?: (message: string) => void;
}

export interface IngestSummary {
  files: number;
  rows: number;
  scores: number;
  /** Government-years where a source differs from the value shown. */
  sourcesDiffer: number;
  /** Rows naming a government-year without a value, where no other source gives one. */
  mentions: number;
  /** Published complaint figures (one per count; restatements are its alternatives). */
  complaintFigures: number;
  /** Of those, figures that another source restates with a different number. */
  restatedFigures: number;
  complaints: number;
  governments: number;
  years: number[];
  yearFromFileName: { file: string; year: number }[];
  errors: number;
  warnings: number;
}

export interface IngestOutput {
  registry: RegistryFile;
  scores: ScoreEntry[];
  mentions: ScoreMention[];
  /** `complaint-figures.json`: published complaint figures at the level they were published. */
  complaintFigures: ComplaintFigure[];
  manifest: Manifest;
  /** `complaints.json`: per-government complaint entries, sorted by year and code. */
  complaints: ComplaintEntry[];
}

export interface IngestResult {
  problems: Problem[];
  summary: IngestSummary;
  /** Present only when there are no errors. */
  output?: IngestOutput;
}

/** What a reader reports about a file once all its rows have been fed. */
export interface FileEnd {
  sha256: string;
  /** The file could not be decoded (no rows were fed): the only problem reported for it. */
  decodeError: { line: number; message: string } | null;
  quoteProblems: ParseProblem[];
}

/** Feeds one data file's rows (header first) into a session. */
export interface FileIngest {
  row(line: number, cells: string[]): void;
  end(info: FileEnd): void;
}

export interface IngestSession {
  /** Classifies a path in the raw folder: a data file's kind, or null (documentation, demo marker, or an error recorded). */
  classify(path: string, readText: () => string): InputKind | null;
  beginFile(path: string, kind: InputKind, delimiter: Delimiter | null): FileIngest;
  finish(): IngestResult;
}

/** Root files that are not data: the demo marker and documentation (also any `*.md`). */
const DEMO_MARKER = 'DEMO';
const ROOT_DOCS = new Set(['README.md', 'README.txt', DEMO_MARKER]);
const CSV_EXTENSIONS = /\.(csv|tsv|txt)$/i;
const PROGRESS_EVERY = 100_000;
/** Ombudsman RI (Komisi Ombudsman Nasional until 2008) has published complaint counts since its first years. */
const FIRST_COMPLAINT_YEAR = 2000;

const DIMENSIONS: Record<string, ComplaintDimension> = {
  substansi: 'substansi', substance: 'substansi', 'substansi laporan': 'substansi', subject: 'substansi',
  maladministrasi: 'maladministrasi', 'dugaan maladministrasi': 'maladministrasi', maladministration: 'maladministrasi',
  'jenis maladministrasi': 'maladministrasi',
  terlapor: 'terlapor', 'instansi terlapor': 'terlapor', 'pihak terlapor': 'terlapor', 'reported institution': 'terlapor',
};

/** Each field's column header as written in the file (the field's name when the file has no such column). */
const ROW_FIELDS = ['region', 'province', 'kind', 'year', 'score', 'zone', 'grade', 'grade2', 'rank', 'note', 'url', 'received', 'resolved', 'dimension', 'category'] as const;
type ColumnNames = Record<(typeof ROW_FIELDS)[number], string> & Record<string, string | undefined>;

function columnNames(headerCells: readonly string[], m: ReturnType<typeof mapHeaders>): ColumnNames {
  const names: Record<string, string> = {};
  for (const field of ROW_FIELDS) {
    const i = m.fields[field];
    names[field] = i === undefined ? field : (headerCells[i] ?? field).trim();
  }
  return names as ColumnNames;
}

/** Dimension per cell text; null: not a dimension. */
const dimensionCache = new Map<string, ComplaintDimension | null>();

/** Reads a dimension cell (`Substansi`, `dugaan  maladministrasi`), or undefined. */
function parseDimension(text: string): ComplaintDimension | undefined {
  const cached = dimensionCache.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const dimension = ownValue(DIMENSIONS, text.toLowerCase().replace(/\s+/g, ' '));
  if (dimensionCache.size < 1000) dimensionCache.set(text, dimension ?? null);
  return dimension;
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

interface Seen {
  file: string;
  line: number;
  /** For compliance rows: what the row read (a repeat from the same page is compared with it). */
  reading?: ScoreReading;
}

/** Whether two readings give the same score, zone, letter and opinion. */
function sameValues(a: ScoreReading | undefined, b: ScoreReading): boolean {
  return a !== undefined && a.score === b.score && a.zone === b.zone && a.category === b.category && a.opinion?.level === b.opinion?.level;
}

/**
 * Ingests raw files (the CLI reads a folder through `ingestFolder`, folder.ts, which
 * calls this): each file's bytes are read once, checked, decoded and parsed row by row.
 */
export function ingest(files: readonly RawFile[], registry: RegistryFile, aliases: readonly Alias[], options: IngestOptions): IngestResult {
  const session = createIngestSession(registry, aliases, options);
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    let bytes: Uint8Array | null = null;
    const read = () => (bytes ??= file.bytes);
    const kind = session.classify(file.path, () => new TextDecoder().decode(read()));
    if (kind === null) continue;
    options.onProgress?.(`reading ${file.path}`);
    const sha256 = createHash('sha256').update(read()).digest('hex');
    const decoded = decodeCsv(read());
    if (!decoded.ok) {
      session.beginFile(file.path, kind, null).end({ sha256, decodeError: { line: decoded.line, message: decoded.message }, quoteProblems: [] });
      continue;
    }
    const delimiter = detectDelimiter(decoded.text);
    const handle = session.beginFile(file.path, kind, delimiter);
    const quoteProblems = parseRows(decoded.text, delimiter ?? ',', (row) => handle.row(row.line, row.cells));
    handle.end({ sha256, decodeError: null, quoteProblems });
  }
  return session.finish();
}

export function createIngestSession(registry: RegistryFile, aliases: readonly Alias[], options: IngestOptions): IngestSession {
  const problems: Problem[] = [];
  const error = (file: string, line: number, message: string, column?: string) =>
    problems.push({ severity: 'error', file, line, message, ...(column !== undefined ? { column } : {}) });
  const warn = (file: string, line: number, message: string, column?: string) =>
    problems.push({ severity: 'warning', file, line, message, ...(column !== undefined ? { column } : {}) });

  const index: RegionIndex = buildRegionIndex(registry.provinces, registry.regions, aliases);
  // Exports repeat the same names on thousands of rows: match each spelling once.
  const matchCache = new Map<string, ReturnType<RegionIndex['match']>>();
  /** Every reading per government-year (`code|year`), in the order read. */
  const candidates = new Map<string, Candidate[]>();
  const scoreSeen = new Map<string, Seen>();
  const complaintStore = new ComplaintStore();
  /** Published complaint figures (nation, offices, governments), in the order read. */
  const figures: ComplaintFigure[] = [];
  /** Per complaints file, the category column's header (repeated categories are reported once all rows are in). */
  const categoryColumns = new Map<string, string>();
  let dataFiles = 0;
  const manifestFiles: ManifestFile[] = [];
  const skipped: SkippedRow[] = [];
  const yearsFromNames: { file: string; year: number }[] = [];
  let demo = false;
  let demoNote: string | null = null;
  let totalRows = 0;

  function classifyPath(path: string, readText: () => string): InputKind | null {
    const parts = path.split('/');
    const name = parts[parts.length - 1]!;
    if (name.startsWith('.')) return null; // .gitkeep, .DS_Store
    if (parts.length === 1) {
      if (name === DEMO_MARKER) {
        demo = true;
        demoNote = readText().trim() || null;
      }
      if (!ROOT_DOCS.has(name) && !/\.md$/i.test(name)) error(path, 0, 'file is in neither kepatuhan/ nor pengaduan/: move compliance scores to kepatuhan/ and complaint statistics to pengaduan/');
      return null;
    }
    if (parts[0] !== 'kepatuhan' && parts[0] !== 'pengaduan') {
      error(path, 0, `folder "${parts[0]}/" is neither kepatuhan/ nor pengaduan/: move compliance scores to kepatuhan/ and complaint statistics to pengaduan/`);
      return null;
    }
    if (!CSV_EXTENSIONS.test(name)) {
      error(path, 0, `not a CSV file (${name.includes('.') ? name.slice(name.lastIndexOf('.')) : 'no extension'}): export it as CSV (.csv)`);
      return null;
    }
    dataFiles++;
    return parts[0];
  }

  function beginFile(path: string, kind: InputKind, delimiter: Delimiter | null): FileIngest {
    let header: CsvRow | null = null;
    let fileRows = 0;
    let mapping: ReturnType<typeof mapHeaders> | null = null;
    let validator: RowValidator<ScoreRow> | RowValidator<ComplaintRow> | null = null;
    let names = {} as ColumnNames;
    let fileYear: number | null = null;
    let usable = true;
    const ignoredColumns: string[] = [];
    /** Set for a complaint file of published figures (`area_level`, `measure` columns). */
    let published: NonNullable<ReturnType<typeof publishedColumns>>['columns'] | null = null;

    function row(line: number, cells: string[]): void {
      if (header === null && kind === 'pengaduan') {
        const found = publishedColumns(cells);
        if (found !== null) {
          header = { line, cells };
          published = found.columns;
          for (const field of found.missing) error(path, line, `missing column for ${field} in a file of published complaint figures (see data/README.md)`);
          usable = found.missing.length === 0;
          return;
        }
      }
      if (header !== null && published !== null) {
        fileRows++;
        totalRows++;
        if (!usable) return;
        if (cells.length !== header.cells.length && (cells.length < header.cells.length || cells.slice(header.cells.length).some((c) => c.trim() !== ''))) {
          error(path, line, `has ${cells.length} fields but the header has ${header.cells.length}`);
          return;
        }
        handleFigureRow(path, line, cells, header.cells, published);
        return;
      }
      if (header === null) {
        header = { line, cells };
        mapping = mapHeaders(cells, kind);
        names = columnNames(cells, mapping);
        if (kind === 'pengaduan') categoryColumns.set(path, names.category);
        validator = kind === 'kepatuhan' ? new RowValidator<ScoreRow>(kind, mapping.fields) : new RowValidator<ComplaintRow>(kind, mapping.fields);
        usable = checkHeader(path, line, cells, kind, mapping, delimiter);
        for (const col of mapping.ignored) ignoredColumns.push(col.name);
        if (usable && mapping.fields.year === undefined) {
          fileYear = yearFromFileName(path);
          if (fileYear === null) {
            error(path, line, 'no year column (Tahun/year) and no four-digit year in the file name (e.g. sumut_2022.csv)');
            usable = false;
          } else {
            yearsFromNames.push({ file: path, year: fileYear });
          }
        }
        return;
      }
      fileRows++;
      totalRows++;
      if (totalRows % PROGRESS_EVERY === 0) options.onProgress?.(`${totalRows.toLocaleString('en')} rows`);
      if (!usable || mapping === null) return;
      const headerCells = header.cells;
      if (cells.length !== headerCells.length) {
        if (cells.length < headerCells.length || cells.slice(headerCells.length).some((c) => c.trim() !== '')) {
          error(
            path,
            line,
            `has ${cells.length} fields but the header has ${headerCells.length} (a missing or extra ${DELIMITER_NAMES[delimiter ?? ','] ?? 'delimiter'}, mixed delimiters, or an unquoted field?)`,
          );
          return;
        }
      }
      if (kind === 'kepatuhan') handleScoreRow(path, line, cells, names, mapping, fileYear, validator as RowValidator<ScoreRow>);
      else handleComplaintRow(path, line, cells, names, mapping, fileYear, validator as RowValidator<ComplaintRow>);
    }

    function end(info: FileEnd): void {
      if (info.decodeError !== null) {
        error(path, info.decodeError.line, info.decodeError.message);
        return;
      }
      for (const q of info.quoteProblems) error(path, q.line, q.message);
      if (header === null) {
        error(path, 0, 'file has no content (only blank lines)');
        return;
      }
      const headerLine = (header as CsvRow).line;
      if (fileRows === 0 && info.quoteProblems.length === 0) error(path, headerLine, 'file has a header but no data rows');
      if (ignoredColumns.length > 0) {
        warn(path, headerLine, `column${ignoredColumns.length > 1 ? 's' : ''} ${ignoredColumns.map((c) => quote(c)).join(', ')} not used (ignored)`);
      }
      manifestFiles.push({
        path,
        kind,
        rows: fileRows,
        sha256: info.sha256,
        delimiter: delimiter ?? ',',
        ...(fileYear !== null ? { yearFromFileName: fileYear } : {}),
        ignoredColumns,
      });
    }

    return { row, end };
  }

  function checkHeader(path: string, line: number, cells: string[], kind: InputKind, m: ReturnType<typeof mapHeaders>, delimiter: string | null): boolean {
    let ok = true;
    if (delimiter === null) {
      error(path, line, `header has a single column ${quote(cells[0] ?? '')}: expected columns separated by comma, semicolon or tab`);
      return false;
    }
    for (const d of m.duplicates) {
      error(path, line, `duplicate column: ${quote(d.first)} and ${quote(d.second)} both mean ${d.field}`, d.second);
      ok = false;
    }
    const aliases = headerAliases(kind);
    const need: Field[] = kind === 'kepatuhan' ? ['region'] : ['region'];
    for (const field of need) {
      if (m.fields[field as Exclude<Field, 'subScore'>] === undefined) {
        error(path, line, `missing required column for ${field} (accepted headers: ${aliases[field]!.slice(0, 8).join(', ')}, …)`);
        ok = false;
      }
    }
    if (kind === 'kepatuhan' && m.fields.score === undefined && m.fields.zone === undefined && m.fields.grade === undefined) {
      error(path, line, `missing a score column (accepted: ${aliases.score!.slice(0, 6).join(', ')}, …) or a grade/zone column (${aliases.zone!.slice(0, 3).join(', ')}, ${aliases.grade!.slice(0, 3).join(', ')}, …)`);
      ok = false;
    }
    if (kind === 'pengaduan' && m.fields.received === undefined) {
      error(path, line, `missing required column for reports received (accepted headers: ${aliases.received!.slice(0, 6).join(', ')}, …)`);
      ok = false;
    }
    if (kind === 'pengaduan' && (m.fields.dimension === undefined) !== (m.fields.category === undefined)) {
      error(path, line, 'breakdown rows need both a dimension column (Dimensi: substansi/maladministrasi/terlapor) and a category column (Kategori)');
      ok = false;
    }
    for (const b of m.blank) {
      warn(path, line, `column ${b + 1} has no header (ignored)`);
    }
    return ok;
  }



  function matchCached(region: string, province: string | null, kindText: string | null) {
    const key = province === null && kindText === null ? region : `${region}\u0000${province ?? ''}\u0000${kindText ?? ''}`;
    let result = matchCache.get(key);
    if (result === undefined) {
      result = index.match(region, {
        ...(province !== null ? { province } : {}),
        ...(kindText !== null ? { kind: kindText } : {}),
      });
      matchCache.set(key, result);
    }
    return result;
  }

  /** Region → government, reporting problems; null when the row cannot be used. */
  function resolve(path: string, line: number, column: string, region: string, province: string | null, kindText: string | null): Government | null {
    const result = matchCached(region, province, kindText);
    if (result.ok) return result.government;
    const skippable = result.reason === 'unknown' || result.reason === 'not-government';
    if (skippable && options.skipUnknown) {
      warn(path, line, `${result.message} (skipped: --skip-unknown)`, column);
      skipped.push({ file: path, line, value: region.trim(), reason: result.message });
    } else {
      error(path, line, result.message, column);
    }
    return null;
  }

  function checkYear(path: string, line: number, column: string, year: number, kind: InputKind): boolean {
    if (year >= FIRST_ASSESSMENT_YEAR && year <= options.currentYear && (kind === 'pengaduan' || !YEARS_WITHOUT_ASSESSMENT.includes(year))) return true;
    if (year < FIRST_ASSESSMENT_YEAR) {
      error(path, line, `year ${year} is before ${FIRST_ASSESSMENT_YEAR}, the first year of ORI's assessment`, column);
      return false;
    }
    if (year > options.currentYear) {
      error(path, line, `year ${year} is in the future`, column);
      return false;
    }
    if (kind === 'kepatuhan' && YEARS_WITHOUT_ASSESSMENT.includes(year)) {
      error(path, line, `ORI did not assess compliance in ${year}: a score for ${year} cannot be right`, column);
      return false;
    }
    return true;
  }



  function handleScoreRow(path: string, line: number, cells: string[], names: ColumnNames, m: ReturnType<typeof mapHeaders>, fileYear: number | null, validator: RowValidator<ScoreRow>) {
    const validated = validator.validate(cells);
    const subScores: Record<string, number> = {};
    let subOk = true;
    for (const sub of m.subScores) {
      const value = subScoreField.safeParse(cells[sub.index] ?? '');
      if (!value.success) {
        for (const issue of value.error.issues) error(path, line, issue.message, sub.name);
        subOk = false;
      } else if (value.data !== null) subScores[sub.name] = value.data;
    }
    if (!validated.ok) {
      for (const issue of validated.issues) error(path, line, issue.message, names[issue.field] ?? issue.field);
      return;
    }
    const row = validated.row;
    const year = row.year ?? fileYear;
    if (year === null) {
      error(path, line, 'year is empty', names.year);
      return;
    }
    const government = resolve(path, line, names.region, row.region, row.province, row.kind);
    if (!checkYear(path, line, names.year, year, 'kepatuhan') || government === null || !subOk) return;
    const scheme = schemeFor(year)!;
    const rawScore = m.fields.score !== undefined && (cells[m.fields.score] ?? '').trim() !== '' ? cells[m.fields.score]! : null;
    const read = readScoreRow(row, rawScore, scheme, year, path, line);
    const report = (p: CellProblem) => (p.severity === 'error' ? error : warn)(path, line, p.message, names[p.field] ?? p.field);
    if (!read.ok) {
      read.problems.forEach(report);
      return;
    }
    read.warnings.forEach(report);
    // The same government-year twice from the same source (or twice with none) is a mistake;
    // from different sources, both readings are kept (see precedence.ts).
    const key = `${government.code}|${year}`;
    const sourceKey = read.reading.source.url ?? read.reading.source.label ?? '';
    // A page that really prints a government twice (two scores in one article) is kept when
    // the row says so in its note; otherwise a repeat is a copying mistake.
    const seen = scoreSeen.get(`${key}|${sourceKey}`);
    if (seen !== undefined && sourceKey !== '' && row.note === null && sameValues(seen.reading, read.reading)) {
      warn(path, line, `${describeGovernment(government)} ${year} repeats ${seen.file}:${seen.line} (same page, same values): kept as a confirmation`, names.region);
    } else if (seen !== undefined && (sourceKey === '' || row.note === null)) {
      const from = sourceKey === '' ? 'without a source' : 'from the same source (if the page really prints it twice, say so in the note column)';
      error(path, line, `duplicate: ${describeGovernment(government)} ${year} ${from} already at ${seen.file}:${seen.line}`, names.region);
      return;
    }
    if (seen === undefined) scoreSeen.set(`${key}|${sourceKey}`, { file: path, line, reading: read.reading });
    let group = candidates.get(key);
    if (group === undefined) candidates.set(key, (group = []));
    group.push({
      code: government.code,
      level: government.level,
      year,
      scheme: scheme.id,
      ...(Object.keys(subScores).length > 0 ? { subScores } : {}),
      reading: read.reading,
    });
  }

  function handleFigureRow(path: string, line: number, cells: string[], headerCells: readonly string[], columns: NonNullable<ReturnType<typeof publishedColumns>>['columns']) {
    const read = readComplaintFigure(cells, columns, index, path, line);
    const columnName = (field: string) => {
      const at = columns[field as keyof typeof columns];
      return at === undefined ? field : (headerCells[at] ?? field).trim();
    };
    if (!read.ok) {
      for (const p of read.problems) error(path, line, p.message, columnName(p.field));
      return;
    }
    const { year, yearTo } = read.figure;
    if (year < FIRST_COMPLAINT_YEAR || (yearTo ?? year) > options.currentYear) {
      error(path, line, year < FIRST_COMPLAINT_YEAR ? `year ${year} is before ${FIRST_COMPLAINT_YEAR}` : `year ${yearTo ?? year} is in the future`, columnName('year'));
      return;
    }
    figures.push(read.figure);
  }

  function handleComplaintRow(path: string, line: number, cells: string[], names: ColumnNames, m: ReturnType<typeof mapHeaders>, fileYear: number | null, validator: RowValidator<ComplaintRow>) {
    const validated = validator.validate(cells);
    if (!validated.ok) {
      for (const issue of validated.issues) error(path, line, issue.message, names[issue.field] ?? issue.field);
      return;
    }
    const row = validated.row;
    const year = row.year ?? fileYear;
    if (year === null) {
      error(path, line, 'year is empty', names.year);
      return;
    }
    const government = resolve(path, line, names.region, row.region, row.province, row.kind);
    if (!checkYear(path, line, names.year, year, 'pengaduan') || government === null) return;
    if (row.received === null) {
      error(path, line, 'reports received is empty', names.received);
      return;
    }
    if (row.resolved !== null && row.resolved > row.received) {
      error(path, line, `resolved (${row.resolved}) is more than received (${row.received})`, names.resolved);
      return;
    }
    if (row.dimension === null && row.category === null) {
      const before = complaintStore.addTotals(government.code, government.level, year, row.received, row.resolved, { file: path, line });
      if (before !== null) error(path, line, `duplicate: ${describeGovernment(government)} ${year} already at ${before.file}:${before.line}`, names.region);
      return;
    }
    if (row.dimension === null || row.category === null) {
      error(path, line, row.dimension === null ? 'a category without a dimension (substansi, maladministrasi or terlapor)' : 'a dimension without a category', row.dimension === null ? names.dimension : names.category);
      return;
    }
    const dimension = parseDimension(row.dimension);
    if (dimension === undefined) {
      error(path, line, `unknown dimension ${quote(row.dimension)}: expected substansi, maladministrasi or terlapor`, names.dimension);
      return;
    }
    complaintStore.addBreakdown(government.code, government.level, year, dimension, { category: row.category, received: row.received, resolved: row.resolved, source: { file: path, line } });
  }

  function finish(): IngestResult {
  // Cross-row checks on complaints: breakdowns without a total, or adding up to more than it.
  const government = (code: string) => describeGovernment(index.byCode.get(code)!);
  for (const d of complaintStore.duplicates) {
    error(d.source.file, d.source.line, `duplicate: ${government(d.code)} ${d.year} ${d.dimension} ${quote(d.category)} already at ${d.first.file}:${d.first.line}`, categoryColumns.get(d.source.file));
  }
  for (const c of complaintStore.withoutTotals()) {
    warn(c.source.file, c.source.line, `${government(c.code)} ${c.year}: breakdowns but no total row (reports received left empty)`);
  }
  for (const s of complaintStore.sums()) {
    if (s.received !== null && s.sum > s.received) {
      warn(s.firstSource.file, s.firstSource.line, `${government(s.code)} ${s.year}: ${s.dimension} adds up to ${s.sum}, more than the ${s.received} reports received`);
    }
  }

  const { scores, mentions, sourcesDiffer } = combineReadings(candidates.values());
  const { figures: complaintFigures, restated } = combineFigures(figures);
  const years = [...new Set(scores.map((s) => s.year))].sort((a, b) => a - b);
  // Warnings: regions without a score in a year that has scores (printed once per year).
  for (const year of years) {
    const have = new Set(scores.filter((s) => s.year === year).map((s) => s.code));
    const missing = registry.regions.filter((r) => !have.has(r.code));
    if (missing.length > 0 && missing.length < registry.regions.length) {
      const list = missing.slice(0, 5).map((r) => r.code).join(', ');
      warn('', 0, `${year}: ${missing.length} of ${registry.regions.length} kabupaten/kota have no published figure (${list}${missing.length > 5 ? ', …' : ''})`);
    }
  }

  if (dataFiles === 0 && !problems.some((p) => p.severity === 'error')) {
    error('', 0, 'no CSV files found in kepatuhan/ or pengaduan/');
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const summary: IngestSummary = {
    files: dataFiles,
    rows: totalRows,
    scores: scores.length,
    sourcesDiffer,
    mentions: mentions.length,
    complaintFigures: complaintFigures.length,
    restatedFigures: restated,
    complaints: complaintStore.size,
    governments: new Set([...scores.map((s) => s.code), ...complaintStore.codes()]).size,
    years: [...new Set([...years, ...complaintStore.years()])].sort((a, b) => a - b),
    yearFromFileName: yearsFromNames,
    errors,
    warnings: problems.length - errors,
  };
  const result: IngestResult = { problems: sortProblems(problems), summary };
  if (errors > 0) return result;

  const schemeByYear: Record<string, string> = {};
  for (const year of years) schemeByYear[String(year)] = schemeFor(year)!.id;
  const manifest: Manifest = {
    formatVersion: 1,
    demo,
    demoNote,
    files: manifestFiles,
    schemes: SCHEMES.map((s) => ({
      id: s.id,
      label: s.label,
      method: s.method,
      years: years.filter((y) => schemeFor(y)?.id === s.id),
      cutoffsVerified: s.cutoffsVerified,
    })),
    schemeByYear,
    skipped,
    counts: { scores: scores.length, complaints: complaintStore.size, regions: registry.regions.length, provinces: registry.provinces.length, years, mentions: mentions.length, sourcesDiffer, complaintFigures: complaintFigures.length },
    registry: registry.source,
  };
  result.output = { registry, scores, mentions, complaintFigures, manifest, complaints: complaintStore.sorted() };
  return result;
  }

  return { classify: classifyPath, beginFile, finish };
}
