import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { ScoreEntry, ScoreMention, ScoreReading } from '../../../src/lib/types.ts';

/**
 * Helpers for tests over real compliance files: each data row of a raw folder's
 * kepatuhan/*.csv with its line (read independently of the ingest's own reader), and
 * what the ingest made of each row (the value shown, an alternative, or a mention).
 */

export interface DataRow {
  /** `kepatuhan/<name>.csv`, as in a source reference. */
  file: string;
  line: number;
  cells: Record<string, string>;
}

/** Every non-blank data row of `<raw>/kepatuhan/*.csv` (`;`-separated, header first, one row per line). */
export function kepatuhanRows(raw: string): DataRow[] {
  const rows: DataRow[] = [];
  for (const name of readdirSync(join(raw, 'kepatuhan'))
    .filter((n) => n.endsWith('.csv'))
    .sort()) {
    const text = readFileSync(join(raw, 'kepatuhan', name), 'utf8');
    const parsed = Papa.parse<Record<string, string>>(text, { delimiter: ';', header: true, skipEmptyLines: true });
    if (parsed.errors.length > 0) throw new Error(`${name}: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
    const lines = text
      .split('\n')
      .map((l, i) => ({ l, line: i + 1 }))
      .filter(({ l, line }) => line > 1 && l.trim() !== '');
    // One row per line (no line breaks inside quoted cells), so the n-th data row is on the n-th non-blank line.
    if (lines.length !== parsed.data.length) throw new Error(`${name}: ${parsed.data.length} rows on ${lines.length} lines`);
    parsed.data.forEach((cells, i) => rows.push({ file: `kepatuhan/${name}`, line: lines[i]!.line, cells }));
  }
  return rows;
}

export type Role = 'shown' | 'alternative' | 'mention';

export interface RowResult {
  role: Role;
  code: string;
  year: number;
  /** The row's own reading (absent for a mention). */
  reading?: ScoreReading & { differs?: boolean };
  mention?: ScoreMention;
}

/** `file:line` → every place the row appears in the output (exactly one for a correct ingest). */
export function resultsByRow(scores: readonly ScoreEntry[], mentions: readonly ScoreMention[]): Map<string, RowResult[]> {
  const out = new Map<string, RowResult[]>();
  const add = (file: string, line: number, result: RowResult) => {
    const key = `${file}:${line}`;
    out.set(key, [...(out.get(key) ?? []), result]);
  };
  for (const s of scores) {
    add(s.source.file, s.source.line, { role: 'shown', code: s.code, year: s.year, reading: s });
    for (const a of s.alternatives ?? []) add(a.source.file, a.source.line, { role: 'alternative', code: s.code, year: s.year, reading: a });
  }
  for (const m of mentions) add(m.source.file, m.source.line, { role: 'mention', code: m.code, year: m.year, mention: m });
  return out;
}
