/**
 * `npm run release` end to end (scripts/release.ts): on the processed output of a small real
 * ingest, the first release is written and reads back as the processed figures; the same figures
 * again write nothing ("no change since"); a changed figure is refused for an existing date and
 * an earlier one, and recorded with --again (or replaces the latest with --force), printing what
 * changed; demo data and a preview of a few provinces are refused.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/model/load.ts';
import { parseRelease, releaseFromDataset } from '../../src/lib/releases/record.ts';
import type { ScoreEntry } from '../../src/lib/types.ts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'zp-release-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cli(script: 'ingest' | 'release', args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(root, 'scripts', `${script}.ts`), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const raw = join(root, 'tests', 'fixtures', 'ingest', 'good', 'raw');
const data = join(work, 'processed');
const releases = join(work, 'releases');
const release = (...args: string[]) => cli('release', ['--data', data, '--dir', releases, ...args]);
const files = () => (existsSync(releases) ? readdirSync(releases).sort() : []);

beforeAll(async () => {
  const { code, stderr } = await cli('ingest', ['--raw', raw, '--out', data, '--quiet']);
  expect(code, stderr).toBe(0);
}, 60_000);

describe('npm run release', () => {
  it('writes the first release: the processed figures, read back the same', async () => {
    const { code, stdout, stderr } = await release('--date', '2026-01-10');
    expect(code, stderr).toBe(0);
    expect(files()).toEqual(['2026-01-10.json']);
    const written = parseRelease(readFileSync(join(releases, '2026-01-10.json'), 'utf8'), '2026-01-10.json');
    expect(written).toEqual(releaseFromDataset('2026-01-10', loadDataset(data)));
    expect(written.entries.length).toBeGreaterThan(0);
    expect(stdout).toContain(`wrote `);
    expect(stdout).toContain(`${written.entries.length} government-years`);
    expect(stdout).toContain(`first release: added ${written.entries.length}, changed 0, removed 0`);
  });

  it('the same figures again: "no change since", nothing written, exit 0', async () => {
    const before = readFileSync(join(releases, '2026-01-10.json'), 'utf8');
    const { code, stdout } = await release('--date', '2026-01-20');
    expect(code).toBe(0);
    expect(stdout.trim()).toBe('release: no change since 2026-01-10; nothing written');
    expect(files()).toEqual(['2026-01-10.json']);
    expect(readFileSync(join(releases, '2026-01-10.json'), 'utf8')).toBe(before);
  });

  it('a changed figure: refused on an existing date and before the latest, written with --again, replaced with --force', async () => {
    const scoresPath = join(data, 'scores.json');
    const scores = JSON.parse(readFileSync(scoresPath, 'utf8')) as ScoreEntry[];
    const target = scores.find((s) => s.score !== null)!;
    target.score = target.score === 50 ? 51 : 50;
    writeFileSync(scoresPath, JSON.stringify(scores));

    const existing = await release('--date', '2026-01-10');
    expect(existing.code).toBe(1);
    expect(existing.stderr).toMatch(/release 2026-01-10 exists; --force replaces it, --again records another release on 2026-01-10 \(2026-01-10\.2\)/);
    const earlier = await release('--date', '2026-01-09');
    expect(earlier.code).toBe(1);
    expect(earlier.stderr).toMatch(/before the latest release 2026-01-10/);
    expect(files()).toEqual(['2026-01-10.json']);

    const again = await release('--date', '2026-01-10', '--again');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('since 2026-01-10: added 0, changed 1, removed 0');
    expect(files()).toEqual(['2026-01-10.2.json', '2026-01-10.json']);

    target.score = target.score === 50 ? 49 : 48;
    writeFileSync(scoresPath, JSON.stringify(scores));
    expect((await release('--date', '2026-01-10', '--again', '--force')).code).toBe(1);
    // --force replaces the day's last release, the latest: 2026-01-10.2, still against 2026-01-10.
    const replaced = await release('--date', '2026-01-10', '--force');
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toContain('replaced ');
    expect(replaced.stdout).toContain('2026-01-10.2.json');
    expect(replaced.stdout).toContain('since 2026-01-10: added 0, changed 1, removed 0');
    expect(files()).toEqual(['2026-01-10.2.json', '2026-01-10.json']);
    const second = parseRelease(readFileSync(join(releases, '2026-01-10.2.json'), 'utf8'), '2026-01-10.2.json');
    expect(second.entries.find((e) => e.code === target.code && e.year === target.year)!.score).toBe(target.score);
    const bad = await release('--date', '10-01-2026');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not a date written YYYY-MM-DD/);
  });

  it('refuses demo data and a preview of a few provinces', async () => {
    const demo = join(work, 'demo');
    cpSync(data, demo, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(demo, 'manifest.json'), 'utf8'));
    writeFileSync(join(demo, 'manifest.json'), JSON.stringify({ ...manifest, demo: true }));
    const fromDemo = await cli('release', ['--data', demo, '--dir', join(work, 'demo-releases')]);
    expect(fromDemo.code).toBe(1);
    expect(fromDemo.stderr).toMatch(/demo data \(invented figures\)/);

    const preview = join(work, 'preview');
    expect((await cli('ingest', ['--raw', raw, '--out', preview, '--quiet', '--provinces', '18'])).code).toBe(0);
    const fromPreview = await cli('release', ['--data', preview, '--dir', join(work, 'preview-releases')]);
    expect(fromPreview.code).toBe(1);
    expect(fromPreview.stderr).toMatch(/is a preview of 1 of 38 provinces/);
    expect(existsSync(join(work, 'demo-releases')) || existsSync(join(work, 'preview-releases'))).toBe(false);
  }, 30_000);
});
