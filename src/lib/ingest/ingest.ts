import { createHash } from 'node:crypto';
import { ascending } from 'd3-array';
import type { ComplaintEntry, ComplaintFigure, Manifest, RegistryFile, ScoreEntry, ScoreMention } from '../types.ts';
import { handleComplaintRow, handleFigureRow } from './complaint-row.ts';
import { finish } from './finish.ts';
import { newFile, readHeader, type FileState } from './header-check.ts';
import type { InputKind } from './headers.ts';
import type { Alias } from '../printed/match.ts';
import { decodeCsv, detectDelimiter, parseRows, type ParseProblem } from './read.ts';
import { quote, type Problem } from './report.ts';
import { handleScoreRow } from './score-row.ts';
import { createSession, error, warn, type Session } from './session.ts';

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

/** Root files that are not data: the demo marker and documentation (also any `*.md`). */
const DEMO_MARKER = 'DEMO';
const ROOT_DOCS = new Set(['README.md', 'README.txt', DEMO_MARKER]);
const CSV_EXTENSIONS = /\.(csv|tsv|txt)$/i;
const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };
const WRONG_PLACE = 'move compliance scores to kepatuhan/ and complaint statistics to pengaduan/';

/** Ingests raw files (the CLI reads a folder through `ingestFolder`, folder.ts): each file's bytes are read once. */
export function ingest(files: readonly RawFile[], registry: RegistryFile, aliases: readonly Alias[], options: IngestOptions): IngestResult {
  const s = createSession(registry, aliases, options);
  for (const file of [...files].sort((a, b) => ascending(a.path, b.path))) {
    const kind = classify(s, file);
    if (kind === null) continue;
    options.onProgress?.(`reading ${file.path}`);
    readFile(s, file.path, kind, file.bytes);
  }
  return finish(s);
}

/** A file in the raw folder: a data file's kind, or null (documentation, the demo marker, or an error recorded). */
function classify(s: Session, { path, bytes }: RawFile): InputKind | null {
  const parts = path.split('/');
  const name = parts[parts.length - 1]!;
  if (name.startsWith('.')) return null; // .gitkeep, .DS_Store
  if (parts.length === 1) {
    if (name === DEMO_MARKER) {
      s.demo = true;
      s.demoNote = new TextDecoder().decode(bytes).trim() || null;
    }
    if (!ROOT_DOCS.has(name) && !/\.md$/i.test(name)) error(s, path, 0, `file is in neither kepatuhan/ nor pengaduan/: ${WRONG_PLACE}`);
    return null;
  }
  if (parts[0] !== 'kepatuhan' && parts[0] !== 'pengaduan') {
    error(s, path, 0, `folder "${parts[0]}/" is neither kepatuhan/ nor pengaduan/: ${WRONG_PLACE}`);
    return null;
  }
  if (!CSV_EXTENSIONS.test(name)) {
    error(s, path, 0, `not a CSV file (${name.includes('.') ? name.slice(name.lastIndexOf('.')) : 'no extension'}): export it as CSV (.csv)`);
    return null;
  }
  s.dataFiles++;
  return parts[0];
}

/** One data file: decoded (or its one decoding problem reported), then its rows, header first. */
function readFile(s: Session, path: string, kind: InputKind, bytes: Uint8Array): void {
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) {
    error(s, path, decoded.line, decoded.message);
    return;
  }
  const f = newFile(path, kind, detectDelimiter(decoded.text));
  const quoteProblems = parseRows(decoded.text, f.delimiter ?? ',', (line, cells) =>
    f.header === null ? readHeader(s, f, line, cells) : readRow(s, f, line, cells),
  );
  endFile(s, f, createHash('sha256').update(bytes).digest('hex'), quoteProblems);
}

function readRow(s: Session, f: FileState, line: number, cells: string[]): void {
  f.rows++;
  s.rows++;
  if (!f.usable) return;
  const width = f.header!.cells.length;
  if (cells.length < width || (cells.length > width && cells.slice(width).some((c) => c.trim() !== ''))) {
    const hint =
      f.published === null ? ` (a missing or extra ${DELIMITER_NAMES[f.delimiter ?? ','] ?? 'delimiter'}, mixed delimiters, or an unquoted field?)` : '';
    error(s, f.path, line, `has ${cells.length} fields but the header has ${width}${hint}`);
    return;
  }
  if (f.published !== null) handleFigureRow(s, f, line, cells);
  else if (f.kind === 'kepatuhan') handleScoreRow(s, f, line, cells);
  else handleComplaintRow(s, f, line, cells);
}

/** After a file's last row: its quote problems, what its header and rows lack, and its manifest entry. */
function endFile(s: Session, f: FileState, sha256: string, quoteProblems: readonly ParseProblem[]): void {
  for (const q of quoteProblems) error(s, f.path, q.line, q.message);
  if (f.header === null) {
    error(s, f.path, 0, 'file has no content (only blank lines)');
    return;
  }
  const headerLine = f.header.line;
  if (f.rows === 0 && quoteProblems.length === 0) error(s, f.path, headerLine, 'file has a header but no data rows');
  const ignored = f.table?.mapping.ignored.map((c) => c.name) ?? [];
  if (ignored.length > 0) warn(s, f.path, headerLine, `column${ignored.length > 1 ? 's' : ''} ${ignored.map((c) => quote(c)).join(', ')} not used (ignored)`);
  s.manifestFiles.push({
    path: f.path,
    kind: f.kind,
    rows: f.rows,
    sha256,
    delimiter: f.delimiter ?? ',',
    ...(f.fileYear !== null ? { yearFromFileName: f.fileYear } : {}),
    ignoredColumns: ignored,
  });
}
