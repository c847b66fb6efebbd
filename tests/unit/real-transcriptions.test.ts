import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ScoreEntry } from '../../src/lib/types.ts';
import { parseAliases } from '../../src/lib/printed/aliases.ts';
import { ingest } from '../../src/lib/ingest/ingest.ts';
import { readRawFolder } from '../../src/lib/ingest/folder.ts';
import { formatProblem } from '../../src/lib/ingest/report.ts';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';

/**
 * Real figures transcribed from press releases (see tests/fixtures/real/SOURCES.md),
 * copied byte for byte into tests/fixtures/real/kepatuhan/.
 */
const FIXTURE = fileURLToPath(new URL('../fixtures/real/', import.meta.url));
const SUMUT = 'kepatuhan/sumut_2022_mistar.csv';
const LAMPUNG = 'kepatuhan/lampung_zones_2017_2021_multi.csv';

const registry = loadInstalledRegistry();
const aliases = parseAliases(readFileSync('data/aliases.csv', 'utf8'));
const allFiles = readRawFolder(FIXTURE);
// SOURCES.md documents the fixtures and the golden files (grade-texts.txt, names.tsv) belong to other tests;
// ingest accepts only README.md/README.txt/DEMO at the root, so only kepatuhan/ is read.
const files = allFiles.filter((f) => f.path.startsWith('kepatuhan/'));
const result = ingest(files, registry, aliases, { currentYear: 2026 });
const scores: ScoreEntry[] = result.output?.scores ?? [];

function entry(code: string, year: number): ScoreEntry {
  const found = scores.filter((s) => s.code === code && s.year === year);
  expect(found, `${code} ${year}`).toHaveLength(1);
  return found[0]!;
}

describe('real transcriptions: fixture folder', () => {
  it('holds the two CSV files and their sources (beside the golden files of grade texts and names)', () => {
    expect(allFiles.map((f) => f.path)).toEqual(['SOURCES.md', 'grade-texts.txt', LAMPUNG, SUMUT, 'names.tsv']);
    const sources = readFileSync(`${FIXTURE}SOURCES.md`, 'utf8');
    expect(sources).toContain('https://mistar.id/sumut/5-daerah-sumut-masuk-zona-merah-penilaian-ombudsman/');
    expect(sources).toContain('sumut_2022_mistar.csv');
    expect(sources).toContain('lampung_zones_2017_2021_multi.csv');
  });
});

describe('real transcriptions: ingest', () => {
  it('has no errors and keeps every row', () => {
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(result.output).toBeDefined();
    expect(result.summary.files).toBe(2);
    expect(result.summary.rows).toBe(58);
    expect(result.summary.scores).toBe(58);
    expect(scores).toHaveLength(58);
  });

  it('warns only about regions without a score', () => {
    const warnings = result.problems.filter((p) => p.severity === 'warning');
    expect(warnings.map((w) => w.message.replace(/ \(.*\)$/, ''))).toEqual([
      '2017: 513 of 514 kabupaten/kota have no published figure',
      '2018: 505 of 514 kabupaten/kota have no published figure',
      '2019: 506 of 514 kabupaten/kota have no published figure',
      '2021: 509 of 514 kabupaten/kota have no published figure',
      '2022: 481 of 514 kabupaten/kota have no published figure',
    ]);
  });

  it('reads the years 2017–2019, 2021 and 2022', () => {
    expect(result.summary.years).toEqual([2017, 2018, 2019, 2021, 2022]);
    expect(result.output!.manifest.schemeByYear).toEqual({
      '2017': 'zona-2013',
      '2018': 'zona-2013',
      '2019': 'zona-2013',
      '2021': 'zona-2013',
      '2022': 'opini-2022',
    });
  });
});

