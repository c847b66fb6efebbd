/**
 * Bad input: each case is a tiny raw folder (written by this test into a temp dir) with one
 * problem. Ingest must fail (exit 1), print a `file:line: …` message that names the problem
 * (exact file, exact line, a key phrase), and leave the output folder byte-identical. Problems
 * about a whole file (0 bytes, only blank lines, a file in the wrong folder) may be printed
 * without a line (`file: …`, line 0) or with line 1.
 *
 * Every case runs in-process through `ingestFolder` (what scripts/ingest.ts calls) and the
 * message is formatted with `formatProblem`, as the CLI prints it; the cases marked `cli` also
 * run the real CLI (one process each, ~0.6 s) to check the exit code and the untouched folder.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAliases } from '../../src/lib/ingest/aliases.ts';
import { ingestFolder } from '../../src/lib/ingest/folder.ts';
import { formatProblem } from '../../src/lib/ingest/report.ts';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'zp-broken-csv-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const registry = loadInstalledRegistry();
const aliases = parseAliases(readFileSync(join(root, 'data', 'aliases.csv'), 'utf8'), 'data/aliases.csv');

interface Case {
  /** Folder name and test title. */
  name: string;
  /** Raw folder contents: path → text (UTF-8) or bytes. */
  files: Record<string, string | Uint8Array>;
  /** The message that must be printed: file, line (0 = whole file: `file:` or `file:1:`), key phrase. */
  expect: { file: string; line: number; phrase: string | RegExp };
  /** Also run the real CLI: exit code 1 and the output folder untouched. */
  cli?: boolean;
}

const K = 'kepatuhan';
const P = 'pengaduan';
const ok2022 = '18.09,2022,70.00\n';
const win1252 = (text: string) => Uint8Array.from([...text].map((c) => (c === 'é' ? 0xe9 : c === '’' ? 0x92 : c.charCodeAt(0))));

