import { describe, expect, it } from 'vitest';
import { decodeCsv, detectDelimiter, parseRows, type Delimiter, type ParseProblem } from '../../src/lib/ingest/read.ts';

interface CsvRow {
  line: number;
  cells: string[];
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

function rows(text: string, delimiter: Delimiter): { rows: CsvRow[]; problems: ParseProblem[] } {
  const out: CsvRow[] = [];
  const problems = parseRows(text, delimiter, (line, cells) => out.push({ line, cells }));
  return { rows: out, problems };
}

const NOT_UTF8 = (byte: string) => `file is not valid UTF-8 (byte 0x${byte}; Windows-1252/Latin-1 export?): save it as UTF-8 (CSV UTF-8 in Excel)`;
const ENDS_INSIDE = 'file is not valid UTF-8 (it ends inside a multi-byte character): save it as UTF-8';
const NUL = 'file contains NUL bytes: is it a spreadsheet (.xlsx) rather than CSV?';
const QUOTE_MESSAGE = 'unbalanced quote: a quoted field is never closed or has text after its closing quote';

describe('decodeCsv', () => {
  it('strips a UTF-8 BOM and says so', () => {
    const result = decodeCsv(bytes([0xef, 0xbb, 0xbf], 'Daerah;Nilai\nKab. Pesawaran;45,67\n'));
    expect(result).toEqual({ ok: true, text: 'Daerah;Nilai\nKab. Pesawaran;45,67\n', bom: true });
  });

  it('reads UTF-8 without a BOM, keeping non-ASCII text', () => {
    expect(decodeCsv(utf8('Daerah;Catatan\nKota Bandung;é – “ok”\n'))).toEqual({
      ok: true,
      text: 'Daerah;Catatan\nKota Bandung;é – “ok”\n',
      bom: false,
    });
  });

  it('rejects an empty file', () => {
    expect(decodeCsv(new Uint8Array())).toEqual({ ok: false, line: 0, message: 'file is empty (0 bytes)' });
  });

  it('rejects UTF-16 (LE and BE BOM) instead of decoding it', () => {
    const message = 'file is UTF-16; save it as UTF-8 (CSV UTF-8 in Excel)';
    expect(decodeCsv(bytes([0xff, 0xfe], [0x44, 0, 0x61, 0]))).toEqual({ ok: false, line: 1, message });
    expect(decodeCsv(bytes([0xfe, 0xff], [0, 0x44, 0, 0x61]))).toEqual({ ok: false, line: 1, message });
  });

  it('rejects Windows-1252 bytes, naming the line, the byte and UTF-8', () => {
    // `é` in Windows-1252 is the single byte 0xE9.
    const result = decodeCsv(bytes('Daerah;Nilai\nKab. Pesawaran;45', [0xe9], '\n'));
    expect(result).toEqual({ ok: false, line: 2, message: NOT_UTF8('E9') });
  });

  it('counts lines for invalid bytes after CRLF lines and after a BOM', () => {
    expect(decodeCsv(bytes('Daerah;Nilai\r\nA;1\r\nKab. Pesawaran;45', [0xe9], ';'))).toEqual({ ok: false, line: 3, message: NOT_UTF8('E9') });
    expect(decodeCsv(bytes([0xef, 0xbb, 0xbf], 'a\n', [0xe9], '\n'))).toEqual({ ok: false, line: 2, message: NOT_UTF8('E9') });
  });

  it('says so when the file ends inside a multi-byte character, on its last line', () => {
    expect(decodeCsv(bytes('ab\n', [0xc3]))).toEqual({ ok: false, line: 2, message: ENDS_INSIDE });
    expect(decodeCsv(bytes('a\nb\n', [0xe0, 0xa0]))).toEqual({ ok: false, line: 3, message: ENDS_INSIDE });
    expect(decodeCsv(bytes([0xef]))).toEqual({ ok: false, line: 1, message: ENDS_INSIDE });
    // A sequence that can never be completed is an invalid byte, even at the end.
    expect(decodeCsv(bytes('a\n', [0xe0, 0x80]))).toEqual({ ok: false, line: 2, message: NOT_UTF8('E0') });
  });

  it('reports an invalid byte before NUL bytes, and NUL bytes before a cut last character', () => {
    expect(decodeCsv(bytes('a\n', [0], '\n', [0xe9], ';\n'))).toEqual({ ok: false, line: 3, message: NOT_UTF8('E9') });
    expect(decodeCsv(bytes('a\n', [0], '\nb', [0xc3]))).toEqual({ ok: false, line: 2, message: NUL });
  });

  it('drops a second byte order mark, as a decoder does at the start of a stream', () => {
    expect(decodeCsv(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'a;b\n'))).toEqual({ ok: true, text: 'a;b\n', bom: true });
  });

  it('names the right line and byte for UTF-8-shaped but invalid sequences (surrogate, overlong)', () => {
    // 0xED 0xA0 0x80 encodes a UTF-16 surrogate; 0xE0 0x80 0x80 is overlong. Both are invalid UTF-8 on line 2.
    expect(decodeCsv(bytes('Daerah;Nilai\nKab. Pesawaran;', [0xed, 0xa0, 0x80], '\n'))).toEqual({ ok: false, line: 2, message: NOT_UTF8('ED') });
    expect(decodeCsv(bytes('Daerah;Nilai\nKab. Pesawaran;', [0xe0, 0x80, 0x80], '\n'))).toEqual({ ok: false, line: 2, message: NOT_UTF8('E0') });
  });

  it('rejects NUL bytes with their line (UTF-16 without BOM, spreadsheets)', () => {
    const message = NUL;
    expect(decodeCsv(bytes('Daerah;Nilai\nA;1\nB', [0], '2\n'))).toEqual({ ok: false, line: 3, message });
    expect(decodeCsv(bytes([0x44, 0, 0x61, 0]))).toEqual({ ok: false, line: 1, message });
    // An .xlsx file is a ZIP: `PK\x03\x04\x14\x00…`
    expect(decodeCsv(bytes([0x50, 0x4b, 3, 4, 0x14, 0]))).toEqual({ ok: false, line: 1, message });
  });
});

