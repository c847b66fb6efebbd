import Papa from 'papaparse';

/**
 * Reading raw exports: bytes → text (UTF-8 with or without BOM; anything else is
 * an error, never a silent re-encoding), delimiter detection (`,` `;` tab), and
 * rows read by papaparse one at a time (its `step` mode), each with its 1-based
 * line even when quoted fields span lines.
 */

export type Decoded = { ok: true; text: string; bom: boolean } | { ok: false; line: number; message: string };

const NOT_UTF8 = (byte: number) =>
  `file is not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}; Windows-1252/Latin-1 export?): save it as UTF-8 (CSV UTF-8 in Excel)`;

/**
 * A file's text, or why it cannot be read: empty, UTF-16, an invalid byte (with its
 * line), NUL bytes (a spreadsheet), or a last character cut short, in that order.
 */
export function decodeCsv(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, line: 0, message: 'file is empty (0 bytes)' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, line: 1, message: 'file is UTF-16; save it as UTF-8 (CSV UTF-8 in Excel)' };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  // Decoding as a stream tells an invalid byte from a last character cut short (held back, not an error yet).
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text: string;
  try {
    text = decoder.decode(body, { stream: true });
  } catch {
    return { ok: false, ...firstInvalidByte(body) };
  }
  if (text.includes('\u0000')) {
    return { ok: false, line: lineOfOffset(text, text.indexOf('\u0000')), message: 'file contains NUL bytes: is it a spreadsheet (.xlsx) rather than CSV?' };
  }
  try {
    decoder.decode();
  } catch {
    return { ok: false, line: lineOfOffset(text, text.length), message: 'file is not valid UTF-8 (it ends inside a multi-byte character): save it as UTF-8' };
  }
  return { ok: true, text, bom };
}

/**
 * The first byte that breaks UTF-8 (only looked for once decoding failed) and its line: where a
 * lenient decoder writes its first U+FFFD that the bytes do not spell out (EF BF BD). It starts the
 * maximal ill-formed subpart, as the Encoding Standard defines it (no overlong forms, no surrogates,
 * nothing above U+10FFFF).
 */
function firstInvalidByte(body: Uint8Array): { line: number; message: string } {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  const encoder = new TextEncoder();
  let offset = 0;
  for (let i = text.indexOf('\uFFFD'), from = 0; i >= 0; from = i, i = text.indexOf('\uFFFD', i + 1)) {
    offset += encoder.encode(text.slice(from, i)).length;
    if (body[offset] !== 0xef || body[offset + 1] !== 0xbf || body[offset + 2] !== 0xbd)
      return { line: lineOfOffset(text, i), message: NOT_UTF8(body[offset]!) };
  }
  throw new Error('firstInvalidByte: the bytes are valid UTF-8');
}

const lineOfOffset = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

const DELIMITERS = [',', ';', '\t'] as const;
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

export interface ParseProblem {
  line: number;
  message: string;
}

const QUOTE_PROBLEM = 'unbalanced quote: a quoted field is never closed or has text after its closing quote';

/**
 * Parses CSV text with papaparse, calling `onRow` for each non-blank row with its
 * line: a row starts on the line after the previous row and the line breaks inside
 * its quoted cells. Blank lines (empty or only spaces/delimiters) are skipped. A
 * row with a quote papaparse reports as broken is not passed on: it is returned as
 * a problem on the line where it starts.
 */
export function parseRows(input: string, delimiter: Delimiter, onRow: (line: number, cells: string[]) => void): ParseProblem[] {
  const problems: ParseProblem[] = [];
  // Files edited in several programs mix CRLF, LF and even CR: one line ending for all
  // (each ending stays one newline, so line numbers do not move).
  const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    step: ({ data: cells, errors }) => {
      const rowLine = line;
      line += cells.reduce((n, cell) => (cell.includes('\n') ? n + cell.split('\n').length - 1 : n), 1);
      if (errors.some((e) => e.type === 'Quotes')) problems.push({ line: rowLine, message: QUOTE_PROBLEM });
      // A row of nothing but spaces (and delimiters) is a blank line, skipped.
      else if (cells.some((cell) => cell.trim() !== '')) onRow(rowLine, cells);
    },
  });
  return problems;
}
