import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNationalCounts } from '../../src/lib/ingest/national-counts.ts';
import { regionsAssessed } from '../../src/lib/model/coverage.ts';
import { formatProblem } from '../../src/lib/ingest/report.ts';

/** ORI's own national totals (data/reference/ori-national-counts.csv) and the problems a bad file reports. */

const FILE = 'data/reference/ori-national-counts.csv';
const HEADER = 'tahun;tingkat;dinilai;hijau;kuning;merah;catatan;sumber\n';
const parse = (body: string, header = HEADER) => parseNationalCounts(header + body, 'counts.csv');
const messages = (body: string, header = HEADER) => parse(body, header).problems.map(formatProblem);

describe('parseNationalCounts: the shipped reference file', () => {
  const { counts, problems } = parseNationalCounts(readFileSync(FILE, 'utf8'), FILE);
  const lines = readFileSync(FILE, 'utf8').trim().split('\n');

  it('reads every row without a problem, each with its line and source URL', () => {
    expect(problems).toEqual([]);
    expect(counts).toHaveLength(lines.length - 1);
    for (const c of counts) {
      expect(c.source.url).toMatch(/^https?:\/\//);
      expect(lines[c.source.line - 1]!.endsWith(`;${c.source.url}`)).toBe(true);
    }
    expect(counts.map((c) => c.year)).toEqual([...counts.map((c) => c.year)].sort((a, b) => a - b));
  });

  it('keeps an unprinted zone count as null', () => {
    expect(counts.find((c) => c.year === 2015 && c.level === 'kabupaten-kota')).toMatchObject({
      assessed: 114,
      zones: { hijau: 6, kuning: null, merah: null },
    });
    expect(counts.find((c) => c.year === 2015 && c.level === 'provinsi')).toMatchObject({ assessed: 33, zones: { hijau: 3, kuning: 17, merah: 13 } });
  });

  it('gives 251 kabupaten/kota assessed in 2019 (215 kabupaten + 36 kota), without zone counts', () => {
    expect(regionsAssessed(counts, 2019)).toEqual({
      assessed: 251,
      zones: null,
      sources: ['https://jambi.antaranews.com/berita/363883/ombudsman-tak-ada-lagi-kementerian-di-zona-merah'],
    });
  });

  it('adds kabupaten and kota zone counts where both printed them (2022: 415 + 98)', () => {
    expect(regionsAssessed(counts, 2022)).toMatchObject({ assessed: 513, zones: { hijau: 223, kuning: 228, merah: 62 } });
  });

  it('knows no count for 2020 (no assessment)', () => {
    expect(regionsAssessed(counts, 2020)).toBeNull();
  });
});

describe('regionsAssessed', () => {
  const count = (
    year: number,
    level: 'kabupaten' | 'kota' | 'kabupaten-kota' | 'provinsi',
    assessed: number,
    zones = { hijau: null as number | null, kuning: null as number | null, merah: null as number | null },
  ) => ({
    year,
    level,
    assessed,
    zones,
    source: { file: 'f', line: 2, url: `https://example.org/${year}/${level}` },
  });

  it('prefers a kabupaten/kota row to the two parts', () => {
    const counts = [count(2015, 'kabupaten-kota', 114), count(2015, 'kabupaten', 64), count(2015, 'kota', 40)];
    expect(regionsAssessed(counts, 2015)).toEqual({ assessed: 114, zones: null, sources: ['https://example.org/2015/kabupaten-kota'] });
  });

  it('needs both kabupaten and kota when there is no combined row, and never counts the provinces', () => {
    expect(regionsAssessed([count(2018, 'kota', 49), count(2018, 'provinsi', 16)], 2018)).toBeNull();
  });

  it('sums a zone only where every part printed it', () => {
    const counts = [count(2022, 'kabupaten', 415, { hijau: 170, kuning: 186, merah: null }), count(2022, 'kota', 98, { hijau: 53, kuning: 42, merah: 3 })];
    expect(regionsAssessed(counts, 2022)).toMatchObject({ assessed: 513, zones: { hijau: 223, kuning: 228, merah: null } });
  });
});

describe('parseNationalCounts: problems as file:line: column: message', () => {
  it('a count that is not a number', () => {
    expect(messages('2019;kabupaten;dua ratus;;;;;https://example.org/a\n')).toEqual(['counts.csv:2: dinilai: is not a count: "dua ratus"']);
    expect(messages('2019;kabupaten;215;12,5;;;;https://example.org/a\n')).toEqual(['counts.csv:2: hijau: is not a count: "12,5"']);
    expect(messages('2019;kabupaten;-3;;;;;https://example.org/a\n')).toEqual(['counts.csv:2: dinilai: is not a count: "-3"']);
  });

  it('a missing or non-http source URL', () => {
    expect(messages('2019;kabupaten;215;;;;;\n')).toEqual(['counts.csv:2: sumber: needs the http(s) link of the page that printed the count']);
    expect(messages('2019;kabupaten;215;;;;;laporan tahunan 2019\n')).toEqual([
      'counts.csv:2: sumber: needs the http(s) link of the page that printed the count',
    ]);
  });

  it('an unknown level, also one spelled like a property every object inherits', () => {
    expect(messages('2019;kementerian;24;;;;;https://example.org/a\n')).toEqual([
      'counts.csv:2: tingkat: unknown level "kementerian" (expected provinsi, kabupaten, kota, kabupaten/kota, semua (k/l/pemda))',
    ]);
    expect(messages('2019;constructor;24;;;;;https://example.org/a\n')).toEqual([
      'counts.csv:2: tingkat: unknown level "constructor" (expected provinsi, kabupaten, kota, kabupaten/kota, semua (k/l/pemda))',
    ]);
  });

  it('a year that is not four digits, and an empty number assessed', () => {
    expect(messages('19;kota;36;;;;;https://example.org/a\n')).toEqual(['counts.csv:2: tahun: is not a year: "19"']);
    expect(messages('2019;kota;;;;;;https://example.org/a\n')).toEqual(['counts.csv:2: dinilai: is empty: the number assessed is the point of the row']);
  });

  it('missing columns, named on line 1', () => {
    expect(messages('2019;kota;36\n', 'tahun;tingkat;dinilai\n')).toEqual([
      'counts.csv:1: missing columns hijau, kuning, merah, catatan, sumber (expected tahun;tingkat;dinilai;hijau;kuning;merah;catatan;sumber)',
    ]);
  });

  it('reports each bad row on its own line and keeps the good ones', () => {
    const { counts, problems } = parse(
      '2019;kota;36;;;;;https://example.org/a\n2019;kabupaten;x;;;;;https://example.org/a\n2022;provinsi;34;19;13;2;note;https://example.org/b\n',
    );
    expect(problems.map(formatProblem)).toEqual(['counts.csv:3: dinilai: is not a count: "x"']);
    expect(counts.map((c) => [c.source.line, c.level, c.assessed, c.note])).toEqual([
      [2, 'kota', 36, undefined],
      [4, 'provinsi', 34, 'note'],
    ]);
  });
});
