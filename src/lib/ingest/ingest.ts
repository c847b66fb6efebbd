import { createHash } from 'node:crypto';
import type {
  ComplaintBreakdownItem,
  ComplaintDimension,
  ComplaintEntry,
  Manifest,
  ManifestFile,
  RegistryFile,
  ScoreEntry,
  SkippedRow,
} from '../types.ts';
import { FIRST_ASSESSMENT_YEAR, SCHEMES, YEARS_WITHOUT_ASSESSMENT, classify, schemeFor } from '../zones.ts';
import { complaintRowSchema, scoreRowSchema, subScoreField } from './fields.ts';
import { describeGrade, gradeFitsScheme, parseGrade, type Grade } from './grades.ts';
import { headerAliases, mapHeaders, type Field, type InputKind } from './headers.ts';
import { buildRegionIndex, describeGovernment, type Alias, type Government, type RegionIndex } from './match.ts';
import { yearFromFileName } from './numbers.ts';
import { decodeCsv, detectDelimiter, parseRows } from './read.ts';
import { quote, sortProblems, type Problem } from './report.ts';

/**
 * Ingest: raw CSV exports → validated, normalised dataset. Pure over its inputs
 * (file bytes, registry, aliases, options); the CLI does the reading and writing.
 * Every problem is collected with its file and line; nothing is dropped silently.
 */

export interface RawFile {
  /** Path relative to the raw folder, with `/` separators. */
  path: string;
  bytes: Uint8Array;
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
  complaints: number;
  governments: number;
  years: number[];
  yearFromFileName: { file: string; year: number }[];
  errors: number;
  warnings: number;
}

export interface IngestResult {
  problems: Problem[];
  summary: IngestSummary;
  /** Present only when there are no errors. */
  output?: { registry: RegistryFile; scores: ScoreEntry[]; complaints: ComplaintEntry[]; manifest: Manifest };
}

/** Root files that are not data: the demo marker and documentation (also any `*.md`). */
const DEMO_MARKER = 'DEMO';
const ROOT_DOCS = new Set(['README.md', 'README.txt', DEMO_MARKER]);
const CSV_EXTENSIONS = /\.(csv|tsv|txt)$/i;
const PROGRESS_EVERY = 100_000;

const DIMENSIONS: Record<string, ComplaintDimension> = {
  substansi: 'substansi', substance: 'substansi', 'substansi laporan': 'substansi', subject: 'substansi',
  maladministrasi: 'maladministrasi', 'dugaan maladministrasi': 'maladministrasi', maladministration: 'maladministrasi',
  'jenis maladministrasi': 'maladministrasi',
  terlapor: 'terlapor', 'instansi terlapor': 'terlapor', 'pihak terlapor': 'terlapor', 'reported institution': 'terlapor',
};

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

interface Seen {
  file: string;
  line: number;
}

