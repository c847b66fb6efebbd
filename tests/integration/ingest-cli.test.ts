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

/*
 * The broken folder (tests/fixtures/ingest/broken: every error with its line, exit 1, output folder
 * byte-identical) is a golden case with problems.txt in ingest-golden.test.ts, run through this CLI.
 */
describe('ingest CLI with --skip-unknown', () => {
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
