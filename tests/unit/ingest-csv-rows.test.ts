/**
 * The ingest's streaming CSV row reader must split text exactly as papaparse does
 * when it streams (the reader replaced it for speed): same rows, same cells, same
 * rows flagged with quote errors, however the text is cut into chunks.
 */
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvRowReader } from '../../src/lib/ingest/csv-rows.ts';

interface Row {
  cells: string[];
  quoteError: boolean;
}

function readerRows(chunks: readonly string[], delimiter: string): { rows: Row[]; innerNewlines: number[] } {
  const rows: Row[] = [];
  const innerNewlines: number[] = [];
  const reader = new CsvRowReader(delimiter, (cells, quoteError, n) => {
    rows.push({ cells, quoteError });
    innerNewlines.push(n);
  });
  for (const chunk of chunks) reader.push(chunk);
  reader.end();
  return { rows, innerNewlines };
}

async function papaRows(chunks: readonly string[], delimiter: string): Promise<Row[]> {
  const rows: Row[] = [];
  await new Promise<void>((resolve, reject) =>
    Papa.parse<string[]>(Readable.from(chunks, { objectMode: false, encoding: 'utf8' }) as unknown as File, {
      delimiter,
      newline: '\n',
      skipEmptyLines: false,
      step: (result) => void rows.push({ cells: result.data, quoteError: result.errors.some((e) => e.type === 'Quotes') }),
      complete: () => resolve(),
      error: reject,
    }),
  );
  return rows;
}

describe('CsvRowReader', () => {
  it('splits rows and cells, with quoted delimiters, newlines and escaped quotes', () => {
    const { rows, innerNewlines } = readerRows(['a;"b;c";"say ""hi"""\n', '"two\nlines";x\n'], ';');
    expect(rows).toEqual([
      { cells: ['a', 'b;c', 'say "hi"'], quoteError: false },
      { cells: ['two\nlines', 'x'], quoteError: false },
    ]);
    expect(innerNewlines).toEqual([0, 1]);
  });

  it('emits the last row without a final newline, and blank lines as rows', () => {
    expect(readerRows(['a,b\n\nc,', 'd'], ',').rows.map((r) => r.cells)).toEqual([['a', 'b'], [''], ['c', 'd']]);
  });

  it('flags a quote that is never closed, and text after a closing quote', () => {
    expect(readerRows(['a;"open\nb;c\n'], ';').rows).toEqual([{ cells: ['a', 'open\nb;c\n'], quoteError: true }]);
    expect(readerRows(['"x"y;z\nok;1\n'], ';').rows).toEqual([
      { cells: ['x"y;z\nok;1\n'], quoteError: true },
    ]);
  });

  it('drops spaces between a closing quote and the delimiter, as papaparse does', () => {
    expect(readerRows(['"a"  ,b\n'], ',').rows).toEqual([{ cells: ['a', 'b'], quoteError: false }]);
  });

  it('matches papaparse on random text cut into random chunks', async () => {
    let seed = 20240611;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const pieces = ['a', 'b', ' ', '  ', '"', '"', '""', ',', ';', '\t', '\n', '\n\n', 'x y', 'é', '"a"', '""b', '\u00a0', '\r'];
    for (let t = 0; t < 1500; t++) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let i = 0; i < length; i++) text += pick(pieces);
      const delimiter = pick([',', ';', '\t']);
      const chunks: string[] = [];
      for (let i = 0; i < text.length; ) {
        const size = 1 + Math.floor(random() * (random() < 0.5 ? 4 : 25));
        chunks.push(text.slice(i, i + size));
        i += size;
      }
      const ours = readerRows(chunks, delimiter);
      expect(ours.rows, JSON.stringify({ text, delimiter, chunks })).toEqual(await papaRows(chunks, delimiter));
      ours.rows.forEach((row, i) => expect(ours.innerNewlines[i]).toBe(row.cells.join('').split('\n').length - 1));
    }
  });
});

describe('CsvRowReader on a row that never ends', () => {
  it('reads a quote never closed before thousands of chunks without reading the text again and again', () => {
    const chunks = ['a;"never closed\n', ...Array.from({ length: 5000 }, () => '11.01;2022;substansi;Kategori;3;1\n'.repeat(100))];
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const rows: boolean[] = [];
    const reader = new CsvRowReader(';', (_cells, quoteError) => rows.push(quoteError));
    for (const chunk of chunks) reader.push(chunk);
    reader.end();
    expect(rows).toEqual([true]);
    // Waiting until the text has doubled before parsing again keeps the work linear: at most
    // about 2x the input for the pushes plus 1x for the end (one push per chunk would be 5000x).
    expect(reader.charsParsed).toBeLessThanOrEqual(4 * total);
    expect(reader.charsParsed).toBeGreaterThanOrEqual(total);
  });

  it('matches papaparse on a long line of stray quotes and distant delimiters', async () => {
    const line = `"${'a"b '.repeat(3000)}"${' '.repeat(50)};x\n"c"\u00a0\t;"d"\r\n`;
    for (const chunks of [[line], line.match(/[^]{1,997}/g)!]) {
      expect(readerRows(chunks, ';').rows).toEqual(await papaRows(chunks, ';'));
    }
  });
});
