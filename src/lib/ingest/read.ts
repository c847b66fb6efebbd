import Papa from 'papaparse';

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

/** Offset of the first byte that breaks UTF-8 (only called once decoding failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
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

/** Counts each delimiter outside quotes in the first non-blank line; the most frequent wins. */
export function detectDelimiter(text: string): Delimiter | null {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (seenContent) break;
    } else if (!inQuotes && counts.has(c as Delimiter)) counts.set(c as Delimiter, counts.get(c as Delimiter)! + 1);
    if (c.trim() !== '') seenContent = true;
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

/**
 * Parses CSV text row by row, calling `onRow` for each non-blank row with its line.
 * Blank lines (empty or only spaces/delimiters) are skipped. Returns quote errors.
 */
export function parseRows(text: string, delimiter: Delimiter, onRow: (row: CsvRow) => void): ParseProblem[] {
  const problems: ParseProblem[] = [];
  const newline = text.includes('\n') ? '\n' : text.includes('\r') ? '\r' : '\n';
  const nl = newline.charCodeAt(0);
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: text.includes('\r\n') ? '\r\n' : newline,
    skipEmptyLines: false,
    step: (result) => {
      const start = cursor;
      const end = result.meta.cursor;
      // Leading blank lines inside this chunk do not exist (Papa yields them as rows), so
      // the row starts at `start`; advance the line counter to `end` afterwards.
      const rowLine = line;
      for (let i = start; i < end; i++) if (text.charCodeAt(i) === nl) line++;
      cursor = end;
      for (const error of result.errors) {
        if (error.type === 'Quotes') {
          problems.push({ line: rowLine, message: 'unbalanced quote: a quoted field is never closed or has text after its closing quote' });
        }
      }
      if (result.errors.some((e) => e.type === 'Quotes')) return;
      const cells = result.data;
      if (cells.every((c) => c.trim() === '')) return;
      onRow({ line: rowLine, cells });
    },
  });
  // Papa reports one quote error per broken row; keep one message per line.
  const seen = new Set<number>();
  return problems.filter((p) => (seen.has(p.line) ? false : (seen.add(p.line), true)));
}
