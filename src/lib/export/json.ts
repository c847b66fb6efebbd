import { csvField } from './csv.ts';
import type { Cell, Table } from './table.ts';

/**
 * The JSON form of an exported table: an array of objects with the table's columns
 * as keys, in column order, one object per line (like data/processed), missing
 * values as null. Values are the same as in the CSV, except that text is never
 * neutralised (JSON is not opened by spreadsheets as formulas). Checks types the
 * same way as the CSV writer, so both files always hold the same figures.
 */
export function tableToJson(table: Table): string {
  if (table.rows.length === 0) return '[]\n';
  const lines = table.rows.map((row) => {
    const record: Record<string, Cell> = {};
    for (const column of table.columns) {
      const value = row[column.name] ?? null;
      csvField(column, value); // throws on a value of the wrong type
      record[column.name] = value === '' ? null : value;
    }
    return JSON.stringify(record);
  });
  return `[\n${lines.join(',\n')}\n]\n`;
}
