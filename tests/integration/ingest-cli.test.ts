import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'ingest');
const work = mkdtempSync(join(tmpdir(), 'zp-ingest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function ingestCli(args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'ingest.ts'), ...args], { cwd: root });
    return { code: 0, stderr };
  } catch (err) {
    const e = err as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

/** Every file under a folder with its SHA-256, to prove a folder was not touched. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = join(dir, name);
    try {
      out[name] = createHash('sha256').update(readFileSync(full)).digest('hex');
    } catch {
      out[name] = 'dir';
    }
  }
  return out;
}

describe('ingest CLI on a good folder', () => {
  const out = join(work, 'good-out');
  it('writes the expected JSON (golden files) and exits 0', async () => {
    const { code, stderr } = await ingestCli(['--raw', join(fixtures, 'good', 'raw'), '--out', out]);
    expect(code, stderr).toBe(0);
    for (const name of ['scores.json', 'mentions.json', 'complaints.json', 'complaint-figures.json', 'manifest.json']) {
      expect(JSON.parse(readFileSync(join(out, name), 'utf8')), name).toEqual(JSON.parse(readFileSync(join(fixtures, 'good', 'expected', name), 'utf8')));
    }
    const regions = JSON.parse(readFileSync(join(out, 'regions.json'), 'utf8'));
    expect(regions.regions).toHaveLength(514);
    expect(regions.provinces).toHaveLength(38);
    expect(stderr).toContain('kepatuhan/lampung_2021.csv: no year column; year 2021 taken from the file name');
    expect(stderr).toContain('kepatuhan/lampung_2021.csv:1: warning: column "No" not used (ignored)');
    expect(stderr).toMatch(
      /5 files, 18 rows → 11 scores \(0 where sources differ\), 0 mentions without a figure, 0 published complaint figures \(0 restated differently\), 3 per-government complaint entries, 6 governments, years 2017–2022; 0 errors/,
    );
  });

  it('writes ORI national counts (data/reference by default, or --national FILE) to national.json', async () => {
    const national = JSON.parse(readFileSync(join(out, 'national.json'), 'utf8'));
    const reference = readFileSync(join(root, 'data', 'reference', 'ori-national-counts.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(national).toHaveLength(reference.length - 1);
    expect(national[0]).toMatchObject({ year: 2015, level: 'provinsi', assessed: 33, zones: { hijau: 3, kuning: 17, merah: 13 } });
    expect(national[0].source).toEqual({ file: 'data/reference/ori-national-counts.csv', line: 2, url: reference[1]!.split(';').at(-1) });

    const file = join(work, 'national.csv');
    writeFileSync(file, 'tahun;tingkat;dinilai;hijau;kuning;merah;catatan;sumber\n2019;kabupaten/kota;251;;;;;https://example.org/2019\n');
    const own = join(work, 'national-out');
    const { code, stderr } = await ingestCli(['--raw', join(fixtures, 'good', 'raw'), '--out', own, '--national', file]);
    expect(code, stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(own, 'national.json'), 'utf8'))).toEqual([
      {
        year: 2019,
        level: 'kabupaten-kota',
        assessed: 251,
        zones: { hijau: null, kuning: null, merah: null },
        source: { file, line: 2, url: 'https://example.org/2019' },
      },
    ]);
  });

  it('fails on a bad national counts file with file:line: column: message and leaves the output untouched', async () => {
    const file = join(work, 'national-bad.csv');
    writeFileSync(file, 'tahun;tingkat;dinilai;hijau;kuning;merah;catatan;sumber\n2019;kabupaten/kota;dua ratus;;;;;https://example.org/2019\n');
    const own = join(work, 'national-bad-out');
    cpSync(join(fixtures, 'good', 'expected'), own, { recursive: true });
    const before = snapshot(own);
    const { code, stderr } = await ingestCli(['--raw', join(fixtures, 'good', 'raw'), '--out', own, '--national', file]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}:2: dinilai: is not a count: "dua ratus"`);
    expect(stderr).toMatch(/failed with 1 error; .* left unchanged/);
    expect(snapshot(own)).toEqual(before);
  });

  it('replaces an existing output folder completely', async () => {
    writeFileSync(join(out, 'stale.json'), '{}');
    const { code } = await ingestCli(['--raw', join(fixtures, 'good', 'raw'), '--out', out]);
    expect(code).toBe(0);
    expect(existsSync(join(out, 'stale.json'))).toBe(false);
    expect(readdirSync(work).filter((n) => n.startsWith('.good-out'))).toEqual([]);
  });

  it('marks the dataset demo when the DEMO marker is present', async () => {
    const raw = join(work, 'demo-raw');
    cpSync(join(fixtures, 'good', 'raw'), raw, { recursive: true });
    writeFileSync(join(raw, 'DEMO'), 'Data contoh (seed 1)\n');
    const demoOut = join(work, 'demo-out');
    const { code } = await ingestCli(['--raw', raw, '--out', demoOut]);
    expect(code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(demoOut, 'manifest.json'), 'utf8'));
    expect(manifest.demo).toBe(true);
    expect(manifest.demoNote).toBe('Data contoh (seed 1)');
  });
});

describe('ingest CLI on a broken folder', () => {
  const expected = [
    'kepatuhan/cp1252.csv:2: file is not valid UTF-8',
    'kepatuhan/errors_2022.csv:2: Daerah: unknown kabupaten "Kabupaten Pesawran"; did you mean Kabupaten Pesawaran (18.09), ',
    'kepatuhan/errors_2022.csv:3: Daerah: "Pasuruan" fits 2 governments: Kabupaten Pasuruan (35.14), Kota Pasuruan (35.75)',
    'kepatuhan/errors_2022.csv:4: Nilai: must be between 0 and 100',
    'kepatuhan/errors_2022.csv:5: Zona: published grade "Kuning" = kuning disagrees with score 52.00, which is D (merah) under the 2022 scheme',
    'kepatuhan/errors_2022.csv:6: Tahun: ORI did not assess compliance in 2020',
    'kepatuhan/errors_2022.csv:7: Tahun: year 2012 is before 2013',
    'kepatuhan/errors_2022.csv:8: Tahun: year 2099 is in the future',
    'kepatuhan/errors_2022.csv:9: Tahun: must be one year, not a range "2023/2024"',
    'kepatuhan/errors_2022.csv:10: Daerah: "Polda Lampung" is not a regional government',
    'kepatuhan/errors_2022.csv:11: Nilai: is not a score: "NaN"',
    'kepatuhan/errors_2022.csv:12: Nilai: needs a score or a published grade/zone',
    'kepatuhan/errors_2022.csv:13: Zona: published grade "Hijau" = hijau disagrees with score 70.00, which is C (kuning)',
    'kepatuhan/errors_2022.csv:15: Zona: cannot read grade "Kategori C": letter C, but letters A–E exist only from 2022',
    'kepatuhan/errors_2022.csv:16: Zona: cannot read grade "Ungu"',
    'kepatuhan/no_region.csv:1: missing required column for region',
    'kepatuhan/no_year.csv:1: no year column (Tahun/year) and no four-digit year in the file name',
    'kepatuhan/unbalanced_2021.csv:2: unbalanced quote',
    'pengaduan/complaints.csv:2: Selesai: resolved (12) is more than received (10)',
    'pengaduan/complaints.csv:3: Jumlah Laporan: must not be negative',
    'pengaduan/complaints.csv:4: Kode: no region or province has Kemendagri code 18.99',
    'pengaduan/complaints.csv:5: Jumlah Laporan: must be a whole number, not "12,5"',
    'pengaduan/complaints.csv:6: has 3 fields but the header has 4',
    'pengaduan/empty.csv: file is empty (0 bytes)',
    'pengaduan/only_header.csv:1: file has a header but no data rows',
    'stray.csv: file is in neither kepatuhan/ nor pengaduan/',
  ];

  it('exits 1, lists every error with its line, and leaves the output folder byte-identical', async () => {
    const out = join(work, 'broken-out');
    cpSync(join(fixtures, 'good', 'expected'), out, { recursive: true });
    const before = snapshot(out);
    const { code, stderr } = await ingestCli(['--raw', join(fixtures, 'broken', 'raw'), '--out', out]);
    expect(code).toBe(1);
    const lines = stderr.split('\n');
    for (const message of expected) {
      expect(
        lines.some((l) => l.startsWith(message)),
        `missing: ${message}\n${stderr}`,
      ).toBe(true);
    }
    const errorLines = lines.filter((l) => !l.startsWith('ingest: ') && !l.startsWith('warning: ') && /^[\w./-]+(:\d+)?: (?!warning)/.test(l));
    expect(errorLines).toHaveLength(expected.length);
    expect(stderr).toContain(`${expected.length} errors`);
    expect(stderr).toMatch(/left unchanged/);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(work).filter((n) => n.startsWith('.broken-out'))).toEqual([]);
  });

  it('--skip-unknown turns unknown regions into warnings and lists them in the manifest', async () => {
    const raw = join(work, 'skip-raw');
    const out = join(work, 'skip-out');
    cpSync(join(fixtures, 'good', 'raw'), raw, { recursive: true });
    writeFileSync(join(raw, 'kepatuhan', 'extra_2021.csv'), 'Daerah;Nilai\nPolda Lampung;70,00\nKabupaten Atlantis;60,00\nKota Pasuruan;70,00\n');
    const strict = await ingestCli(['--raw', raw, '--out', out]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('kepatuhan/extra_2021.csv:2: Daerah: "Polda Lampung" is not a regional government');
    expect(strict.stderr).toContain(
      'kepatuhan/lampung_2021.csv:6: Nama Daerah: duplicate: Kota Pasuruan (35.75) 2021 without a source already at kepatuhan/extra_2021.csv:4',
    );
    writeFileSync(join(raw, 'kepatuhan', 'extra_2021.csv'), 'Daerah;Nilai\nPolda Lampung;70,00\nKabupaten Atlantis;60,00\n');
    const lenient = await ingestCli(['--raw', raw, '--out', out, '--skip-unknown']);
    expect(lenient.code, lenient.stderr).toBe(0);
    expect(lenient.stderr).toContain('kepatuhan/extra_2021.csv:3: warning: Daerah: unknown kabupaten "Kabupaten Atlantis"');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.skipped.map((s: { line: number; value: string }) => [s.line, s.value])).toEqual([
      [2, 'Polda Lampung'],
      [3, 'Kabupaten Atlantis'],
    ]);
  });
});
