/**
 * CSV rows from text that arrives in chunks, split exactly as papaparse 5.7.1 splits
 * them when it streams (its `Parser`, MIT licence, with quote and escape `"`, newline
 * `\n`, no comment lines): quoted fields with `""` escapes and line breaks, spaces
 * between a closing quote and the next delimiter or newline dropped, and the same
 * rows flagged as having a quote error (a quote never closed, or a closing quote
 * followed by text). Papa wraps every row in result objects and passes it through
 * its stream and handle layers; the ingest's throughput budget (bench/budgets.json,
 * a million rows) has no room for that, so it reads rows here, one callback each.
 * tests/unit/ingest-csv-rows.test.ts compares both on random input in random chunks.
 */

/** A row's cells, whether papaparse would report a quote error for it, and the line breaks inside its quoted cells. */
export type RowHandler = (cells: string[], quoteError: boolean, innerNewlines: number) => void;

const QUOTE = 34; // "
const NEWLINE = '\n';
const NEWLINE_CODE = 10;
const ESCAPED_QUOTES = /""/g;

/** Whether a UTF-16 code unit is white space or a line terminator, the characters `trim` removes. */
const WHITE_SPACE = /\s/;
function isWhiteSpace(code: number): boolean {
  return WHITE_SPACE.test(String.fromCharCode(code));
}

/** A quoted field's text: `""` stands for `"`. */
function unquote(raw: string): string {
  return raw.indexOf('""') < 0 ? raw : raw.replace(ESCAPED_QUOTES, '"');
}

function newlinesIn(text: string): number {
  let n = 0;
  for (let i = text.indexOf(NEWLINE); i >= 0; i = text.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

/**
 * Emits the rows of `input`; with `keepLastRow`, stops before a last row that may
 * continue in the next chunk. Returns the offset just after the last row emitted.
 * Unquoted fields are scanned character by character; a quoted field's end is
 * decided as in papaparse's `Parser.parse`, whose order of checks decides how
 * malformed quotes are read (with a shortcut for a closing quote followed directly
 * by the delimiter or a newline, where its checks come to the same).
 */
function parseRows(input: string, delim: string, keepLastRow: boolean, emit: RowHandler): number {
  const length = input.length;
  const delimCode = delim.charCodeAt(0);
  let cursor = 0;
  let lastCursor = 0;
  let row: string[] = [];
  let quoteError = false;
  let innerNewlines = 0;
  if (length === 0) return 0;

  const endRow = (next: number) => {
    cursor = next;
    lastCursor = next;
    emit(row, quoteError, innerNewlines);
    row = [];
    quoteError = false;
    innerNewlines = 0;
  };
  /** The last field of the last row, up to the end of the input (unless the row may continue). */
  const finish = (value: () => string): number => {
    if (keepLastRow) return lastCursor;
    const last = value();
    innerNewlines += newlinesIn(last);
    row.push(last);
    lastCursor = length;
    emit(row, quoteError, innerNewlines);
    return lastCursor;
  };
  /**
   * The length of the text between a closing quote and `index` when it is only white space
   * (as `String.prototype.trim` counts it), else 0. Stops at the first other character, so
   * a run of stray quotes on one long line costs no more than reading the line.
   */
  const spacesAfter = (quote: number, index: number): number => {
    if (index <= quote + 1) return 0;
    for (let i = quote + 1; i < index; i++) if (!isWhiteSpace(input.charCodeAt(i))) return 0;
    return index - quote - 1;
  };
  // The next delimiter and newline after a closing quote followed by text, kept between
  // quotes as papaparse keeps them: looked up again only once a quote has passed them.
  // 0 means not looked up yet; -1 means there is none left in the input.
  let nextDelim = 0;
  let nextNewline = 0;

  for (;;) {
    if (input.charCodeAt(cursor) === QUOTE) {
      const start = cursor + 1;
      for (let quote = cursor; ; ) {
        quote = input.indexOf('"', quote + 1);
        if (quote === -1) {
          // The quote is never closed: the rest of the input is this field.
          if (!keepLastRow) quoteError = true;
          return finish(() => input.substring(start));
        }
        if (quote === length - 1) return finish(() => unquote(input.substring(start, quote)));
        const after = input.charCodeAt(quote + 1);
        if (after === QUOTE) {
          quote++;
          continue;
        }
        let fieldEnd = -1;
        let rowEnd = -1;
        if (after === delimCode) fieldEnd = quote + 2;
        else if (after === NEWLINE_CODE) rowEnd = quote + 2;
        else {
          if (nextDelim !== -1 && nextDelim <= quote) nextDelim = input.indexOf(delim, quote + 1);
          if (nextNewline !== -1 && nextNewline <= quote) nextNewline = input.indexOf(NEWLINE, quote + 1);
          const spacesBeforeDelim = spacesAfter(quote, nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline));
          if (input.startsWith(delim, quote + 1 + spacesBeforeDelim)) fieldEnd = quote + 2 + spacesBeforeDelim;
          else {
            const spacesBeforeNewline = spacesAfter(quote, nextNewline);
            if (input.charCodeAt(quote + 1 + spacesBeforeNewline) === NEWLINE_CODE) rowEnd = quote + 2 + spacesBeforeNewline;
          }
        }
        if (fieldEnd === -1 && rowEnd === -1) {
          // A closing quote followed by text: read on to the next quote, as papaparse does.
          quoteError = true;
          quote++;
          continue;
        }
        const value = unquote(input.substring(start, quote));
        innerNewlines += newlinesIn(value);
        row.push(value);
        if (rowEnd === -1) cursor = fieldEnd;
        else endRow(rowEnd);
        break;
      }
      continue;
    }
    let end = cursor;
    let code = 0;
    while (end < length && (code = input.charCodeAt(end)) !== delimCode && code !== NEWLINE_CODE) end++;
    if (end === length) break;
    row.push(input.substring(cursor, end));
    if (code === delimCode) cursor = end + 1;
    else endRow(end + 1);
  }
  return finish(() => input.substring(cursor));
}

/** Feeds text in chunks of any size; rows are emitted as soon as they are complete. */
export class CsvRowReader {
  /** The start of a row that may continue in the next chunk. */
  private rest = '';
  /** Chunks not parsed yet: while `rest` is long, parsing waits until as much text has come. */
  private waiting: string[] = [];
  private waitingLength = 0;
  /** Characters handed to the row parser so far, counting text read again: linear in the input. */
  charsParsed = 0;

  /** @param delimiter one character */
  constructor(
    private readonly delimiter: string,
    private readonly onRow: RowHandler,
  ) {}

  push(text: string): void {
    this.waiting.push(text);
    this.waitingLength += text.length;
    // An unfinished row (a long quoted field, or a quote never closed) is read again from its
    // start at every parse: waiting until the text has doubled keeps the work linear.
    if (this.waitingLength < this.rest.length) return;
    const input = this.takeText();
    this.rest = input.substring(parseRows(input, this.delimiter, true, this.onRow));
  }

  /** The end of the text: the last row is emitted even without a final newline. */
  end(): void {
    const input = this.takeText();
    parseRows(input.substring(parseRows(input, this.delimiter, true, this.onRow)), this.delimiter, false, this.onRow);
    this.rest = '';
  }

  private takeText(): string {
    const text = this.rest + (this.waiting.length === 1 ? this.waiting[0]! : this.waiting.join(''));
    this.waiting = [];
    this.waitingLength = 0;
    this.charsParsed += text.length;
    return text;
  }
}
