/**
 * tsx scripts/bench/ingest-large.ts [--rows 200000] [--runs 3]
 * The ingest CLI on the bench's large input (a score for every government in every
 * assessed year 2013–2025, `rows` per-government complaint rows, see large-input.ts):
 * the best wall time of `runs` runs of the whole CLI (a fresh process each, start-up
 * included) and the largest max RSS, printed as JSON.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';
import { writeLargeInput } from './large-input.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '200000' }, runs: { type: 'string', default: '3' } } });
const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'zp-ingest-large-'));
try {
  const input = await writeLargeInput(join(work, 'input'), loadInstalledRegistry(), Number(values.rows));
  let seconds = Infinity;
  let maxRssMB = 0;
  for (let run = 0; run < Number(values.runs); run++) {
    const started = performance.now();
    const stdout = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/ingest.ts', '--raw', input.rawDir, '--out', join(work, 'out'), '--quiet', '--report-rss'],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
    const { maxRssKB } = JSON.parse(stdout.trim().split('\n').pop()!) as { maxRssKB: number };
    maxRssMB = Math.max(maxRssMB, Math.round(maxRssKB / 1024));
  }
  console.log(JSON.stringify({ complaintRows: input.complaintRows, scoreRows: input.scoreRows, seconds: Number(seconds.toFixed(2)), maxRssMB }));
} finally {
  rmSync(work, { recursive: true, force: true });
}
