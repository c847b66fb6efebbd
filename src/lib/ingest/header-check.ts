import { publishedColumns } from './complaint-figures.ts';
import { RowValidator, type ComplaintRow, type ScoreRow } from './fields.ts';
import { headerAliases, mapHeaders, ROW_FIELDS, type HeaderMapping, type InputKind, type PublishedField, type RowField } from './headers.ts';
import type { Delimiter } from './read.ts';
import { quote } from './report.ts';
import { error, warn, type Session } from './session.ts';

/**
 * A data file's header: which shape the file has (per-government rows, or ORI's
 * published complaint figures), where each field is, and whether its rows can be
 * read at all. Problems with the header are reported on its line.
 */

/** Each field's column header as written in the file (the field's name when the file has no such column). */
export type ColumnNames = Record<RowField, string> & Record<string, string | undefined>;

/** A file of per-government rows: compliance scores (`kepatuhan/`) or complaint counts (`pengaduan/`). */
export interface Table {
  mapping: HeaderMapping;
  names: ColumnNames;
  validator: RowValidator<ScoreRow | ComplaintRow>;
}

/** One data file while its rows are read. */
export interface FileState {
  path: string;
  kind: InputKind;
  delimiter: Delimiter | null;
  /** The header row: its line and cells. */
  header: { line: number; cells: string[] } | null;
  /** Data rows read (after the header). */
  rows: number;
  /** False once the header makes the rows unreadable (they are counted, not checked). */
  usable: boolean;
  /** The year taken from the file name when the file has no year column. */
  fileYear: number | null;
  /** Set for a file of per-government rows. */
  table: Table | null;
  /** Set for a complaint file of published figures (`area_level`, `measure` columns). */
  published: Partial<Record<PublishedField, number>> | null;
}

export function newFile(path: string, kind: InputKind, delimiter: Delimiter | null): FileState {
  return { path, kind, delimiter, header: null, rows: 0, usable: true, fileYear: null, table: null, published: null };
}

/** Reads the first non-blank row of a file as its header. */
export function readHeader(s: Session, f: FileState, line: number, cells: string[]): void {
  f.header = { line, cells };
  const found = f.kind === 'pengaduan' ? publishedColumns(cells) : null;
  if (found !== null) {
    f.published = found.columns;
    for (const field of found.missing) error(s, f.path, line, `missing column for ${field} in a file of published complaint figures (see data/README.md)`);
    f.usable = found.missing.length === 0;
    return;
  }
  const mapping = mapHeaders(cells, f.kind);
  const at = mapping.fields;
  const names = Object.fromEntries(ROW_FIELDS.map((field) => [field, at[field] === undefined ? field : (cells[at[field]] ?? field).trim()])) as ColumnNames;
  if (f.kind === 'pengaduan') s.categoryColumns.set(f.path, names.category);
  f.table = { mapping, names, validator: new RowValidator(f.kind, mapping.fields) };
  f.usable = checkHeader(s, f, line, cells, mapping);
  if (f.usable && mapping.fields.year === undefined) {
    f.fileYear = yearFromFileName(f.path);
    if (f.fileYear === null) error(s, f.path, line, 'no year column (Tahun/year) and no four-digit year in the file name (e.g. sumut_2022.csv)');
    f.usable = f.fileYear !== null;
  }
}

/** Reports what makes a per-government header unusable (or only worth a warning); false when its rows cannot be read. */
function checkHeader(s: Session, { path, kind, delimiter }: FileState, line: number, cells: string[], m: HeaderMapping): boolean {
  const fail = (message: string, column?: string) => {
    error(s, path, line, message, column);
    return false;
  };
  if (delimiter === null) return fail(`header has a single column ${quote(cells[0] ?? '')}: expected columns separated by comma, semicolon or tab`);
  let ok = true;
  for (const d of m.duplicates) ok = fail(`duplicate column: ${quote(d.first)} and ${quote(d.second)} both mean ${d.field}`, d.second);
  const aliases = headerAliases(kind);
  if (m.fields.region === undefined) ok = fail(`missing required column for region (accepted headers: ${aliases.region!.slice(0, 8).join(', ')}, …)`);
  if (kind === 'kepatuhan' && m.fields.score === undefined && m.fields.zone === undefined && m.fields.grade === undefined) {
    ok = fail(
      `missing a score column (accepted: ${aliases.score!.slice(0, 6).join(', ')}, …) or a grade/zone column (${aliases.zone!.slice(0, 3).join(', ')}, ${aliases.grade!.slice(0, 3).join(', ')}, …)`,
    );
  }
  if (kind === 'pengaduan' && m.fields.received === undefined) {
    ok = fail(`missing required column for reports received (accepted headers: ${aliases.received!.slice(0, 6).join(', ')}, …)`);
  }
  if (kind === 'pengaduan' && (m.fields.dimension === undefined) !== (m.fields.category === undefined)) {
    ok = fail('breakdown rows need both a dimension column (Dimensi: substansi/maladministrasi/terlapor) and a category column (Kategori)');
  }
  for (const b of m.blank) warn(s, path, line, `column ${b + 1} has no header (ignored)`);
  return ok;
}

/** Finds a single four-digit year (2000–2099) in a file name: `sumut_2022.csv` → 2022. */
export function yearFromFileName(path: string): number | null {
  const base = path.split('/').pop() ?? path;
  const matches = base.match(/(?<!\d)20\d{2}(?!\d)/g) ?? [];
  const unique = [...new Set(matches)];
  return unique.length === 1 ? Number(unique[0]) : null;
}