describe('detectDelimiter', () => {
  it('detects comma, semicolon and tab', () => {
    expect(detectDelimiter('Daerah,Tahun,Nilai\nA,2022,45.67\n')).toBe(',');
    expect(detectDelimiter('Daerah;Tahun;Nilai\nA;2022;45,67\n')).toBe(';');
    expect(detectDelimiter('Daerah\tTahun\tNilai\nA\t2022\t45,67\n')).toBe('\t');
  });

  it('looks only at the header: decimal commas in a semicolon file do not count', () => {
    expect(detectDelimiter('Daerah;Nilai\nA;45,67\nB;1,5\nC;2,25\n')).toBe(';');
  });

  it('ignores delimiters inside a quoted header', () => {
    expect(detectDelimiter('"Kabupaten, Kota";Nilai\nA;1\n')).toBe(';');
    expect(detectDelimiter('"Nama, Daerah, Lengkap";Nilai;Zona\n')).toBe(';');
  });

  it('picks the most frequent delimiter in the header', () => {
    expect(detectDelimiter('Daerah;Nilai;Zona;Catatan (a, b)\n')).toBe(';');
    expect(detectDelimiter('Daerah,Nilai,Zona,Catatan; x\n')).toBe(',');
  });

  it('returns null for a header with no delimiter, and for empty text', () => {
    expect(detectDelimiter('Daerah\nA,1;2\n')).toBeNull();
    expect(detectDelimiter('Daerah')).toBeNull();
    expect(detectDelimiter('')).toBeNull();
    expect(detectDelimiter('\n\n')).toBeNull();
  });

  it('skips leading blank lines (LF and CRLF)', () => {
    expect(detectDelimiter('\n\n  \nDaerah;Nilai\nA;1\n')).toBe(';');
    expect(detectDelimiter('\r\n\r\nDaerah;Nilai\r\n')).toBe(';');
    expect(detectDelimiter('   \nDaerah,Nilai\n')).toBe(',');
  });

  it('skips a leading whitespace-only line that contains tabs', () => {
    // parseRows treats this line as blank, so the header is `Daerah,Nilai,Zona`: its delimiter is a comma.
    expect(detectDelimiter(' \t\t\t \nDaerah,Nilai,Zona\nA,1,merah\n')).toBe(',');
  });
});