describe('real transcriptions: Sumatera Utara 2022 (mistar.id)', () => {
  const sumut = scores.filter((s) => s.source.file === SUMUT);

  it('takes the year 2022 from the file name', () => {
    expect(result.summary.yearFromFileName).toEqual([{ file: SUMUT, year: 2022 }]);
    const manifestFile = result.output!.manifest.files.find((f) => f.path === SUMUT);
    expect(manifestFile).toMatchObject({ path: SUMUT, kind: 'kepatuhan', rows: 34, delimiter: ';', yearFromFileName: 2022, ignoredColumns: [] });
  });

  it('resolves all 34 rows: the 33 kabupaten/kota of province 12 and Pemprov Sumut', () => {
    expect(sumut).toHaveLength(34);
    expect(sumut.every((s) => s.year === 2022 && s.scheme === 'opini-2022')).toBe(true);
    const expected = [...registry.regions.filter((r) => r.provinceCode === '12').map((r) => r.code), '12'].sort();
    expect(expected).toHaveLength(34);
    expect(sumut.map((s) => s.code).sort()).toEqual(expected);
  });

  it('reads Pemerintah Provinsi Sumut as the provincial government 12', () => {
    expect(entry('12', 2022)).toEqual({
      code: '12',
      level: 'provinsi',
      year: 2022,
      score: 90.54,
      category: 'A',
      zone: 'hijau',
      printed: { score: '90,54', grade: 'hijau / A' },
      scheme: 'opini-2022',
      source: { file: SUMUT, line: 21 },
    });
  });

  it('Sibolga 51,15 is D merah (kuning under the old scheme, red since 2022)', () => {
    expect(entry('12.73', 2022)).toEqual({
      code: '12.73',
      level: 'kota',
      year: 2022,
      score: 51.15,
      category: 'D',
      zone: 'merah',
      printed: { score: '51,15', grade: 'merah / D' },
      scheme: 'opini-2022',
      source: { file: SUMUT, line: 3 },
    });
  });

  it('Labuhanbatu Selatan 52,68 is D merah', () => {
    expect(entry('12.22', 2022)).toMatchObject({ level: 'kabupaten', score: 52.68, category: 'D', zone: 'merah', source: { file: SUMUT, line: 2 } });
  });

  it('Deli Serdang 91,99 is A hijau', () => {
    expect(entry('12.07', 2022)).toMatchObject({ level: 'kabupaten', score: 91.99, category: 'A', zone: 'hijau', source: { file: SUMUT, line: 20 } });
  });

  it('reads names without prefixes and spelling variants', () => {
    expect(entry('12.12', 2022)).toMatchObject({ score: 70.65, category: 'C' }); // Toba
    expect(entry('12.77', 2022)).toMatchObject({ score: 70.38, category: 'C' }); // Padangsidimpuan
    expect(entry('12.78', 2022)).toMatchObject({ score: 63.07, category: 'C' }); // Gunung Sitoli
    expect(entry('12.74', 2022)).toMatchObject({ score: 50.2, category: 'D' }); // Tanjungbalai
    expect(entry('12.72', 2022)).toMatchObject({ score: 58.46, category: 'C' }); // Pematang Siantar
    expect(entry('12.71', 2022)).toMatchObject({ score: 81.43, category: 'B' }); // Medan
  });

  it('matches the published categories: 5 merah D, 13 kuning C, 5 A, 11 B', () => {
    const count = (pred: (s: ScoreEntry) => boolean) => sumut.filter(pred).length;
    expect(count((s) => s.category === 'D' && s.zone === 'merah')).toBe(5);
    expect(count((s) => s.category === 'C' && s.zone === 'kuning')).toBe(13);
    expect(count((s) => s.category === 'A' && s.zone === 'hijau')).toBe(5);
    expect(count((s) => s.category === 'B' && s.zone === 'hijau')).toBe(11);
  });

  it('has no source link (the file has no Sumber column)', () => {
    expect(sumut.every((s) => s.source.url === undefined && s.source.label === undefined)).toBe(true);
  });
});

describe('real transcriptions: Lampung 2017–2021', () => {
  const lampung = scores.filter((s) => s.source.file === LAMPUNG);

  it('resolves all 24 rows under the three-zone scheme', () => {
    expect(lampung).toHaveLength(24);
    expect(lampung.every((s) => s.scheme === 'zona-2013' && s.category === null)).toBe(true);
    expect(result.output!.manifest.files.find((f) => f.path === LAMPUNG)).toMatchObject({ rows: 24, delimiter: ';', ignoredColumns: [] });
    expect(result.output!.manifest.files.find((f) => f.path === LAMPUNG)?.yearFromFileName).toBeUndefined();
  });

  it('Kabupaten Pesawaran 2017: score 21.97 (decimal point), zone merah, with its source', () => {
    expect(entry('18.09', 2017)).toEqual({
      code: '18.09',
      level: 'kabupaten',
      year: 2017,
      score: 21.97,
      category: null,
      zone: 'merah',
      printed: { score: '21.97', grade: 'Zona Merah' },
      scheme: 'zona-2013',
      source: { file: LAMPUNG, line: 2, url: 'https://sinarlampung.co/tingkat-pelayanan-publik-pemda-pesawaran-zona-merah/' },
    });
  });

  it('Kabupaten Pesawaran 2018: zone hijau with no score', () => {
    expect(entry('18.09', 2018)).toEqual({
      code: '18.09',
      level: 'kabupaten',
      year: 2018,
      score: null,
      category: null,
      zone: 'hijau',
      printed: { grade: 'zona hijau' },
      scheme: 'zona-2013',
      source: {
        file: LAMPUNG,
        line: 4,
        url: 'https://www.jejamo.com/ombudsman-lampung-2019-tahun-pembuktian-perbaikan-mutu-pelayanan-publik.html',
      },
    });
  });

  it('Lampung Selatan 2018: score 86,92 (decimal comma) agrees with zona hijau', () => {
    expect(entry('18.01', 2018)).toMatchObject({ score: 86.92, zone: 'hijau', source: { file: LAMPUNG, line: 3, url: 'https://suaratrans.com/?p=826' } });
  });

  it('Pemerintah Provinsi Lampung 2021 is the provincial government 18', () => {
    expect(entry('18', 2021)).toMatchObject({
      level: 'provinsi',
      score: null,
      zone: 'kuning',
      source: { file: LAMPUNG, line: 20, url: 'https://wawainews.id/6-daerah-di-lampung-kategori-zona-kuning-standar-pelayanan-publik' },
    });
  });

  it('reads Tulangbawang Barat and Tulang Bawang Barat as the same kabupaten 18.12', () => {
    expect(entry('18.12', 2018).source.line).toBe(9);
    expect(entry('18.12', 2019).source.line).toBe(18);
    expect(entry('18.12', 2021).source.line).toBe(23);
    expect(entry('18.72', 2021)).toMatchObject({ level: 'kota', zone: 'kuning' }); // Pemerintah Kota Metro
  });

  it('keeps every row’s Sumber URL in source.url', () => {
    const csv = readFileSync(`${FIXTURE}${LAMPUNG}`, 'utf8').trim().split('\n').slice(1);
    expect(csv).toHaveLength(24);
    for (const [i, line] of csv.entries()) {
      const url = line.split(';')[4]!.trim();
      const s = lampung.find((e) => e.source.line === i + 2);
      expect(s?.source.url, `line ${i + 2}`).toBe(url);
    }
  });
});