const CASES: Case[] = [
  // Empty and nearly empty files
  {
    name: 'empty 0-byte file',
    files: { [`${K}/kosong_2022.csv`]: '' },
    expect: { file: `${K}/kosong_2022.csv`, line: 0, phrase: 'file is empty (0 bytes)' },
    cli: true,
  },
  {
    name: 'only blank lines',
    files: { [`${K}/blank_2022.csv`]: '\n\n   \n\r\n' },
    expect: { file: `${K}/blank_2022.csv`, line: 0, phrase: 'only blank lines' },
  },
  {
    name: 'only a header',
    files: { [`${K}/header_2022.csv`]: 'Daerah;Nilai\n' },
    expect: { file: `${K}/header_2022.csv`, line: 1, phrase: 'header but no data rows' },
  },
  {
    name: 'only a header after blank lines, BOM and CRLF',
    files: { [`${P}/header.csv`]: '\uFEFF\r\n\r\nKode;Tahun;Jumlah Laporan\r\n' },
    expect: { file: `${P}/header.csv`, line: 3, phrase: 'header but no data rows' },
  },
  // Headers
  {
    name: 'missing region column',
    files: { [`${K}/noregion.csv`]: 'Tahun,Nilai\n2022,70\n' },
    expect: { file: `${K}/noregion.csv`, line: 1, phrase: 'missing required column for region' },
  },
  {
    name: 'missing score column',
    files: { [`${K}/noscore.csv`]: 'Kode,Tahun\n18.09,2022\n' },
    expect: { file: `${K}/noscore.csv`, line: 1, phrase: 'missing a score column' },
  },
  {
    name: 'missing received column (pengaduan)',
    files: { [`${P}/noreceived.csv`]: 'Kode,Tahun,Selesai\n18.09,2022,3\n' },
    expect: { file: `${P}/noreceived.csv`, line: 1, phrase: 'missing required column for reports received' },
  },
  {
    name: 'duplicate header (two aliases)',
    files: { [`${K}/dup.csv`]: 'Kode,Tahun,Nilai,Skor\n18.09,2022,70,70\n' },
    expect: { file: `${K}/dup.csv`, line: 1, phrase: /duplicate column: "Nilai" and "Skor"/ },
  },
  {
    name: 'duplicate header (same name twice)',
    files: { [`${K}/dup2.csv`]: 'Kode,Tahun,Nilai,Nilai\n18.09,2022,70,71\n' },
    expect: { file: `${K}/dup2.csv`, line: 1, phrase: 'duplicate column' },
  },
  {
    name: 'header with a single column (no delimiter)',
    files: { [`${K}/single_2022.csv`]: 'Daerah Nilai\nPesawaran 70\n' },
    expect: { file: `${K}/single_2022.csv`, line: 1, phrase: 'header has a single column' },
  },
  {
    name: 'no year column and no year in the file name',
    files: { [`${K}/tanpa_tahun.csv`]: 'Kode;Nilai\n18.09;70\n' },
    expect: { file: `${K}/tanpa_tahun.csv`, line: 1, phrase: 'no year column' },
  },
  {
    name: 'an HTML error page saved as CSV',
    files: { [`${K}/unduhan_2022.csv`]: '<!DOCTYPE html>\n<html><body>Session expired</body></html>\n' },
    expect: { file: `${K}/unduhan_2022.csv`, line: 1, phrase: 'header has a single column' },
  },
  // Encodings
  {
    name: 'Windows-1252 text',
    files: { [`${K}/cp1252.csv`]: win1252('Kode;Tahun;Nilai;Catatan\n18.09;2022;70;ok\n18.10;2022;71;Caf\u00e9 \u2019x\u2019\n') },
    expect: { file: `${K}/cp1252.csv`, line: 3, phrase: /not valid UTF-8 \(byte 0xE9/ },
    cli: true,
  },
  {
    name: 'UTF-16 with BOM',
    files: { [`${K}/utf16.csv`]: Uint8Array.from([0xff, 0xfe, ...[...'Kode,Tahun,Nilai\n'].flatMap((c) => [c.charCodeAt(0), 0])]) },
    expect: { file: `${K}/utf16.csv`, line: 1, phrase: 'UTF-16' },
  },
  {
    name: 'a spreadsheet (.xlsx bytes) named .csv',
    files: { [`${K}/excel_2022.csv`]: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) },
    expect: { file: `${K}/excel_2022.csv`, line: 1, phrase: 'NUL bytes' },
  },
  // Structure
  {
    name: 'mixed delimiters',
    files: { [`${K}/mixed.csv`]: 'Kode;Tahun;Nilai\n18.09;2022;70\n18.10,2022,71\n' },
    expect: { file: `${K}/mixed.csv`, line: 3, phrase: 'has 1 fields but the header has 3' },
    cli: true,
  },
  {
    name: 'a row with too few fields',
    files: { [`${K}/short.csv`]: `Kode,Tahun,Nilai\n${ok2022}18.10,2022\n` },
    expect: { file: `${K}/short.csv`, line: 3, phrase: 'has 2 fields but the header has 3' },
  },
  {
    name: 'a row with an extra field',
    files: { [`${K}/long.csv`]: `Kode,Tahun,Nilai\n${ok2022}18.10,2022,71,x\n` },
    expect: { file: `${K}/long.csv`, line: 3, phrase: 'has 4 fields but the header has 3' },
  },
  {
    name: 'unbalanced quote (never closed)',
    files: { [`${K}/quote.csv`]: `Kode,Tahun,Nilai,Catatan\n18.09,2022,70,ok\n18.10,2022,71,"tidak ditutup\n18.11,2022,72,x\n` },
    expect: { file: `${K}/quote.csv`, line: 3, phrase: 'unbalanced quote' },
    cli: true,
  },
  {
    name: 'text after a closing quote',
    files: { [`${K}/quote2.csv`]: `Kode,Tahun,Nilai,Catatan\n18.09,2022,70,"ab"c\n` },
    expect: { file: `${K}/quote2.csv`, line: 2, phrase: 'unbalanced quote' },
  },
  {
    name: 'quoted newlines keep line numbers right',
    files: { [`${K}/multiline.csv`]: 'Kode,Tahun,Nilai,Catatan\n18.09,2022,70,"baris satu\nbaris dua\nbaris tiga"\n18.10,2022,150,x\n' },
    expect: { file: `${K}/multiline.csv`, line: 5, phrase: 'must be between 0 and 100' },
  },
  // Values
  {
    name: 'NaN as a score',
    files: { [`${K}/nan.csv`]: 'Kode,Tahun,Nilai\n18.09,2022,NaN\n' },
    expect: { file: `${K}/nan.csv`, line: 2, phrase: 'is not a score: "NaN"' },
  },
  {
    name: 'Excel error value as a score',
    files: { [`${K}/na.csv`]: 'Kode,Tahun,Nilai\n18.09,2022,#N/A\n' },
    expect: { file: `${K}/na.csv`, line: 2, phrase: 'is not a score: "#N/A"' },
  },
  {
    name: 'huge score',
    files: { [`${K}/huge.csv`]: 'Kode,Tahun,Nilai\n18.09,2022,99999999999999999999\n' },
    expect: { file: `${K}/huge.csv`, line: 2, phrase: 'must be between 0 and 100' },
  },
  {
    name: 'huge count',
    files: { [`${P}/huge.csv`]: 'Kode,Tahun,Jumlah Laporan\n18.09,2022,99999999999999999999\n' },
    expect: { file: `${P}/huge.csv`, line: 2, phrase: 'too large' },
    cli: true,
  },
  {
    name: 'score in scientific notation',
    files: { [`${K}/sci.csv`]: 'Kode,Tahun,Nilai\n18.09,2022,1e308\n' },
    expect: { file: `${K}/sci.csv`, line: 2, phrase: 'is not a score: "1e308"' },
  },
  {
    name: 'score with more than two decimals',
    files: { [`${K}/decimals.csv`]: 'Kode;Tahun;Nilai\n18.09;2022;70,123\n' },
    expect: { file: `${K}/decimals.csv`, line: 2, phrase: 'more than two decimals' },
  },
  {
    name: 'negative count',
    files: { [`${P}/negative.csv`]: 'Kode,Tahun,Jumlah Laporan\n18.09,2022,-4\n' },
    expect: { file: `${P}/negative.csv`, line: 2, phrase: 'must not be negative' },
  },
  {
    name: 'decimal count',
    files: { [`${P}/decimal.csv`]: 'Kode;Tahun;Jumlah Laporan\n18.09;2022;12,5\n' },
    expect: { file: `${P}/decimal.csv`, line: 2, phrase: 'must be a whole number' },
  },
  {
    name: 'resolved more than received',
    files: { [`${P}/resolved.csv`]: 'Kode,Tahun,Jumlah Laporan,Selesai\n18.09,2022,10,12\n' },
    expect: { file: `${P}/resolved.csv`, line: 2, phrase: 'resolved (12) is more than received (10)' },
  },
  // Years
  {
    name: '2023/2024 as a year',
    files: { [`${K}/range.csv`]: 'Kode,Tahun,Nilai\n18.09,2023/2024,70\n' },
    expect: { file: `${K}/range.csv`, line: 2, phrase: 'must be one year, not a range "2023/2024"' },
    cli: true,
  },
  { name: 'two-digit year', files: { [`${K}/yy.csv`]: 'Kode,Tahun,Nilai\n18.09,22,70\n' }, expect: { file: `${K}/yy.csv`, line: 2, phrase: 'is not a year' } },
  {
    name: 'empty year cell',
    files: { [`${K}/noyear.csv`]: 'Kode,Tahun,Nilai\n18.09,,70\n' },
    expect: { file: `${K}/noyear.csv`, line: 2, phrase: 'year is empty' },
  },
  {
    name: 'year in the future',
    files: { [`${K}/future.csv`]: 'Kode,Tahun,Nilai\n18.09,2099,70\n' },
    expect: { file: `${K}/future.csv`, line: 2, phrase: 'year 2099 is in the future' },
  },
  {
    name: 'year before 2013',
    files: { [`${K}/early.csv`]: 'Kode,Tahun,Nilai\n18.09,2012,70\n' },
    expect: { file: `${K}/early.csv`, line: 2, phrase: 'year 2012 is before 2013' },
  },
  {
    name: 'a score for 2020',
    files: { [`${K}/y2020.csv`]: 'Kode,Tahun,Nilai\n18.09,2020,70\n' },
    expect: { file: `${K}/y2020.csv`, line: 2, phrase: 'did not assess compliance in 2020' },
  },
  // Regions and duplicates
  {
    name: 'empty region cell',
    files: { [`${K}/noname_2022.csv`]: 'Daerah;Nilai\n;70\n' },
    expect: { file: `${K}/noname_2022.csv`, line: 2, phrase: 'is empty' },
  },
  {
    name: 'unknown region',
    files: { [`${K}/unknown_2022.csv`]: 'Daerah;Nilai\nKabupaten Atlantis;70\n' },
    expect: { file: `${K}/unknown_2022.csv`, line: 2, phrase: 'unknown kabupaten "Kabupaten Atlantis"' },
  },
  {
    name: 'ambiguous region',
    files: { [`${K}/ambiguous_2022.csv`]: 'Daerah;Nilai\nPasuruan;70\n' },
    expect: { file: `${K}/ambiguous_2022.csv`, line: 2, phrase: 'fits 2 governments' },
  },
  {
    name: 'not a regional government',
    files: { [`${K}/polda_2022.csv`]: 'Daerah;Nilai\nPolda Lampung;70\n' },
    expect: { file: `${K}/polda_2022.csv`, line: 2, phrase: 'is not a regional government' },
  },
  {
    name: 'duplicate rows in one file',
    files: { [`${K}/dupe.csv`]: `Kode,Tahun,Nilai\n${ok2022}${ok2022}` },
    expect: { file: `${K}/dupe.csv`, line: 3, phrase: /duplicate: .*18\.09.* 2022 without a source already at kepatuhan\/dupe\.csv:2/ },
  },
  {
    name: 'duplicate rows across two files',
    files: { [`${K}/a.csv`]: `Kode,Tahun,Nilai\n18.10,2022,71.00\n${ok2022}`, [`${K}/b.csv`]: `Kode,Tahun,Nilai\n${ok2022}` },
    expect: { file: `${K}/b.csv`, line: 2, phrase: /duplicate: .*18\.09.* 2022 without a source already at kepatuhan\/a\.csv:3/ },
    cli: true,
  },
  {
    name: 'the same page twice with different values and no note',
    files: {
      [`${K}/page.csv`]:
        'Kode,Tahun,Nilai,Sumber\n18.09,2022,70.00,https://example.org/a\n18.10,2022,71.00,https://example.org/a\n18.09,2022,75.00,https://example.org/a\n',
    },
    expect: { file: `${K}/page.csv`, line: 4, phrase: /duplicate: .*18\.09.* 2022 from the same source .*already at kepatuhan\/page\.csv:2/ },
    cli: true,
  },
  {
    name: 'the same page twice across two files, different values, no note',
    files: {
      [`${K}/a.csv`]: 'Kode;Tahun;Nilai;Sumber\n18.09;2022;70,00;https://example.org/a\n',
      [`${K}/b.csv`]: 'Kode;Tahun;Zona;Sumber\n18.09;2022;kuning;https://example.org/a\n',
    },
    expect: { file: `${K}/b.csv`, line: 2, phrase: /duplicate: .*18\.09.* 2022 from the same source .*already at kepatuhan\/a\.csv:2/ },
  },
  {
    name: 'duplicate complaint totals across two files',
    files: { [`${P}/a.csv`]: 'Kode,Tahun,Jumlah Laporan\n18.09,2022,40\n', [`${P}/b.csv`]: 'Kode,Tahun,Jumlah Laporan\n18.09,2022,41\n' },
    expect: { file: `${P}/b.csv`, line: 2, phrase: /duplicate: .*18\.09.* 2022 already at pengaduan\/a\.csv:2/ },
  },
  {
    name: 'complaint category given twice for a dimension (other case)',
    files: {
      [`${P}/kat.csv`]:
        'Kode;Tahun;Dimensi;Kategori;Jumlah Laporan\n18.09;2022;;;40\n18.09;2022;substansi;Agraria;4\n18.09;2022;terlapor;Agraria;2\n18.09;2022;Substansi;AGRARIA;5\n',
    },
    expect: { file: `${P}/kat.csv`, line: 5, phrase: /Kategori: duplicate: .*18\.09.* 2022 substansi "AGRARIA" already at pengaduan\/kat\.csv:3/ },
  },
  {
    name: 'complaint category given twice across two files',
    files: {
      [`${P}/a.csv`]: 'Kode;Tahun;Dimensi;Kategori;Jumlah Laporan\n18.09;2022;;;40\n18.09;2022;maladministrasi;Penundaan Berlarut;4\n',
      [`${P}/b.csv`]: 'Kode,Tahun,Rincian,Uraian,Jumlah\n18.09,2022,maladministrasi,Penundaan Berlarut,3\n',
    },
    expect: { file: `${P}/b.csv`, line: 2, phrase: /Uraian: duplicate: .*18\.09.* 2022 maladministrasi "Penundaan Berlarut" already at pengaduan\/a\.csv:3/ },
  },
  // Grades and breakdowns
  {
    name: 'grade disagrees with score',
    files: { [`${K}/grade.csv`]: 'Kode,Tahun,Nilai,Zona\n18.09,2022,52.00,Kuning\n' },
    expect: { file: `${K}/grade.csv`, line: 2, phrase: 'disagrees with score 52.00' },
  },
  {
    name: 'unreadable grade',
    files: { [`${K}/ungu.csv`]: 'Kode,Tahun,Nilai,Zona\n18.09,2022,70.00,Ungu\n' },
    expect: { file: `${K}/ungu.csv`, line: 2, phrase: 'cannot read grade "Ungu"' },
  },
  {
    name: 'a disagreeing grade without a source',
    files: { [`${K}/opini.csv`]: 'Kode;Tahun;Nilai;Kategori;Catatan\n18.09;2022;60,00;Kualitas Tertinggi;dari catatan\n' },
    expect: {
      file: `${K}/opini.csv`,
      line: 2,
      phrase:
        /Kategori: published grade "Kualitas Tertinggi" = A \(hijau\) disagrees with score 60\.00, which is C \(kuning\).*a source \(url column\) is needed/,
    },
  },
  {
    name: 'a grade that contradicts itself, without a source',
    files: { [`${K}/self.csv`]: 'Kode,Tahun,Zona\n18.09,2022,zona hijau kategori D\n' },
    expect: { file: `${K}/self.csv`, line: 2, phrase: /contradicts itself .*a source \(url column\) is needed/ },
  },
  {
    name: 'two grade columns that disagree',
    files: { [`${K}/two.csv`]: 'Kode,Tahun,Kategori,Opini\n18.09,2023,B,Kualitas Sedang\n' },
    expect: { file: `${K}/two.csv`, line: 2, phrase: /Opini: "B" \(B \(hijau\)\) and "Kualitas Sedang" \(C \(kuning\)\) disagree/ },
  },
  {
    name: 'a letter in 2025',
    files: { [`${K}/letter.csv`]: 'Kode,Tahun,Kategori,Sumber\n18.09,2025,B,https://example.org/a\n' },
    expect: { file: `${K}/letter.csv`, line: 2, phrase: 'cannot read grade "B": letter B, but 2025 has no zones or letters' },
  },
  {
    name: 'Kualitas Terendah in 2025',
    files: { [`${K}/terendah.csv`]: 'Kode,Tahun,Opini\n18.09,2025,Kualitas Terendah\n' },
    expect: { file: `${K}/terendah.csv`, line: 2, phrase: '2025 opinions have no Kualitas Terendah' },
  },
  {
    name: 'a letter before 2022',
    files: { [`${K}/early-letter.csv`]: 'Kode,Tahun,Nilai,Kategori\n18.09,2019,85,A\n' },
    expect: { file: `${K}/early-letter.csv`, line: 2, phrase: 'letters A–E exist only from 2022' },
  },
  {
    name: 'a row with no score, no grade, no source and no note',
    files: { [`${K}/empty-row.csv`]: 'Kode,Tahun,Nilai,Zona,Sumber\n18.09,2022,,,\n' },
    expect: { file: `${K}/empty-row.csv`, line: 2, phrase: 'needs a score or a published grade/zone' },
  },
  {
    name: 'unknown complaint dimension',
    files: { [`${P}/dim.csv`]: 'Kode;Tahun;Dimensi;Kategori;Jumlah Laporan\n18.09;2022;;;40\n18.09;2022;lainnya;Agraria;4\n' },
    expect: { file: `${P}/dim.csv`, line: 3, phrase: 'unknown dimension "lainnya"' },
  },
  {
    name: 'a dimension spelled like a property every object inherits',
    files: { [`${P}/dim.csv`]: 'Kode;Tahun;Dimensi;Kategori;Jumlah Laporan\n18.09;2022;;;40\n18.09;2022;constructor;Agraria;4\n' },
    expect: { file: `${P}/dim.csv`, line: 3, phrase: 'unknown dimension "constructor"' },
  },
  // Files and folders
  {
    name: 'a CSV outside kepatuhan/ and pengaduan/',
    files: { 'data_2022.csv': `Kode,Tahun,Nilai\n${ok2022}` },
    expect: { file: 'data_2022.csv', line: 0, phrase: 'neither kepatuhan/ nor pengaduan/' },
  },
  {
    name: 'a folder with the wrong name',
    files: { 'Kepatuhan/skor_2022.csv': `Kode,Tahun,Nilai\n${ok2022}` },
    expect: { file: 'Kepatuhan/skor_2022.csv', line: 0, phrase: 'neither kepatuhan/ nor pengaduan/' },
    cli: true,
  },
  { name: 'not a CSV file', files: { [`${K}/skor_2022.xlsx`]: 'PK' }, expect: { file: `${K}/skor_2022.xlsx`, line: 0, phrase: 'not a CSV file' } },
];

