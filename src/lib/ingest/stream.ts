import { StringDecoder } from 'node:string_decoder';
import { CsvRowReader } from './csv-rows.ts';
import { checkFile } from './file-check.ts';
import { readChunks } from './read-chunks.ts';
import { detectDelimiter, numberedRows, type Delimiter, type ParseProblem } from './read.ts';

/**
 * Streams one CSV file: a first pass hashes the bytes and checks they decode
 * (src/lib/ingest/file-check.ts); the second decodes them (UTF-8, BOM skipped, any
 * mix of line endings made `\n`) and parses row by row, so memory stays flat
 * however large the file. Row line numbers are exact: each row spans one line
 * plus the newlines inside its quoted fields (blank lines are rows too).
 */

export interface StreamedFile {
  sha256: string;
  bytes: number;
  delimiter: Delimiter | null;
  /** Decoding error (not UTF-8, UTF-16, NUL bytes, empty): the file was not parsed. */
  decodeError: { line: number; message: string } | null;
  quoteProblems: ParseProblem[];
  /** True when the text had nothing but whitespace. */
  blank: boolean;
}

const HEADER_PROBE = 64 * 1024;
/** Bytes decoded at a time: strings of this size are split fastest (far larger ones cost much more). */
const TEXT_CHUNK = 64 * 1024;

/** Text chunks of a file known to decode, from byte `start` (after any BOM), with every `\r\n` and lone `\r` made `\n`. */
async function* textChunks(path: string, start: number): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pendingCR = false;
  for await (const bytes of readChunks(path, start)) {
    for (let at = 0; at < bytes.length; at += TEXT_CHUNK) {
      let text = decoder.write(bytes.subarray(at, at + TEXT_CHUNK));
      if (pendingCR) text = `\r${text}`;
      pendingCR = text.endsWith('\r');
      if (pendingCR) text = text.slice(0, -1);
      if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
      if (text !== '') yield text;
    }
  }
  if (pendingCR) yield '\n';
}

export async function streamCsvFile(path: string, onRow: (line: number, cells: string[]) => void, onDelimiter?: (d: Delimiter | null) => void): Promise<StreamedFile> {
  const check = await checkFile(path);
  const result = { sha256: check.sha256, bytes: check.bytes, delimiter: null as Delimiter | null, decodeError: check.decodeError, quoteProblems: [] as ParseProblem[], blank: false };
  if (check.bytes === 0) result.decodeError = { line: 0, message: 'file is empty (0 bytes)' };
  if (result.decodeError !== null) {
    onDelimiter?.(null);
    return result;
  }
  const chunks = textChunks(path, check.textStart);
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
  result.blank = done && head.trim() === '';
  result.delimiter = detectDelimiter(head);
  onDelimiter?.(result.delimiter);
  if (result.blank) return result;
  const reader = new CsvRowReader(result.delimiter ?? ',', numberedRows(result.quoteProblems, onRow));
  reader.push(head);
  if (!done) for await (const text of chunks) reader.push(text);
  reader.end();
  return result;
}