export function ingest(files: readonly RawFile[], registry: RegistryFile, aliases: readonly Alias[], options: IngestOptions): IngestResult {
  const problems: Problem[] = [];
  const error = (file: string, line: number, message: string, column?: string) =>
    problems.push({ severity: 'error', file, line, message, ...(column !== undefined ? { column } : {}) });
  const warn = (file: string, line: number, message: string, column?: string) =>
    problems.push({ severity: 'warning', file, line, message, ...(column !== undefined ? { column } : {}) });

  const index: RegionIndex = buildRegionIndex(registry.provinces, registry.regions, aliases);
  // Exports repeat the same names on thousands of rows: match each spelling once.
  const matchCache = new Map<string, ReturnType<RegionIndex['match']>>();
  const scores: ScoreEntry[] = [];
  const scoreSeen = new Map<string, Seen>();
  const complaintByKey = new Map<string, ComplaintEntry>();
  const totalsSeen = new Map<string, Seen>();
  const breakdownSeen = new Map<string, Seen>();
  const manifestFiles: ManifestFile[] = [];
  const skipped: SkippedRow[] = [];
  const yearsFromNames: { file: string; year: number }[] = [];
  let demo = false;
  let demoNote: string | null = null;
  let totalRows = 0;

  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const dataFiles = sorted.filter((f) => {
    const parts = f.path.split('/');
    const name = parts[parts.length - 1]!;
    if (name.startsWith('.')) return false; // .gitkeep, .DS_Store
    if (parts.length === 1) {
      if (name === DEMO_MARKER) {
        demo = true;
        demoNote = new TextDecoder().decode(f.bytes).trim() || null;
      }
      if (!ROOT_DOCS.has(name) && !/\.md$/i.test(name)) error(f.path, 0, 'file is in neither kepatuhan/ nor pengaduan/: move compliance scores to kepatuhan/ and complaint statistics to pengaduan/');
      return false;
    }
    if (parts[0] !== 'kepatuhan' && parts[0] !== 'pengaduan') {
      error(f.path, 0, `folder "${parts[0]}/" is neither kepatuhan/ nor pengaduan/: move compliance scores to kepatuhan/ and complaint statistics to pengaduan/`);
      return false;
    }
    if (!CSV_EXTENSIONS.test(name)) {
      error(f.path, 0, `not a CSV file (${name.includes('.') ? name.slice(name.lastIndexOf('.')) : 'no extension'}): export it as CSV (.csv)`);
      return false;
    }
    return true;
  });
  if (dataFiles.length === 0 && !problems.some((p) => p.severity === 'error')) {
    error('', 0, 'no CSV files found in kepatuhan/ or pengaduan/');
  }

  for (const file of dataFiles) {
    const kind = file.path.split('/')[0] as InputKind;
    options.onProgress?.(`reading ${file.path}`);
    const decoded = decodeCsv(file.bytes);
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    if (!decoded.ok) {
      error(file.path, decoded.line, decoded.message);
      continue;
    }
    const text = decoded.text;
    if (text.trim() === '') {
      error(file.path, 0, 'file has no content (only blank lines)');
      continue;
    }
    const delimiter = detectDelimiter(text);
    let header: { line: number; cells: string[] } | null = null;
    let fileRows = 0;
    let mapping: ReturnType<typeof mapHeaders> | null = null;
    let fileYear: number | null = null;
    let usable = true;
    const ignoredColumns: string[] = [];

    const quoteProblems = parseRows(text, delimiter ?? ',', (row) => {
      if (header === null) {
        header = row;
        mapping = mapHeaders(row.cells, kind);
        usable = checkHeader(file.path, row.line, row.cells, kind, mapping, delimiter);
        for (const col of mapping.ignored) ignoredColumns.push(col.name);
        if (usable && mapping.fields.year === undefined) {
          fileYear = yearFromFileName(file.path);
          if (fileYear === null) {
            error(file.path, row.line, 'no year column (Tahun/year) and no four-digit year in the file name (e.g. sumut_2022.csv)');
            usable = false;
          } else {
            yearsFromNames.push({ file: file.path, year: fileYear });
          }
        }
        return;
      }
      fileRows++;
      totalRows++;
      if (totalRows % PROGRESS_EVERY === 0) options.onProgress?.(`${totalRows.toLocaleString('en')} rows`);
      if (!usable || mapping === null) return;
      const headerCells: string[] = (header as { cells: string[] }).cells;
      if (row.cells.length !== headerCells.length) {
        const extra = row.cells.slice(headerCells.length);
        if (row.cells.length < headerCells.length || extra.some((c) => c.trim() !== '')) {
          error(
            file.path,
            row.line,
            `has ${row.cells.length} fields but the header has ${headerCells.length} (a missing or extra ${DELIMITER_NAMES[delimiter ?? ','] ?? 'delimiter'}, mixed delimiters, or an unquoted field?)`,
          );
          return;
        }
      }
      if (kind === 'kepatuhan') handleScoreRow(file.path, row.line, row.cells, headerCells, mapping, fileYear);
      else handleComplaintRow(file.path, row.line, row.cells, headerCells, mapping, fileYear);
    });
    for (const q of quoteProblems) error(file.path, q.line, q.message);
    if (header === null) {
      error(file.path, 0, 'file has no content (only blank lines)');
      continue;
    }
    if (fileRows === 0 && quoteProblems.length === 0) error(file.path, (header as { line: number }).line, 'file has a header but no data rows');
    if (ignoredColumns.length > 0) {
      warn(file.path, (header as { line: number }).line, `column${ignoredColumns.length > 1 ? 's' : ''} ${ignoredColumns.map((c) => quote(c)).join(', ')} not used (ignored)`);
    }
    manifestFiles.push({
      path: file.path,
      kind,
      rows: fileRows,
      sha256,
      delimiter: delimiter ?? ',',
      ...(fileYear !== null ? { yearFromFileName: fileYear } : {}),
      ignoredColumns,
    });
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

  function record(cells: string[], m: ReturnType<typeof mapHeaders>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [field, i] of Object.entries(m.fields)) out[field] = cells[i] ?? '';
    return out;
  }

  function columnName(headerCells: string[], m: ReturnType<typeof mapHeaders>, field: string): string {
    const i = m.fields[field as keyof typeof m.fields];
    return i === undefined ? field : (headerCells[i] ?? field).trim();
  }

  function matchCached(region: string, province: string | null, kindText: string | null) {
    const key = `${region}\u0000${province ?? ''}\u0000${kindText ?? ''}`;
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

  function zodProblems(path: string, line: number, headerCells: string[], m: ReturnType<typeof mapHeaders>, issues: { path: PropertyKey[]; message: string }[]) {
    for (const issue of issues) {
      const field = String(issue.path[0] ?? '');
      error(path, line, issue.message, columnName(headerCells, m, field));
    }
  }

  function handleScoreRow(path: string, line: number, cells: string[], headerCells: string[], m: ReturnType<typeof mapHeaders>, fileYear: number | null) {
    const parsed = scoreRowSchema.safeParse(record(cells, m));
    const subScores: Record<string, number> = {};
    let subOk = true;
    for (const sub of m.subScores) {
      const value = subScoreField.safeParse(cells[sub.index] ?? '');
      if (!value.success) {
        for (const issue of value.error.issues) error(path, line, issue.message, sub.name);
        subOk = false;
      } else if (value.data !== null) subScores[sub.name] = value.data;
    }
    if (!parsed.success) {
      zodProblems(path, line, headerCells, m, parsed.error.issues);
      return;
    }
    const row = parsed.data;
    const regionColumn = columnName(headerCells, m, 'region');
    const yearColumn = m.fields.year !== undefined ? columnName(headerCells, m, 'year') : 'year';
    const year = row.year ?? fileYear;
    if (year === null) {
      error(path, line, 'year is empty', yearColumn);
      return;
    }
    const government = resolve(path, line, regionColumn, row.region, row.province, row.kind);
    if (!checkYear(path, line, yearColumn, year, 'kepatuhan') || government === null || !subOk) return;
    const scheme = schemeFor(year)!;
    // Published grade(s): zone column and grade column, each read and checked.
    const published: { grade: Grade; column: string; text: string }[] = [];
    for (const field of ['zone', 'grade'] as const) {
      const text = row[field];
      if (text === null) continue;
      const column = columnName(headerCells, m, field);
      const grade = parseGrade(text);
      if (grade === null) {
        error(path, line, `cannot read grade ${quote(text)}: expected Merah/Kuning/Hijau, A–E, or a name such as Kualitas Tinggi`, column);
        return;
      }
      if (!gradeFitsScheme(grade, scheme)) {
        error(path, line, `grade ${quote(text)} does not exist in ${year} (${scheme.label})`, column);
        return;
      }
      published.push({ grade, column, text });
    }
    if (published.length === 2) {
      const [a, b] = published as [(typeof published)[0], (typeof published)[0]];
      if (a.grade.zone !== b.grade.zone || (a.grade.category && b.grade.category && a.grade.category !== b.grade.category)) {
        error(path, line, `${a.column} ${quote(a.text)} and ${b.column} ${quote(b.text)} disagree`, b.column);
        return;
      }
    }
    const publishedCategory = published.find((p) => p.grade.category !== null)?.grade.category ?? null;
    const publishedZone = published[0]?.grade.zone ?? null;
    let zone = publishedZone;
    let category = publishedCategory;
    if (row.score !== null) {
      const band = classify(year, row.score)!;
      const scoreText = `${row.score.toFixed(2)}`;
      for (const p of published) {
        const agrees = p.grade.zone === band.zone && (p.grade.category === null || band.category === null || p.grade.category === band.category);
        if (!agrees && scheme.cutoffsVerified) {
          error(
            path,
            line,
            `published grade ${quote(p.text)} = ${describeGrade(p.grade)} disagrees with score ${scoreText}, which is ${band.category !== null ? `${band.category} (${band.zone})` : band.zone} under the ${year} scheme (${scheme.label})`,
            p.column,
          );
          return;
        }
      }
      // With unverified cut-offs (2025+) the published category wins.
      if (!scheme.cutoffsVerified && published.length > 0) {
        zone = publishedZone;
        category = publishedCategory ?? (band.zone === publishedZone ? band.category : null);
      } else {
        zone = band.zone;
        category = band.category;
      }
    } else if (zone === null) {
      error(path, line, 'needs a score or a published grade/zone', columnName(headerCells, m, 'score'));
      return;
    }
    const key = `${government.code}|${year}`;
    const before = scoreSeen.get(key);
    if (before !== undefined) {
      error(path, line, `duplicate: ${describeGovernment(government)} ${year} already at ${before.file}:${before.line}`, regionColumn);
      return;
    }
    scoreSeen.set(key, { file: path, line });
    const source: ScoreEntry['source'] = { file: path, line };
    if (row.url !== null) {
      if (/^https?:\/\/\S+$/i.test(row.url)) source.url = row.url;
      else warn(path, line, `${quote(row.url)} is not an http(s) link: kept as text, not linked`, columnName(headerCells, m, 'url'));
      if (!/^https?:\/\/\S+$/i.test(row.url)) source.label = row.url;
    }
    scores.push({
      code: government.code,
      level: government.level,
      year,
      score: row.score,
      category,
      zone: zone!,
      scheme: scheme.id,
      ...(Object.keys(subScores).length > 0 ? { subScores } : {}),
      ...(row.note !== null ? { note: row.note } : {}),
      source,
    });
  }

  function handleComplaintRow(path: string, line: number, cells: string[], headerCells: string[], m: ReturnType<typeof mapHeaders>, fileYear: number | null) {
    const parsed = complaintRowSchema.safeParse(record(cells, m));
    if (!parsed.success) {
      zodProblems(path, line, headerCells, m, parsed.error.issues);
      return;
    }
    const row = parsed.data;
    const regionColumn = columnName(headerCells, m, 'region');
    const yearColumn = m.fields.year !== undefined ? columnName(headerCells, m, 'year') : 'year';
    const year = row.year ?? fileYear;
    if (year === null) {
      error(path, line, 'year is empty', yearColumn);
      return;
    }
    const government = resolve(path, line, regionColumn, row.region, row.province, row.kind);
    if (!checkYear(path, line, yearColumn, year, 'pengaduan') || government === null) return;
    const receivedColumn = columnName(headerCells, m, 'received');
    if (row.received === null) {
      error(path, line, 'reports received is empty', receivedColumn);
      return;
    }
    if (row.resolved !== null && row.resolved > row.received) {
      error(path, line, `resolved (${row.resolved}) is more than received (${row.received})`, columnName(headerCells, m, 'resolved'));
      return;
    }
    const key = `${government.code}|${year}`;
    let entry = complaintByKey.get(key);
    if (entry === undefined) {
      entry = { code: government.code, level: government.level, year, received: null, resolved: null, breakdowns: {}, source: { file: path, line } };
      complaintByKey.set(key, entry);
    }
    if (row.dimension === null && row.category === null) {
      const before = totalsSeen.get(key);
      if (before !== undefined) {
        error(path, line, `duplicate: ${describeGovernment(government)} ${year} already at ${before.file}:${before.line}`, regionColumn);
        return;
      }
      totalsSeen.set(key, { file: path, line });
      entry.received = row.received;
      entry.resolved = row.resolved;
      entry.source = { file: path, line };
      return;
    }
    const dimensionColumn = columnName(headerCells, m, 'dimension');
    if (row.dimension === null || row.category === null) {
      error(path, line, row.dimension === null ? 'a category without a dimension (substansi, maladministrasi or terlapor)' : 'a dimension without a category', row.dimension === null ? dimensionColumn : columnName(headerCells, m, 'category'));
      return;
    }
    const dimension = DIMENSIONS[row.dimension.toLowerCase().replace(/\s+/g, ' ')];
    if (dimension === undefined) {
      error(path, line, `unknown dimension ${quote(row.dimension)}: expected substansi, maladministrasi or terlapor`, dimensionColumn);
      return;
    }
    const bKey = `${key}|${dimension}|${row.category.toLowerCase()}`;
    const before = breakdownSeen.get(bKey);
    if (before !== undefined) {
      error(path, line, `duplicate: ${describeGovernment(government)} ${year} ${dimension} ${quote(row.category)} already at ${before.file}:${before.line}`, columnName(headerCells, m, 'category'));
      return;
    }
    breakdownSeen.set(bKey, { file: path, line });
    const item: ComplaintBreakdownItem = { category: row.category, received: row.received, resolved: row.resolved, source: { file: path, line } };
    (entry.breakdowns[dimension] ??= []).push(item);
  }

  // Cross-row checks on complaints: breakdowns that add up to more than the total.
  const complaints = [...complaintByKey.values()].sort((a, b) => a.year - b.year || (a.code < b.code ? -1 : 1));
  for (const c of complaints) {
    if (c.received === null) {
      warn(c.source.file, c.source.line, `${describeGovernment(index.byCode.get(c.code)!)} ${c.year}: breakdowns but no total row (reports received left empty)`);
      continue;
    }
    for (const [dimension, items] of Object.entries(c.breakdowns)) {
      const sum = items.reduce((s, i) => s + i.received, 0);
      if (sum > c.received) {
        warn(items[0]!.source.file, items[0]!.source.line, `${describeGovernment(index.byCode.get(c.code)!)} ${c.year}: ${dimension} adds up to ${sum}, more than the ${c.received} reports received`);
      }
    }
  }

  scores.sort((a, b) => a.year - b.year || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const years = [...new Set(scores.map((s) => s.year))].sort((a, b) => a - b);
  // Warnings: regions without a score in a year that has scores (printed once per year).
  for (const year of years) {
    const have = new Set(scores.filter((s) => s.year === year).map((s) => s.code));
    const missing = registry.regions.filter((r) => !have.has(r.code));
    if (missing.length > 0 && missing.length < registry.regions.length) {
      const list = missing.slice(0, 5).map((r) => r.code).join(', ');
      warn('', 0, `${year}: ${missing.length} of ${registry.regions.length} kabupaten/kota have no score (${list}${missing.length > 5 ? ', …' : ''})`);
    }
  }

  const errors = problems.filter((p) => p.severity === 'error').length;
  const summary: IngestSummary = {
    files: dataFiles.length,
    rows: totalRows,
    scores: scores.length,
    complaints: complaints.length,
    governments: new Set([...scores.map((s) => s.code), ...complaints.map((c) => c.code)]).size,
    years: [...new Set([...years, ...complaints.map((c) => c.year)])].sort((a, b) => a - b),
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
      years: years.filter((y) => schemeFor(y)?.id === s.id),
      cutoffsVerified: s.cutoffsVerified,
    })),
    schemeByYear,
    skipped,
    counts: { scores: scores.length, complaints: complaints.length, regions: registry.regions.length, provinces: registry.provinces.length, years },
    registry: registry.source,
  };
  result.output = { registry, scores, complaints, manifest };
  return result;
}
