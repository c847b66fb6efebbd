/**
 * A downloadable table: named, typed columns and rows keyed by column name.
 * Every export (data page, "Unduh CSV" under a chart) is one of these, and is
 * serialised by csv.ts or json.ts. Pure: no Node APIs, usable in the browser.
 */

/**
 * - `text`: any string; formula-like cells are neutralised in CSV (see csv.ts).
 * - `number`: a finite number, written as JavaScript prints it (`45.67`, `-2.5`).
 * - `integer`: a whole number (counts, years); anything else is an error.
 */
export type ColumnType = 'text' | 'number' | 'integer';

export interface Column {
  /** English snake_case, e.g. `province_name`. */
  name: string;
  type: ColumnType;
  /** One line for the CSV contract in the data package manifest. */
  description: string;
}

/** A cell: null (or a missing key) is an empty cell. */
export type Cell = string | number | null;
export type Row = Readonly<Record<string, Cell | undefined>>;

export interface Table {
  /** File name without extension, e.g. `scores`; `.csv` and `.json` are added by the writers. */
  name: string;
  /** One line saying what a row is, e.g. "One row per government per assessed year". */
  title: string;
  columns: readonly Column[];
  rows: readonly Row[];
}

/** Column shorthand used by the table builders. */
export function column(name: string, type: ColumnType, description: string): Column {
  return { name, type, description };
}