/** Every file under a folder with its SHA-256 (and each folder), to prove it was not touched. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = join(dir, name);
    out[name] = statSync(full).isDirectory() ? 'dir' : createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return out;
}

/** A previous good output (golden files of the ingest fixtures) plus a marker file. */
function prepareOutput(out: string): void {
  cpSync(join(root, 'tests', 'fixtures', 'ingest', 'good', 'expected'), out, { recursive: true });
  writeFileSync(join(out, 'keep-me.txt'), 'the output folder must be left exactly as it was\n');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('broken CSV input: exit 1, a file:line message naming the problem, output untouched', () => {
  it(`has at least 30 cases (${CASES.length}), several also through the CLI`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(CASES.filter((c) => c.cli).length).toBeGreaterThanOrEqual(6);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  async function writeCase(c: Case, prefix: string): Promise<{ dir: string; raw: string; out: string }> {
    const dir = join(work, `${prefix}-${c.name.replace(/[^a-z0-9]+/gi, '-')}`);
    const raw = join(dir, 'raw');
    const out = join(dir, 'out');
    mkdirSync(raw, { recursive: true });
    for (const [path, content] of Object.entries(c.files)) {
      mkdirSync(dirname(join(raw, path)), { recursive: true });
      writeFileSync(join(raw, path), content);
    }
    return { dir, raw, out };
  }

  function expectMessage(c: Case, printed: string): void {
    const where = c.expect.line === 0 ? `${escape(c.expect.file)}(?::1)?: ` : `${escape(c.expect.file)}:${c.expect.line}: `;
    const phrase = typeof c.expect.phrase === 'string' ? escape(c.expect.phrase) : c.expect.phrase.source;
    const wanted = new RegExp(`^${where}[^\\n]*${phrase}`, 'm');
    expect(printed, `expected a line matching ${wanted}`).toMatch(wanted);
  }

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { raw } = await writeCase(c, 'lib');
    const result = await ingestFolder(raw, registry, aliases, { currentYear: new Date().getUTCFullYear() });
    const printed = result.problems.map(formatProblem).join('\n');
    expect(result.summary.errors, printed).toBeGreaterThan(0);
    expect(result.output, 'an output despite errors').toBeUndefined();
    expectMessage(c, printed);
  });

  const cliCases = CASES.filter((c) => c.cli);
  it.concurrent.each(cliCases.map((c) => [c.name, c] as const))('CLI: %s', async (_name, c) => {
    const { dir, raw, out } = await writeCase(c, 'cli');
    prepareOutput(out);
    const before = snapshot(out);
    let code = 0;
    let stderr = '';
    try {
      ({ stderr } = await run(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'ingest.ts'), '--raw', raw, '--out', out], { cwd: root }));
    } catch (err) {
      ({ code, stderr } = err as { code: number; stderr: string });
    }
    expect(code, `exit code; stderr:\n${stderr}`).toBe(1);
    expectMessage(c, stderr);
    expect(stderr).toMatch(/left unchanged/);
    expect(snapshot(out), 'output folder changed').toEqual(before);
    expect(readdirSync(dir).sort(), 'temporary folders left next to the output').toEqual(['out', 'raw']);
  });
});
