import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAliases } from '../../src/lib/printed/aliases.ts';
import { ingestFolder } from '../../src/lib/ingest/folder.ts';
import { formatProblem } from '../../src/lib/ingest/report.ts';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';
import type { Category, ScoreEntry, Zone } from '../../src/lib/types.ts';
import { kepatuhanRows, resultsByRow } from './support/ingest-rows.ts';

/**
 * Golden ingest over REAL rows: tests/fixtures/ingest/real-sample/raw/kepatuhan/ holds 97 rows
 * copied verbatim (header kept) from data/raw/kepatuhan/*.csv — every year 2015–2025 and every
 * scheme, two sources that disagree, printed zones that disagree with the score's band, zone-only
 * rows, 2025 opinions with and without Tanpa Maladministrasi, rows with neither score nor grade,
 * a `[sic]` name, English names, abbreviations. Its expected/ output is a golden case of
 * tests/integration/ingest-golden.test.ts; the table below states each row's reading by hand.
 */

const HERE = fileURLToPath(new URL('../fixtures/ingest/real-sample/', import.meta.url));
const RAW = join(HERE, 'raw');
const registry = loadInstalledRegistry();
const aliases = parseAliases(readFileSync('data/aliases.csv', 'utf8'), 'data/aliases.csv');
const result = await ingestFolder(RAW, registry, aliases, { currentYear: 2026 });
const scores: ScoreEntry[] = result.output?.scores ?? [];
const mentions = result.output?.mentions ?? [];
const byRow = resultsByRow(scores, mentions);
const rows = kepatuhanRows(RAW);

const F = {
  A: 'kepatuhan/kepatuhan_2015-2019.csv',
  B: 'kepatuhan/kepatuhan_2021-2022.csv',
  C: 'kepatuhan/kepatuhan_2023-2025.csv',
  T: 'kepatuhan/tambahan_2017-2022.csv',
} as const;
const { A, B, C, T } = F;

type Role = 'shown' | 'same' | 'differs' | 'mention';
/** file, line, role (the value shown; an alternative that agrees or differs; a mention), code, year, score, zone, letter, opinion (`+TM`: Tanpa Maladministrasi). */
type Expected = [string, number, Role, string, number, number | null, Zone | null, Category | null, string | null];

