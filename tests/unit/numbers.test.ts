import { describe, expect, it } from 'vitest';
import { yearFromFileName } from '../../src/lib/ingest/header-check.ts';
import { parseCount, parseDecimal, parseYear, parseScore } from '../../src/lib/printed/numbers.ts';

describe('parseDecimal', () => {
  it('reads a decimal comma and a decimal point alike', () => {
    expect(parseDecimal('45,67')).toEqual({ ok: true, value: 45.67 });
    expect(parseDecimal('45.67')).toEqual({ ok: true, value: 45.67 });
  });

  it('reads whole numbers', () => {
    expect(parseDecimal('45')).toEqual({ ok: true, value: 45 });
    expect(parseDecimal('0')).toEqual({ ok: true, value: 0 });
    expect(parseDecimal('100')).toEqual({ ok: true, value: 100 });
  });

  it('reads dot-thousands with a decimal comma and comma-thousands with a decimal point', () => {
    expect(parseDecimal('1.234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseDecimal('1,234.5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseDecimal('1.234.567,5')).toEqual({ ok: true, value: 1234567.5 });
    expect(parseDecimal('1,234,567.5')).toEqual({ ok: true, value: 1234567.5 });
  });

  it('reads a single separator followed by three digits as a decimal (scores never reach 1000)', () => {
    expect(parseDecimal('1.234')).toEqual({ ok: true, value: 1.234 });
    expect(parseDecimal('1,234')).toEqual({ ok: true, value: 1.234 });
  });

  it('ignores leading and trailing spaces, tabs and newlines', () => {
    expect(parseDecimal(' 45,67 ')).toEqual({ ok: true, value: 45.67 });
    expect(parseDecimal('45,67   ')).toEqual({ ok: true, value: 45.67 });
    expect(parseDecimal('\t45,6\n')).toEqual({ ok: true, value: 45.6 });
  });

  it('ignores no-break spaces (U+00A0, U+202F) as Excel and Word print them', () => {
    expect(parseDecimal('\u00a045,67\u00a0')).toEqual({ ok: true, value: 45.67 });
    expect(parseDecimal('45,67\u202f')).toEqual({ ok: true, value: 45.67 });
  });

  it('reads full-width digits (NFKC)', () => {
    expect(parseDecimal('４５,６７')).toEqual({ ok: true, value: 45.67 });
  });

  it('keeps the sign (range checks happen elsewhere)', () => {
    expect(parseDecimal('-5,5')).toEqual({ ok: true, value: -5.5 });
    expect(parseDecimal('+5')).toEqual({ ok: true, value: 5 });
  });

  it('rejects NaN, infinities and placeholders with "is not a number (…)"', () => {
    expect(parseDecimal('NaN')).toEqual({ ok: false, error: 'is not a number (NaN)' });
    expect(parseDecimal('NAN')).toEqual({ ok: false, error: 'is not a number (NAN)' });
    expect(parseDecimal('inf')).toEqual({ ok: false, error: 'is not a number (inf)' });
    expect(parseDecimal('Infinity')).toEqual({ ok: false, error: 'is not a number (Infinity)' });
    expect(parseDecimal('-inf')).toEqual({ ok: false, error: 'is not a number (-inf)' });
    expect(parseDecimal('n/a')).toEqual({ ok: false, error: 'is not a number (n/a)' });
    expect(parseDecimal(' null ')).toEqual({ ok: false, error: 'is not a number (null)' });
  });

  it('rejects empty and whitespace-only text as "is empty"', () => {
    expect(parseDecimal('')).toEqual({ ok: false, error: 'is empty' });
    expect(parseDecimal('   ')).toEqual({ ok: false, error: 'is empty' });
    expect(parseDecimal('\u00a0')).toEqual({ ok: false, error: 'is empty' });
  });

  it('rejects text that is not a number, quoting it trimmed', () => {
    expect(parseDecimal('12,3,4')).toEqual({ ok: false, error: 'is not a number: "12,3,4"' });
    expect(parseDecimal('12.3.4')).toEqual({ ok: false, error: 'is not a number: "12.3.4"' });
    expect(parseDecimal('abc')).toEqual({ ok: false, error: 'is not a number: "abc"' });
    expect(parseDecimal(' abc ')).toEqual({ ok: false, error: 'is not a number: "abc"' });
    expect(parseDecimal('45,')).toEqual({ ok: false, error: 'is not a number: "45,"' });
    expect(parseDecimal(',5')).toEqual({ ok: false, error: 'is not a number: ",5"' });
    expect(parseDecimal('-')).toEqual({ ok: false, error: 'is not a number: "-"' });
    expect(parseDecimal('45%')).toEqual({ ok: false, error: 'is not a number: "45%"' });
    expect(parseDecimal('1.2345,6')).toEqual({ ok: false, error: 'is not a number: "1.2345,6"' });
  });

  it('rejects exponent notation such as 1e400 (never produced by exports)', () => {
    expect(parseDecimal('1e400')).toEqual({ ok: false, error: 'is not a number: "1e400"' });
    expect(parseDecimal('4.5e1')).toEqual({ ok: false, error: 'is not a number: "4.5e1"' });
  });

  it('rejects digit strings too long for a finite double', () => {
    const huge = `1${'0'.repeat(400)}`;
    expect(parseDecimal(huge)).toEqual({ ok: false, error: `is not a finite number: "${huge}"` });
    expect(parseDecimal(`${huge},5`)).toEqual({ ok: false, error: `is not a finite number: "${huge},5"` });
  });

  it('accepts spaces only as thousands separators, never between arbitrary digits', () => {
    // `1 234,5` is a grouped thousand; `4 5` and `45 67` are not numbers and must not become 45 / 4567.
    expect(parseDecimal('1 234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseDecimal('4 5')).toMatchObject({ ok: false });
    expect(parseDecimal('45 67')).toMatchObject({ ok: false });
  });
});

describe('parseCount', () => {
  it('reads plain and grouped whole numbers', () => {
    expect(parseCount('1234')).toEqual({ ok: true, value: 1234 });
    expect(parseCount('1.234')).toEqual({ ok: true, value: 1234 });
    expect(parseCount('1,234')).toEqual({ ok: true, value: 1234 });
    expect(parseCount('1 234')).toEqual({ ok: true, value: 1234 });
    expect(parseCount('1\u00a0234')).toEqual({ ok: true, value: 1234 });
    expect(parseCount('1.234.567')).toEqual({ ok: true, value: 1234567 });
    expect(parseCount('1,234,567')).toEqual({ ok: true, value: 1234567 });
    expect(parseCount('0')).toEqual({ ok: true, value: 0 });
    expect(parseCount(' 42 ')).toEqual({ ok: true, value: 42 });
  });

  it('rejects decimals as "must be a whole number"', () => {
    expect(parseCount('12,5')).toEqual({ ok: false, error: 'must be a whole number, not "12,5"' });
    expect(parseCount('12.5')).toEqual({ ok: false, error: 'must be a whole number, not "12.5"' });
    expect(parseCount('12,34')).toEqual({ ok: false, error: 'must be a whole number, not "12,34"' });
    expect(parseCount('1.2345')).toEqual({ ok: false, error: 'must be a whole number, not "1.2345"' });
    expect(parseCount('12.')).toEqual({ ok: false, error: 'must be a whole number, not "12."' });
  });

  it('returns negative counts as negatives (validation reports them)', () => {
    expect(parseCount('-3')).toEqual({ ok: true, value: -3 });
  });

  it('rejects counts beyond the safe integer range', () => {
    expect(parseCount('99999999999999999999')).toEqual({ ok: false, error: 'is too large: "99999999999999999999"' });
    expect(parseCount('9007199254740992')).toEqual({ ok: false, error: 'is too large: "9007199254740992"' });
    expect(parseCount('9007199254740991')).toEqual({ ok: true, value: 9007199254740991 });
  });

  it('rejects mixed separators and non-numbers as "is not a count"', () => {
    expect(parseCount('1.234,567')).toEqual({ ok: false, error: 'is not a count: "1.234,567"' });
    expect(parseCount('1,234.567')).toEqual({ ok: false, error: 'is not a count: "1,234.567"' });
    expect(parseCount('abc')).toEqual({ ok: false, error: 'is not a count: "abc"' });
    expect(parseCount('1_234')).toEqual({ ok: false, error: 'is not a count: "1_234"' });
  });

  it('rejects empty text', () => {
    expect(parseCount('')).toEqual({ ok: false, error: 'is empty' });
    expect(parseCount('  ')).toEqual({ ok: false, error: 'is empty' });
  });

  it('accepts a space only between groups of three digits', () => {
    // `12.34` and `12,34` are rejected; `12 34` must not silently become 1234.
    expect(parseCount('12 34')).toMatchObject({ ok: false });
    expect(parseCount('1 2 3')).toMatchObject({ ok: false });
  });
});

describe('parseYear', () => {
  it('reads a four-digit year, trimmed', () => {
    expect(parseYear('2022')).toEqual({ ok: true, value: 2022 });
    expect(parseYear(' 2022 ')).toEqual({ ok: true, value: 2022 });
    expect(parseYear('2022\u00a0')).toEqual({ ok: true, value: 2022 });
  });

  it('rejects a range with a clear message', () => {
    expect(parseYear('2023/2024')).toEqual({ ok: false, error: 'must be one year, not a range "2023/2024"' });
    expect(parseYear('2023-2024')).toEqual({ ok: false, error: 'must be one year, not a range "2023-2024"' });
    expect(parseYear('2023–2024')).toEqual({ ok: false, error: 'must be one year, not a range "2023–2024"' });
    expect(parseYear('2023 / 2024')).toEqual({ ok: false, error: 'must be one year, not a range "2023 / 2024"' });
  });

  it('rejects two-digit, decimal and five-digit years', () => {
    expect(parseYear('22')).toEqual({ ok: false, error: 'is not a year: "22"' });
    expect(parseYear('2022.0')).toEqual({ ok: false, error: 'is not a year: "2022.0"' });
    expect(parseYear('2022,0')).toEqual({ ok: false, error: 'is not a year: "2022,0"' });
    expect(parseYear('20222')).toEqual({ ok: false, error: 'is not a year: "20222"' });
    expect(parseYear('2022-23')).toEqual({ ok: false, error: 'is not a year: "2022-23"' });
    expect(parseYear('-2022')).toEqual({ ok: false, error: 'is not a year: "-2022"' });
  });

  it('rejects empty text', () => {
    expect(parseYear('')).toEqual({ ok: false, error: 'is empty' });
  });

  it('does not join digits split by a space', () => {
    expect(parseYear('20 22')).toMatchObject({ ok: false });
  });
});

describe('yearFromFileName', () => {
  it('finds a single year in the file name', () => {
    expect(yearFromFileName('sumut_2022.csv')).toBe(2022);
    expect(yearFromFileName('kepatuhan/sumut_2022_mistar.csv')).toBe(2022);
    expect(yearFromFileName('kepatuhan/2022_2022.csv')).toBe(2022);
  });

  it('returns null for two different years', () => {
    expect(yearFromFileName('kepatuhan/2021-2022.csv')).toBeNull();
    expect(yearFromFileName('2021_2022.csv')).toBeNull();
  });

  it('returns null when there is no year', () => {
    expect(yearFromFileName('data.csv')).toBeNull();
    expect(yearFromFileName('laporan_1999.csv')).toBeNull();
  });

  it('does not read a year out of a longer digit run', () => {
    expect(yearFromFileName('x_20221.csv')).toBeNull();
    expect(yearFromFileName('x_12022.csv')).toBeNull();
  });

  it('looks only at the file name, not at folders', () => {
    expect(yearFromFileName('2019/sumut.csv')).toBeNull();
    expect(yearFromFileName('2019/sumut_2022.csv')).toBe(2022);
  });
});

describe('parseScore (a compliance score as printed)', () => {
  const value = (text: string) => {
    const r = parseScore(text);
    return r.ok ? r.value : r.error;
  };

  it('reads decimal comma or point, integers and one decimal', () => {
    expect(value('78,45')).toEqual({ value: 78.45, bound: null });
    expect(value('21.97')).toEqual({ value: 21.97, bound: null });
    expect(value('44')).toEqual({ value: 44, bound: null });
    expect(value('80,4')).toEqual({ value: 80.4, bound: null });
    expect(value('  66,20 ')).toEqual({ value: 66.2, bound: null });
  });

  it('reads persen, %, poin and points as the score itself (ORI scores run 0–100)', () => {
    expect(value('28,12 persen')).toEqual({ value: 28.12, bound: null });
    expect(value('86,06%')).toEqual({ value: 86.06, bound: null });
    expect(value('45,31 %')).toEqual({ value: 45.31, bound: null });
    expect(value('80,71 poin')).toEqual({ value: 80.71, bound: null });
    expect(value('93.09 persen')).toEqual({ value: 93.09, bound: null });
    expect(value('di angka 79')).toEqual({ value: 79, bound: null });
  });

  it('reads a stray space after the decimal comma (`99, 23`), but not two numbers', () => {
    expect(value('99, 23')).toEqual({ value: 99.23, bound: null });
    expect(value('66, 20')).toEqual({ value: 66.2, bound: null });
    expect(value('69, 63')).toEqual({ value: 69.63, bound: null });
    expect(value('99, 234')).toMatch(/^is not a score: "99, 234"/);
    expect(value('4 5')).toMatch(/^is not a score/);
  });

  it('reads a bound (`di atas 80`) as no exact value', () => {
    expect(value('di atas 80')).toEqual({ value: null, bound: 'above' });
    expect(value('skor di atas 80')).toEqual({ value: null, bound: 'above' });
    expect(value('di atas 95 poin')).toEqual({ value: null, bound: 'above' });
    expect(value('lebih dari 90')).toEqual({ value: null, bound: 'above' });
  });

  it('rejects what is not a score, quoting the text', () => {
    expect(value('NaN')).toBe('is not a score: "NaN" (expected e.g. 78,45, 78.45, 78, 78,45 persen or di atas 80)');
    expect(value('#N/A')).toMatch(/^is not a score: "#N\/A"/);
    expect(value('1e308')).toMatch(/^is not a score: "1e308"/);
    expect(value('zona hijau')).toMatch(/^is not a score: "zona hijau"/);
    expect(value('di atas')).toMatch(/^is not a score: "di atas"/);
    expect(value('')).toBe('is empty');
  });
});
