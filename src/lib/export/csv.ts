import type { Cell, Column, Row, Table } from './table.ts';

/**
 * The CSV writer for every exported table (the "CSV contract" of the data package):
 *
 * - UTF-8, starting with a byte-order mark (U+FEFF). Excel, still the tool most
 *   readers open a CSV with, reads a BOM-less file as Windows-1252 and garbles every
 *   non-ASCII character (`–` becomes `â€“`); papaparse, pandas, R (readr), LibreOffice
 *   and Google Sheets all skip the BOM. (Python's `csv` module needs `encoding="utf-8-sig"`.)
 *   `{ bom: false }` leaves it out.
 * - `,` between fields, `\n` after every row (including the last), a header row of the
 *   column names.
 * - RFC 4180 quoting: a field with `"`, `,`, `\n` or `\r` (or leading/trailing blanks,
 *   which some readers trim) is wrapped in `"…"`, with `"` doubled inside.
 * - An empty field is a missing value (null); an empty text is written the same way.
 * - `number` and `integer` columns: plain numbers with `.` decimals and no grouping
 *   (`45.67`, `-2.5`, `1234`); a negative number stays a number.
 * - Formula injection (OWASP "CSV Injection"): a `text` cell whose first character —
 *   after any leading blanks or line breaks — is `=`, `+`, `-`, `@`, tab or CR (or their
 *   full-width forms `＝＋－＠`, which some spreadsheet locales also start a formula
 *   with) gets a single quote `'` in front and is quoted, so a spreadsheet shows it as
 *   text instead of running it. The quote is part of the value: `'=1+2` reads back as
 *   `'=1+2`. Number columns are never altered.
 *
 * Pure: returns a string; no Node APIs (the browser can use it too).
 */

export interface CsvOptions {
  /** Start with U+FEFF (default true; see above). */
  bom?: boolean;
}

/** The byte-order mark written at the start of every CSV by default. */
export const BOM = '\uFEFF';

/** Characters that make a spreadsheet treat a cell as a formula when they come first. */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);
/** Blanks a spreadsheet may skip before looking at the first character. */
const LEADING_BLANKS = /^[ \u00A0\u2000-\u200B\u3000\n\f\v]+/;

/** True when a text cell would start a formula in a spreadsheet. */
export function isFormulaLike(text: string): boolean {
  const first = text.replace(LEADING_BLANKS, '').charAt(0);
  return FORMULA_START.has(first);
}

/** `'` + text for formula-like text (see the module comment); other text unchanged. */
export function neutralizeFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function needsQuotes(text: string): boolean {
  return /[",\n\r]/.test(text) || /^\s|\s$/.test(text);
}

function columnError(column: Column, value: unknown, why: string): Error {
  return new Error(`csv: column "${column.name}" (${column.type}): ${why}, got ${JSON.stringify(value)}`);
}

function numberField(column: Column, value: Cell): string {
  if (typeof value !== 'number') throw columnError(column, value, 'expected a number or null');
  if (!Number.isFinite(value)) throw columnError(column, value, 'expected a finite number');
  if (column.type === 'integer' && !Number.isInteger(value)) throw columnError(column, value, 'expected a whole number');
  // -0 prints as "0"; exponent notation only appears beyond 1e21, far outside any count or score.
  return String(value);
}

/** One field as it appears in the file (quoted and neutralised as needed). */
export function csvField(column: Column, value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (column.type !== 'text') return numberField(column, value);
  if (typeof value !== 'string') throw columnError(column, value, 'expected a string or null');
  if (value === '') return '';
  if (isFormulaLike(value)) return quote(neutralizeFormula(value));
  return needsQuotes(value) ? quote(value) : value;
}

/** Checks that column names are unique, non-empty snake_case. */
function checkColumns(columns: readonly Column[]): void {
  const seen = new Set<string>();
  for (const c of columns) {
    if (!/^[a-z][a-z0-9_]*$/.test(c.name)) throw new Error(`csv: column name ${JSON.stringify(c.name)} is not snake_case`);
    if (seen.has(c.name)) throw new Error(`csv: duplicate column ${c.name}`);
    seen.add(c.name);
  }
}

/** The CSV text of rows under the given columns (extra keys in a row are ignored). */
export function toCsv(columns: readonly Column[], rows: readonly Row[], options: CsvOptions = {}): string {
  checkColumns(columns);
  const lines = [columns.map((c) => c.name).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(c, row[c.name])).join(','));
  return `${options.bom === false ? '' : BOM}${lines.join('\n')}\n`;
}

/** The CSV text of a table. */
export function tableToCsv(table: Table, options: CsvOptions = {}): string {
  return toCsv(table.columns, table.rows, options);
}