// prettier-ignore
const TABLE: Expected[] = [
  [A, 2, 'shown', '32.07', 2018, 99.96, 'hijau', null, null], // Kabupaten Ciamis: 99,96 | predikat kepatuhan tertinggi
  [A, 3, 'shown', '33.27', 2018, null, 'hijau', null, null], // Kabupaten Pemalang:  | zona hijau
  [A, 4, 'mention', '17.06', 2015, null, null, null, null], // Mukomuko:  | 
  [A, 5, 'mention', '61.71', 2016, null, null, null, null], // Kota Pontianak:  | predikat puncak (kota terbaik pelayanan publik)
  [A, 6, 'shown', '35.72', 2017, 80.4, 'hijau', null, null], // Kota Blitar: 80,4 | predikat kepatuhan tinggi/zona hijau
  [A, 7, 'shown', '35.08', 2017, 22.04, 'merah', null, null], // Kabupaten Lumajang: 22.04 | predikat kepatuhan rendah/zona merah
  [A, 8, 'shown', '12', 2017, 86.06, 'hijau', null, null], // Pemerintah Provinsi Sumatera Utara: 86,06% | zona hijau
  [A, 9, 'shown', '12.72', 2017, 24.64, 'merah', null, null], // Pemko Siantar: 24,64% | zona merah
  [A, 10, 'shown', '12.18', 2017, 60.63, 'kuning', null, null], // Sergai: 60,63% | zona kuning
  [A, 11, 'shown', '21.01', 2019, 86.55, 'hijau', null, null], // Kabupaten Bintan: 86,55 | zona hijau
  [A, 12, 'differs', '21.01', 2019, 66.9, 'kuning', null, null], // Kabupaten Bintan: 66,90 | zona kuning
  [A, 13, 'shown', '15', 2015, 28.12, 'merah', null, null], // Provinsi Jambi: 28,12 persen | zona merah (tidak patuh)
  [A, 14, 'shown', '15.71', 2015, 44, 'merah', null, null], // Kota Jambi: 44 persen | zona merah (tidak patuh)
  [A, 15, 'shown', '16.02', 2018, 90.71, 'hijau', null, null], // Kabupaten Ogan Komering Ilir (OKI): 90,71 | zona hijau (Predikat Kepatuhan Tinggi)
  [A, 16, 'differs', '16.02', 2018, 84.14, 'hijau', null, null], // Kabupaten Ogan Komering Ilir (OKI): 84,14 | peringkat hijau
  [A, 17, 'shown', '16.01', 2019, 94.21, 'hijau', null, null], // OKU: 94,21 | zona hijau
  [A, 18, 'same', '18.09', 2018, null, null, null, null], // Pesawaran:  | predikat kepatuhan
  [A, 19, 'shown', '18.09', 2018, null, 'hijau', null, null], // Pesawaran:  | zona hijau
  [A, 20, 'same', '36.02', 2019, 66.2, 'kuning', null, null], // Kabupaten Lebak: 66,20 | zona kuning
  [A, 21, 'mention', '32.03', 2019, null, null, null, null], // Kabupaten Cianjur:  | belum mencapai zona hijau
  [A, 22, 'shown', '31', 2017, null, 'hijau', null, null], // DKI Jakarta: di atas 80 | zona hijau
  [A, 23, 'shown', '33.02', 2018, 99.23, 'hijau', null, null], // Kabupaten Banyumas: 99, 23 | zona hijau (Predikat Kepatuhan Tinggi)
  [A, 24, 'shown', '75.02', 2015, 15.16, 'merah', null, null], // Kabupaten Boalemo: 15, 16 | zona merah
  [A, 25, 'shown', '75.02', 2016, 17.33, 'merah', null, null], // Kabupaten Boalemo: 17, 33 | zona merah
  [A, 26, 'shown', '81', 2019, 45.31, 'merah', null, null], // Provinsi Maluku: 45,31 % | zona merah (predikat kepatuhan rendah)
  [A, 27, 'mention', '12.75', 2019, null, null, null, null], // Pemko Binjai:  | belum meraih predikat kepatuhan tinggi
  [A, 28, 'shown', '64', 2016, null, 'hijau', null, null], // Pemprov Kaltim: skor di atas 80 | zona hijau
  [A, 29, 'mention', '64.74', 2019, null, null, null, null], // Pemkot Bontang: di atas 95 poin | 
  [A, 30, 'shown', '36.02', 2019, 66.2, 'kuning', null, null], // Kabupaten Lebak: 66, 20 | zona kuning (kepatuhan sedang)
  [A, 31, 'shown', '32.73', 2015, 79.82, 'kuning', null, null], // Bandung City: 79.82 | yellow zone
  [A, 32, 'shown', '32.73', 2016, 86.56, 'hijau', null, null], // Bandung City: 86.56 | green zone
  [A, 33, 'shown', '71', 2017, null, 'merah', null, null], // The Government of North Sulawesi Provinc:  | red report card (rapor merah)
  [A, 34, 'differs', '35.08', 2017, 22.4, 'merah', null, null], // Kabupaten Lumajang: 22,4 | katagori merah
  [A, 35, 'same', '18.09', 2018, null, 'hijau', null, null], // Pesawaran:  | zona hijau
  [B, 2, 'shown', '11.12', 2021, null, 'hijau', null, null], // Kabupaten Aceh Barat Daya (Abdya):  | zona hijau / Predikat Kepatuhan Tertinggi
  [B, 3, 'differs', '11.12', 2021, null, 'kuning', null, null], // Blangpidie:  | zona kuning
  [B, 4, 'mention', '14.05', 2022, null, null, null, null], // Pemerintah Kabupaten Pelalawan:  | 
  [B, 5, 'shown', '14', 2022, 90.03, 'hijau', 'A', null], // Pemerintah Provinsi Riau: 90,03 | A
  [B, 6, 'same', '32.73', 2021, null, 'hijau', null, null], // Kota Bandung:  | Zona Kepatuhan Tinggi / Zona Hijau
  [B, 7, 'shown', '31.74', 2021, 86.61, 'hijau', null, null], // Kota Jakarta Selatan: 86.61 | 
  [B, 8, 'differs', '31.74', 2021, 86.96, 'hijau', null, null], // Jakarta Selatan: 86,96 | 
  [B, 9, 'shown', '36.71', 2021, 74.95, 'kuning', null, null], // Tangerang City Government (Pemkot Tanger: 74.95 | Yellow Zone / Medium Compliance
  [B, 10, 'mention', '33.19', 2022, null, null, null, null], // Kudus:  | 
  [B, 11, 'shown', '52.07', 2022, 74.08, 'kuning', 'C', null], // Kabupaten Sumabwa Barat [sic]: 74.08 | zona kuning
  [B, 12, 'shown', '82.04', 2022, null, 'kuning', 'C', null], // Pemkab Halsel:  | Zona kuning, opini kualitas Sedang
  [B, 13, 'shown', '82.01', 2022, null, 'merah', 'D', null], // Pemkab Halbar:  | Zona Merah, Opini Rendah
  [B, 14, 'shown', '72.05', 2021, 63.56, 'kuning', null, null], // Buol: 63.56 | kuning kuning [sic]
  [B, 15, 'mention', '19', 2021, null, null, null, null], // Bangka belitung (Pemprov):  | 
  [B, 16, 'shown', '82', 2022, null, 'kuning', null, null], // North Maluku Provincial Government:  | yellow or medium zone
  [B, 17, 'shown', '18.09', 2022, null, 'kuning', null, null], // Pemkab Pesawaran:  | zona kuning (final)
  [B, 18, 'shown', '13.76', 2022, 89.45, 'hijau', 'A', null], // Pemkot Payakumbuh: 89,45 | A / kualitas tertinggi / zona hijau
  [B, 19, 'shown', '13.77', 2022, 85.35, 'hijau', 'B', null], // Kota Pariaman: 85,35 | B / kualitas tinggi
  [B, 20, 'shown', '36.01', 2022, 83.91, 'hijau', 'B', null], // Kabupaten Pandeglang: 83, 91 | Zona Hijau dengan Kategori B
  [B, 21, 'differs', '31.74', 2021, 86.96, 'hijau', null, null], // Kota Administratif Jakarta Selatan: 86,96 | 
  [B, 22, 'shown', '32.73', 2021, 81.04, 'hijau', null, null], // Pemerintah Kota (Pemkot) Bandung: 81,04 | predikat kepatuhan tinggi (zona hijau)
  [B, 23, 'differs', '32.73', 2021, 81.4, 'hijau', null, null], // Bandung City Government (Pemkot): 81.4 | high compliance predicate
  [B, 24, 'shown', '33.15', 2022, 98.2, 'hijau', 'A', null], // Kabupaten Grobogan: 98,2 persen | skor indeks kepatuhan pelayanan publik tertinggi s
  [B, 25, 'mention', '33.19', 2022, null, null, null, null], // Kabupaten Kudus:  | Predikat Kepatuhan Standar Pelayanan Publik 2022 (
  [B, 26, 'shown', '14.04', 2021, 89.21, 'hijau', null, null], // Pemerintah Kabupaten (Pemkab) Indragiri : 89.21 persen | Predikat Kepatuhan Tinggi (Zona Hijau)
  [B, 27, 'shown', '18.09', 2021, null, 'hijau', null, null], // Pesawaran:  | zona hijau (predikat kepatuhan tinggi)
  [B, 28, 'shown', '52', 2022, 80.71, 'hijau', 'B', null], // Pemprov NTB: 80,71 poin | zona hijau (kategori nilai tinggi)
  [B, 29, 'shown', '52.01', 2022, 81.02, 'hijau', 'B', null], // Lombok Barat: 81,02 poin | zona hijau
  [C, 2, 'shown', '82', 2025, 65.98, null, null, 'sedang+TM'], // Pemerintah Provinsi Maluku Utara: 65,98 | Opini Kualitas Sedang Tanpa Maladministrasi
  [C, 3, 'shown', '82.72', 2025, 62.57, null, null, 'sedang'], // Pemerintah Kota Tidore Kepulauan: 62,57 | Opini Kualitas Sedang
  [C, 4, 'shown', '82.07', 2025, 53.38, null, null, 'rendah'], // Pemerintah Kabupaten Pulau Morotai: 53,38 | Kualitas Rendah
  [C, 5, 'same', '82', 2025, 65.98, null, null, 'sedang+TM'], // Pemerintah Provinsi Maluku Utara: 65,98 | kualitas pelayanan "Cukup" + Opini Kualitas Sedang
  [C, 6, 'differs', '82.72', 2025, 62.57, null, null, 'sedang+TM'], // Pemerintah Kota Tidore Kepulauan: 62,57 | Opini Kualitas Sedang Tanpa Maladministrasi
  [C, 7, 'shown', '51.03', 2025, null, null, null, 'tertinggi+TM'], // Pemerintah Kabupaten Badung:  | Opini Kualitas Tertinggi Tanpa Maladministrasi
  [C, 8, 'shown', '21.01', 2025, null, null, null, 'sedang'], // Pemerintah Kabupaten Bintan:  | Kualitas Sedang
  [C, 9, 'differs', '82', 2025, 65.98, null, null, 'sedang'], // Pemerintah Provinsi Maluku Utara: 65,98 | kualitas pelayanan cukup + kepatuhan tinggi
  [C, 10, 'same', '82.72', 2025, 62.57, null, null, 'sedang'], // Pemerintah Kota Tidore Kepulauan: 62,57 | kualitas pelayanan cukup
  [C, 11, 'shown', '82.03', 2025, 69.63, null, null, 'sedang'], // Kabupaten Halmahera Utara: 69, 63 | kualitas pelayanan cukup
  [C, 12, 'shown', '31.73', 2025, null, null, null, 'tertinggi'], // Pemkot Adminitrasi Jakarta Barat:  | opini Kategori Tertinggi
  [C, 13, 'shown', '18.72', 2025, 84.43, null, null, 'tinggi'], // Pemerintah Kota Metro: 84,43 | opini kualitas tinggi / kategori kualitas pelayana
  [C, 14, 'same', '18.72', 2025, 84.43, null, null, 'tinggi'], // Pemerintah Kota Metro: 84,43 | kategori Baik
  [C, 15, 'shown', '16.71', 2025, 88.23, null, null, 'tertinggi'], // Pemerintah Kota Palembang: 88,23 | kualitas pelayanan "Sangat Baik"
  [C, 16, 'shown', '16', 2023, 85.25, 'hijau', 'A', null], // Pemerintah Provinsi Sumsel: 85,25 | Predikat Zona Hijau Kategori A ... kualitas tinggi
  [C, 17, 'shown', '17.08', 2023, 91.26, 'hijau', 'A', null], // Kabupaten Kepahiang: 91, 26 | Zona hijau Kategori [A]
  [C, 18, 'shown', '19.04', 2023, 93.71, 'hijau', 'A', null], // Kabupaten Bangka Tengah: 93,71 | zona hijau kualitas tertinggi
  [C, 19, 'shown', '35.75', 2024, 98.22, 'hijau', 'A', null], // Pemkot Pasuruan: 98,22 | 
  [C, 20, 'shown', '75.05', 2023, 76.24, 'hijau', 'D', null], // Kabupaten Gorontalo Utara: 76,24 | zona hijau kategori D
  [C, 21, 'shown', '76.03', 2024, 78.9, 'hijau', 'A', null], // Kabupaten Mamasa: 78.90 | kategori predikat tingkat kepatuhan tertinggi (Zon
  [C, 22, 'mention', '72.01', 2025, null, null, null, null], // Kabupaten Banggai:  | Opini Tanpa Maladministrasi (penghargaan)
  [C, 23, 'shown', '71.01', 2023, 97.5, 'hijau', 'B', null], // Kabupaten Bolaang Mongondow: 97,5 | Kualitas Tinggi zona hijau
  [C, 24, 'shown', '94.04', 2023, 54.11, 'kuning', 'C', null], // Kabupaten Mimika: 54,11 persen | zona kuning
  [C, 25, 'same', '19.04', 2023, 93.71, 'hijau', 'A', null], // Kabupaten Bangka Tengah: 93,71 | zona hijau kualitas tertinggi
  [C, 26, 'shown', '36.71', 2024, 94.76, 'hijau', 'A', null], // Kota Tangerang: 94.76 | Kategori A Zona Hijau / Opini Kualitas Tertinggi
  [C, 27, 'same', '51.03', 2025, null, null, null, 'tertinggi+TM'], // Pemerintah Kabupaten Badung:  | Opini Kualitas Tertinggi Tanpa Maladministrasi
  [C, 28, 'mention', '51.07', 2024, null, null, null, null], // Pemkab Karangasem:  | penghargaan Ombudsman RI Tahun 2024 (Kepatuhan Pen
  [C, 29, 'shown', '71.02', 2024, 94.62, 'hijau', 'A', null], // Pemerintah Kabupaten (Pemkab) Minahasa: 94,62% | Predikat Kepatuhan Pelayanan Publik Tertinggi
  [C, 30, 'shown', '32.16', 2023, 83.22, 'hijau', 'B', null], // Bekasi Regency: 83.22 | 
  [C, 31, 'shown', '35.14', 2024, 97.35, 'hijau', 'A', null], // Kabupaten Pasuruan: 97,35 | Zona Hijau dengan Kualitas Tertinggi
  [C, 32, 'shown', '63.06', 2023, 95.08, 'hijau', 'A', null], // Hulu Sungai Selatan Regency: 95.08 | green A with the highest quality category
  [C, 33, 'shown', '74.06', 2024, 93.09, 'hijau', 'A', null], // Kabupaten Bombana: 93.09 persen | kategori A, zona hijau, opini kualitas tertinggi
  [C, 34, 'same', '51.03', 2025, null, null, null, 'tertinggi+TM'], // Pemerintah Kabupaten Badung:  | opini kualitas tertinggi tanpa maladministrasi
  [C, 35, 'differs', '16.71', 2025, 88.24, null, null, 'tertinggi'], // Pemerintah Kota Palembang: 88,24 | penilaian sangat baik
  [T, 2, 'shown', '18.09', 2017, 21.97, 'merah', null, null], // Kabupaten Pesawaran: 21.97 | Zona Merah
];

