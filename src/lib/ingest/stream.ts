import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { detectDelimiter, firstInvalidUtf8, type CsvRow, type Delimiter, type ParseProblem } from './read.ts';

/**
 * Streams one CSV file: bytes are hashed, decoded (UTF-8 only, BOM stripped, any
 * mix of line endings made `\n`) and parsed row by row, so memory stays flat
 * however large the file. Row line numbers are exact: each row spans one line
 * plus the newlines inside its quoted fields (blank lines are rows too).
 */

export interface StreamedFile {
  sha256: string;
  bytes: number;
  delimiter: Delimiter | null;
  /** Decoding error (not UTF-8, UTF-16, NUL bytes, empty): nothing after it was parsed. */
  decodeError: { line: number; message: string } | null;
  quoteProblems: ParseProblem[];
  /** True when the text had nothing but whitespace. */
  blank: boolean;
}

const HEADER_PROBE = 64 * 1024;

/** Text chunks of a file, decoded and normalised, with the hash and decoding errors reported at the end. */
async function* decodedChunks(path: string, state: { sha: ReturnType<typeof createHash>; bytes: number; error: StreamedFile['decodeError'] }): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  let pendingCR = false;
  let newlines = 0;
  let tail: Uint8Array<ArrayBufferLike> = new Uint8Array(0);
  for await (const raw of createReadStream(path, { highWaterMark: 4 << 20 })) {
    let chunk: Uint8Array<ArrayBufferLike> = raw as Buffer;
    state.sha.update(chunk);
    state.bytes += chunk.length;
    if (first) {
      first = false;
      if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
        state.error = { line: 1, message: 'file is UTF-16; save it as UTF-8 (CSV UTF-8 in Excel)' };
        break;
      }
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const joined = new Uint8Array(tail.length + chunk.length);
      joined.set(tail);
      joined.set(chunk, tail.length);
      const offset = firstInvalidUtf8(joined);
      let line = newlines + 1;
      for (let i = tail.length; i < offset; i++) if (joined[i] === 0x0a) line++;
      const byte = joined[offset]!.toString(16).toUpperCase().padStart(2, '0');
      state.error = { line, message: `file is not valid UTF-8 (byte 0x${byte}; Windows-1252/Latin-1 export?): save it as UTF-8 (CSV UTF-8 in Excel)` };
      break;
    }
    tail = chunk.subarray(Math.max(0, chunk.length - 3));
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      let line = newlines + 1;
      for (let i = 0; i < nul; i++) if (text.charCodeAt(i) === 10) line++;
      state.error = { line, message: 'file contains NUL bytes: is it a spreadsheet (.xlsx) rather than CSV?' };
      break;
    }
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 0x0a) newlines++;
    if (pendingCR) text = `\r${text}`;
    pendingCR = text.endsWith('\r');
    if (pendingCR) text = text.slice(0, -1);
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    if (text !== '') yield text;
  }
  if (state.error === null) {
    try {
      const rest = decoder.decode();
      if (rest !== '') yield rest;
    } catch {
      state.error = { line: newlines + 1, message: 'file is not valid UTF-8 (it ends inside a multi-byte character): save it as UTF-8' };
    }
    if (pendingCR) yield '\n';
  }
}

export async function streamCsvFile(path: string, onRow: (row: CsvRow) => void, onDelimiter?: (d: Delimiter | null) => void): Promise<StreamedFile> {
  const state = { sha: createHash('sha256'), bytes: 0, error: null as StreamedFile['decodeError'] };
  const chunks = decodedChunks(path, state);
  // Read enough to see the header line, to choose the delimiter before parsing.
  let head = '';
  let done = false;
  while (head.length < HEADER_PROBE) {
    const next = await chunks.next();
    if (next.done) {
      done = true;
      break;
    }
    head += next.value;
    if (/\S[^\n]*\n/.test(head)) break;
  }
  const blank = done && head.trim() === '';
  const delimiter = detectDelimiter(head);
  onDelimiter?.(delimiter);
  const problems: ParseProblem[] = [];
  if (!blank && state.error === null) {
    async function* all(): AsyncGenerator<string> {
      if (head !== '') yield head;
      if (!done) yield* chunks;
    }
    let line = 1;
    await new Promise<void>((resolve, reject) => {
      Papa.parse<string[]>(Readable.from(all(), { objectMode: false, encoding: 'utf8' }) as unknown as File, {
        delimiter: delimiter ?? ',',
        newline: '\n',
        skipEmptyLines: false,
        step: (result) => {
          const rowLine = line;
          const cells = result.data;
          line += 1;
          for (const cell of cells) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) line++;
          if (result.errors.some((e) => e.type === 'Quotes')) {
            if (problems.at(-1)?.line !== rowLine) problems.push({ line: rowLine, message: 'unbalanced quote: a quoted field is never closed or has text after its closing quote' });
            return;
          }
          if (cells.every((c) => c.trim() === '')) return;
          onRow({ line: rowLine, cells });
        },
        complete: () => resolve(),
        error: (err: Error) => reject(err),
      });
    });
  } else {
    // Drain so the hash covers the whole file.
    for await (const _ of chunks) void _;
  }
  if (state.bytes === 0) state.error = { line: 0, message: 'file is empty (0 bytes)' };
  return { sha256: state.sha.digest('hex'), bytes: state.bytes, delimiter, decodeError: state.error, quoteProblems: problems, blank };
}