describe('parseRows', () => {
  it('gives each row its 1-based line, skipping blank lines', () => {
    const { rows: out, problems } = rows('Daerah;Nilai\n\nA;1\n\n\nB;2\n', ';');
    expect(out).toEqual([
      { line: 1, cells: ['Daerah', 'Nilai'] },
      { line: 3, cells: ['A', '1'] },
      { line: 6, cells: ['B', '2'] },
    ]);
    expect(problems).toEqual([]);
  });

  it('counts leading blank lines', () => {
    expect(rows('\n\nDaerah;Nilai\nA;1\n', ';').rows).toEqual([
      { line: 3, cells: ['Daerah', 'Nilai'] },
      { line: 4, cells: ['A', '1'] },
    ]);
  });

  it('keeps newlines inside quoted fields and gives the following row its real line', () => {
    const { rows: out, problems } = rows('Daerah;Catatan;Nilai\nA;"baris satu\nbaris dua\nbaris tiga";1\nB;x;2\n', ';');
    expect(out).toEqual([
      { line: 1, cells: ['Daerah', 'Catatan', 'Nilai'] },
      { line: 2, cells: ['A', 'baris satu\nbaris dua\nbaris tiga', '1'] },
      { line: 5, cells: ['B', 'x', '2'] },
    ]);
    expect(problems).toEqual([]);
  });

  it('counts blank lines inside a quoted field and several multi-line fields in one row', () => {
    expect(rows('Daerah;Nilai\nA;"x\n\ny"\nB;2\n', ';').rows).toEqual([
      { line: 1, cells: ['Daerah', 'Nilai'] },
      { line: 2, cells: ['A', 'x\n\ny'] },
      { line: 5, cells: ['B', '2'] },
    ]);
    expect(rows('Daerah,Nilai\n"Kota\nBaru","1\n5"\n"x",2', ',').rows).toEqual([
      { line: 1, cells: ['Daerah', 'Nilai'] },
      { line: 2, cells: ['Kota\nBaru', '1\n5'] },
      { line: 5, cells: ['x', '2'] },
    ]);
  });

  it('reads CRLF line endings without leaving \\r in cells (a CRLF inside a quoted field becomes LF)', () => {
    const { rows: out, problems } = rows('Daerah;Catatan;Nilai\r\nA;"satu\r\ndua";1\r\n\r\nB;x;2\r\n', ';');
    expect(out).toEqual([
      { line: 1, cells: ['Daerah', 'Catatan', 'Nilai'] },
      { line: 2, cells: ['A', 'satu\ndua', '1'] },
      { line: 5, cells: ['B', 'x', '2'] },
    ]);
    expect(problems).toEqual([]);
  });

  it('reads old-Mac CR-only line endings', () => {
    expect(rows('Daerah;Nilai\rA;1\r\rB;2', ';').rows).toEqual([
      { line: 1, cells: ['Daerah', 'Nilai'] },
      { line: 2, cells: ['A', '1'] },
      { line: 4, cells: ['B', '2'] },
    ]);
  });

  it('reads a file whose lines mix CRLF and LF (rows appended in another editor)', () => {
    expect(rows('Daerah;Nilai\r\nA;1\nB;2\r\nC;3\n', ';').rows).toEqual([
      { line: 1, cells: ['Daerah', 'Nilai'] },
      { line: 2, cells: ['A', '1'] },
      { line: 3, cells: ['B', '2'] },
      { line: 4, cells: ['C', '3'] },
    ]);
  });

  it('keeps a trailing delimiter as an empty last cell', () => {
    expect(rows('Daerah;Nilai;\nA;1;\n', ';').rows).toEqual([
      { line: 1, cells: ['Daerah', 'Nilai', ''] },
      { line: 2, cells: ['A', '1', ''] },
    ]);
  });

  it('unescapes doubled quotes and keeps delimiters inside quotes', () => {
    expect(rows('Daerah;Catatan\nA;"kata ""baik""; ya"\n', ';').rows).toEqual([
      { line: 1, cells: ['Daerah', 'Catatan'] },
      { line: 2, cells: ['A', 'kata "baik"; ya'] },
    ]);
  });

  it('skips whitespace-only and delimiter-only lines', () => {
    const { rows: out } = rows('Daerah;Nilai\nA;1\n   \n;;\n \t \nB;2\n', ';');
    expect(out).toEqual([
      { line: 1, cells: ['Daerah', 'Nilai'] },
      { line: 2, cells: ['A', '1'] },
      { line: 6, cells: ['B', '2'] },
    ]);
  });

  it('reports a quote that is never closed on the line where its row starts', () => {
    const { rows: out, problems } = rows('Daerah;Nilai\nA;1\nB;"2\nC;3\n', ';');
    expect(out).toEqual([
      { line: 1, cells: ['Daerah', 'Nilai'] },
      { line: 2, cells: ['A', '1'] },
    ]);
    expect(problems).toEqual([{ line: 3, message: QUOTE_MESSAGE }]);
  });

  it('reports text after a closing quote once, on its line, and does not emit the broken row', () => {
    const { rows: out, problems } = rows('Daerah;Nilai\nA;"1"x\nB;2\n', ';');
    expect(out).toEqual([{ line: 1, cells: ['Daerah', 'Nilai'] }]);
    expect(problems).toEqual([{ line: 2, message: QUOTE_MESSAGE }]);
  });

  it('reports an unclosed quote after a multi-line quoted field on the right line', () => {
    const { rows: out, problems } = rows('Daerah;Nilai\nA;"x\ny"\nB;"2\nC;3', ';');
    expect(out).toEqual([
      { line: 1, cells: ['Daerah', 'Nilai'] },
      { line: 2, cells: ['A', 'x\ny'] },
    ]);
    expect(problems).toEqual([{ line: 4, message: QUOTE_MESSAGE }]);
  });

  it('returns no rows and no problems for empty or blank text', () => {
    expect(rows('', ';')).toEqual({ rows: [], problems: [] });
    expect(rows('\n\n  \n', ';')).toEqual({ rows: [], problems: [] });
  });

  it('reads a header without a final newline', () => {
    expect(rows('Daerah;Nilai', ';')).toEqual({ rows: [{ line: 1, cells: ['Daerah', 'Nilai'] }], problems: [] });
  });
});