describe('real-sample ingest: golden files', () => {
  it('reads every row without an error', () => {
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(result.summary).toMatchObject({
      files: 4,
      rows: 97,
      scores: 66,
      mentions: 11,
      sourcesDiffer: 9,
      years: [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025],
    });
  });

  it('warns only about the repeat from the same page and about coverage', () => {
    const warnings = result.problems.filter((p) => p.severity === 'warning').map(formatProblem);
    expect(warnings.filter((w) => !/kabupaten\/kota have no published figure/.test(w))).toEqual([
      'kepatuhan/kepatuhan_2023-2025.csv:25: warning: name_as_printed: Kabupaten Bangka Tengah (19.04) 2023 repeats kepatuhan/kepatuhan_2023-2025.csv:18 (same page, same values): kept as a confirmation',
    ]);
    expect(warnings.filter((w) => /no published figure/.test(w))).toHaveLength(10);
  });

  it('holds at least 60 rows, every year 2015–2025 (2020: none) and every scheme', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect([...new Set(rows.map((r) => Number(r.cells.year)))].sort()).toEqual([2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025]);
    expect(new Set(scores.map((s) => s.scheme))).toEqual(new Set(['zona-2013', 'opini-2022', 'opini-ombudsman-2025']));
  });

  it('copies every row verbatim from data/raw/kepatuhan', () => {
    const real = new Set(kepatuhanRows('data/raw').map((r) => `${r.file}\t${JSON.stringify(r.cells)}`));
    for (const row of rows) expect(real.has(`${row.file}\t${JSON.stringify(row.cells)}`), `${row.file}:${row.line}`).toBe(true);
  });
});

