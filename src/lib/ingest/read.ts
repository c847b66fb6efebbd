import { CsvRowReader, type RowHandler } from './csv-rows.ts';

/**
 * Reading raw exports: bytes → text (UTF-8 with or without BOM; anything else is
 * an error, never a silent re-encoding), delimiter detection (`,` `;` tab), and
 * row-by-row parsing that keeps each row's 1-based line number even when quoted
 * fields span lines.
 */

export type Decoded = { ok: true; text: string; bom: boolean } | { ok: false; line: number; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeCsv(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, line: 0, message: 'file is empty (0 bytes)' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, line: 1, message: 'file is UTF-16; save it as UTF-8 (CSV UTF-8 in Excel)' };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = utf8.decode(bom ? bytes.subarray(3) : bytes);
    if (text.includes('\u0000')) {
      return { ok: false, line: lineOfOffset(text, text.indexOf('\u0000')), message: 'file contains NUL bytes: is it a spreadsheet (.xlsx) rather than CSV?' };
    }
    return { ok: true, text, bom };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = countNewlines(bytes, offset) + 1;
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      line,
      message: `file is not valid UTF-8 (byte 0x${byte}; Windows-1252/Latin-1 export?): save it as UTF-8 (CSV UTF-8 in Excel)`,
    };
  }
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

/**
 * Offset of the first byte that breaks UTF-8 (only called once decoding failed),
 * following the well-formed byte sequences of Unicode table 3-7: no overlong forms,
 * no surrogates, nothing above U+10FFFF.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const inRange = (b: number | undefined, lo: number, hi: number) => b !== undefined && b >= lo && b <= hi;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let second: [number, number];
    let length: number;
    if (b >= 0xc2 && b <= 0xdf) [second, length] = [[0x80, 0xbf], 2];
    else if (b === 0xe0) [second, length] = [[0xa0, 0xbf], 3];
    else if (b === 0xed) [second, length] = [[0x80, 0x9f], 3];
    else if (b >= 0xe1 && b <= 0xef) [second, length] = [[0x80, 0xbf], 3];
    else if (b === 0xf0) [second, length] = [[0x90, 0xbf], 4];
    else if (b >= 0xf1 && b <= 0xf3) [second, length] = [[0x80, 0xbf], 4];
    else if (b === 0xf4) [second, length] = [[0x80, 0x8f], 4];
    else return i;
    if (!inRange(bytes[i + 1], second[0], second[1])) return i;
    for (let k = 2; k < length; k++) if (!inRange(bytes[i + k], 0x80, 0xbf)) return i;
    i += length;
  }
  return 0;
}

export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * Counts each delimiter outside quotes in the first line that has content (a line of
 * only spaces and delimiters is blank, as parseRows treats it); the most frequent wins.
 */
export function detectDelimiter(text: string): Delimiter | null {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      inQuotes = !inQuotes;
      seenContent = true;
    } else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (seenContent) break;
      for (const d of DELIMITERS) counts.set(d, 0);
    } else if (!inQuotes && counts.has(c as Delimiter)) counts.set(c as Delimiter, counts.get(c as Delimiter)! + 1);
    else if (c.trim() !== '') seenContent = true;
  }
  let best: Delimiter | null = null;
  for (const d of DELIMITERS) if (counts.get(d)! > 0 && (best === null || counts.get(d)! > counts.get(best)!)) best = d;
  return best;
}

export interface CsvRow {
  /** 1-based line on which the row starts. */
  line: number;
  cells: string[];
}

export interface ParseProblem {
  line: number;
  message: string;
}

/** A row of nothing but spaces (and delimiters): a blank line, skipped. */
export function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/**
 * The reader's rows as numbered, non-blank rows for `onRow`, and its quote errors as
 * problems (one per line): each row starts on the line after the previous row and
 * the line breaks inside its quoted cells.
 */
export function numberedRows(problems: ParseProblem[], onRow: (line: number, cells: string[]) => void): RowHandler {
  let line = 1;
  return (cells, quoteError, innerNewlines) => {
    const rowLine = line;
    line += 1 + innerNewlines;
    if (quoteError) {
      if (problems.at(-1)?.line !== rowLine) problems.push({ line: rowLine, message: 'unbalanced quote: a quoted field is never closed or has text after its closing quote' });
    } else if (!isBlankRow(cells)) {
      onRow(rowLine, cells);
    }
  };
}

/**
 * Parses CSV text row by row (split as papaparse does, see csv-rows.ts), calling
 * `onRow` for each non-blank row with its line. Blank lines (empty or only
 * spaces/delimiters) are skipped. Returns quote errors, one per line.
 */
export function parseRows(input: string, delimiter: Delimiter, onRow: (row: CsvRow) => void): ParseProblem[] {
  const problems: ParseProblem[] = [];
  // Files edited in several programs mix CRLF, LF and even CR: one line ending for all
  // (each ending stays one newline, so line numbers do not move).
  const text = /\r/.test(input) ? input.replace(/\r\n?/g, '\n') : input;
  const reader = new CsvRowReader(delimiter, numberedRows(problems, (line, cells) => onRow({ line, cells })));
  reader.push(text);
  reader.end();
  return problems;
}