describe('real-sample ingest: each row, read by hand', () => {
  it('the table has one line per row, in file order', () => {
    expect(TABLE.map(([file, line]) => `${file}:${line}`)).toEqual(rows.map((r) => `${r.file}:${r.line}`));
  });

  it.each(TABLE)('%s:%i is %s: %s %i', (file, line, role, code, year, score, zone, category, opinion) => {
    const found = byRow.get(`${file}:${line}`) ?? [];
    expect(found, 'the row appears exactly once in the output').toHaveLength(1);
    const [r] = found as [NonNullable<ReturnType<typeof byRow.get>>[number]];
    const actualRole = r.role === 'alternative' ? (r.reading!.differs ? 'differs' : 'same') : r.role;
    const o = r.reading?.opinion;
    expect([
      actualRole,
      r.code,
      r.year,
      r.reading?.score ?? null,
      r.reading?.zone ?? null,
      r.reading?.category ?? null,
      o ? `${o.level}${o.withoutMaladministration ? '+TM' : ''}` : null,
    ]).toEqual([role, code, year, score, zone, category, opinion]);
  });
});

describe('real-sample ingest: the cases it was picked for', () => {
  const entry = (code: string, year: number) => {
    const found = scores.filter((s) => s.code === code && s.year === year);
    expect(found, `${code} ${year}`).toHaveLength(1);
    return found[0]!;
  };

  it('Kabupaten Pesawaran 2017: 21,97 merah, with its source (tambahan file)', () => {
    expect(entry('18.09', 2017)).toMatchObject({
      score: 21.97,
      zone: 'merah',
      category: null,
      printed: { score: '21.97', grade: 'Zona Merah' },
      source: { file: T, line: 2, url: 'https://sinarlampung.co/tingkat-pelayanan-publik-pemda-pesawaran-zona-merah/' },
    });
  });

  it('Kabupaten Bintan 2019: two pages disagree (86,55 hijau vs 66,90 kuning); the first listed is shown, the other differs', () => {
    const e = entry('21.01', 2019);
    expect([e.score, e.zone, e.source.line]).toEqual([86.55, 'hijau', 11]);
    expect(e.alternatives?.map((a) => [a.score, a.zone, a.source.line, a.differs])).toEqual([[66.9, 'kuning', 12, true]]);
  });

  it('ORI’s own page is shown before an earlier-listed page (Kabupaten Lebak 2019), and agreeing readings do not differ', () => {
    const e = entry('36.02', 2019);
    expect(e.source.url).toMatch(/^https:\/\/ombudsman\.go\.id\//);
    expect(e.printed).toEqual({ score: '66, 20', grade: 'zona kuning (kepatuhan sedang)' });
    expect(e.alternatives?.map((a) => [a.source.line, a.score, a.differs])).toEqual([[20, 66.2, false]]);
  });

  it('a printed zone that disagrees with its score’s band is kept as printed, with the band beside it (Kota Blitar 2017: 80,4 hijau)', () => {
    expect(entry('35.72', 2017)).toMatchObject({ score: 80.4, zone: 'hijau', bandOfScore: { zone: 'kuning', category: null } });
    expect(entry('75.05', 2023)).toMatchObject({
      score: 76.24,
      zone: 'hijau',
      category: 'D',
      bandOfScore: { zone: 'kuning', category: 'C' },
      conflict: 'zone hijau but letter D (merah)',
    });
  });

  it('a zone-only row has no score (Kabupaten Pemalang 2018: zona hijau)', () => {
    expect(entry('33.27', 2018)).toMatchObject({ score: null, zone: 'hijau', category: null, printed: { grade: 'zona hijau' } });
  });

  it('2025: an opinion, no zone, no letter; with and without Tanpa Maladministrasi; a different suffix differs', () => {
    expect(entry('82', 2025)).toMatchObject({
      score: 65.98,
      zone: null,
      category: null,
      scheme: 'opini-ombudsman-2025',
      opinion: { level: 'sedang', quality: 'cukup', withoutMaladministration: true },
    });
    expect(entry('82.07', 2025)).toMatchObject({
      score: 53.38,
      zone: null,
      category: null,
      opinion: { level: 'rendah', quality: 'kurang', withoutMaladministration: false },
    });
    const tidore = entry('82.72', 2025);
    expect(tidore.opinion).toEqual({ level: 'sedang', quality: 'cukup', withoutMaladministration: false });
    expect(tidore.alternatives?.map((a) => [a.printed?.grade, a.opinion?.withoutMaladministration, a.differs])).toEqual([
      ['Opini Kualitas Sedang Tanpa Maladministrasi', true, true],
      ['kualitas pelayanan cukup', false, false],
    ]);
    for (const s of scores.filter((x) => x.year === 2025)) expect([s.code, s.zone, s.category, s.bandOfScore]).toEqual([s.code, null, null, undefined]);
  });

  it('a row with neither score nor grade is a mention, its printed text kept (rank; a bound `di atas 95 poin`)', () => {
    expect(mentions.find((m) => m.code === '17.06' && m.year === 2015)).toMatchObject({
      printed: { rank: '47 of 64 kabupaten' },
      source: { file: A, line: 4 },
    });
    expect(mentions.find((m) => m.code === '64.74' && m.year === 2019)).toMatchObject({ printed: { score: 'di atas 95 poin' }, source: { file: A, line: 29 } });
    expect(scores.some((s) => s.code === '64.74' && s.year === 2019)).toBe(false);
  });

  it('a bound with a zone (`di atas 80`, zona hijau) is a zone-only value with the printed text kept', () => {
    expect(entry('31', 2017)).toMatchObject({ level: 'provinsi', score: null, zone: 'hijau', printed: { score: 'di atas 80', grade: 'zona hijau' } });
  });

  it('names as printed: [sic], English, abbreviations', () => {
    expect(entry('52.07', 2022).source.line).toBe(11); // Kabupaten Sumabwa Barat [sic]
    expect(entry('32.73', 2015)).toMatchObject({ score: 79.82, zone: 'kuning', printed: { grade: 'yellow zone' } }); // Bandung City
    expect(entry('71', 2017)).toMatchObject({ level: 'provinsi', zone: 'merah' }); // The Government of North Sulawesi Province
    expect(entry('12.18', 2017)).toMatchObject({ score: 60.63, printed: { score: '60,63%' } }); // Sergai
    expect(entry('16.01', 2019).score).toBe(94.21); // OKU
    expect(entry('31.73', 2025).opinion?.level).toBe('tertinggi'); // Pemkot Adminitrasi Jakarta Barat (typo as printed)
  });

  it('every row appears exactly once: as the value shown, an alternative or a mention', () => {
    const counts = rows.map((r) => [`${r.file}:${r.line}`, byRow.get(`${r.file}:${r.line}`)?.length ?? 0]);
    expect(counts.filter(([, n]) => n !== 1)).toEqual([]);
    expect([...byRow.keys()].length).toBe(rows.length);
  });
});
