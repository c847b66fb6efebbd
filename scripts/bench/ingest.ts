import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';
import type { BenchContext } from './context.ts';
import { writeLargeInput } from './large-input.ts';

/** Complaint rows of the large input: far above the real workload (a few thousand rows a year). */
const COMPLAINT_ROWS = 200_000;

/** Wall seconds and peak RSS of the ingest CLI (`npm run ingest`) on `raw`, best of `runs`. */
function runCli(ctx: BenchContext, raw: string, out: string, runs: number): { seconds: number; rssMB: number } {
  let seconds = Infinity;
  let rssMB = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--raw', raw, '--out', out, '--quiet', '--report-rss'], {
      cwd: ctx.root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 20,
    });
    seconds = Math.min(seconds, (performance.now() - start) / 1000);
    rssMB = Math.max(rssMB, Math.round((JSON.parse(stdout.trim().split('\n').pop()!) as { maxRssKB: number }).maxRssKB / 1024));
  }
  return { seconds: Number(seconds.toFixed(2)), rssMB };
}

/**
 * The ingest CLI as a contributor runs it (process start, TypeScript loading, reading, writing),
 * best of 3: on the shipped data (data/raw), and on 200,000 generated per-government complaint
 * rows (the largest input shape), with its peak RSS.
 */
export async function measure(ctx: BenchContext): Promise<Record<string, number>> {
  ctx.log('ingest: the shipped data (data/raw), 3 runs');
  const shipped = runCli(ctx, join(ctx.root, 'data', 'raw'), join(ctx.work, 'ingest-shipped'), 3);
  ctx.log(`ingest: writing ${COMPLAINT_ROWS.toLocaleString('en')} complaint rows`);
  const input = await writeLargeInput(join(ctx.work, 'large'), loadInstalledRegistry(), COMPLAINT_ROWS);
  const complaintsOnly = join(ctx.work, 'large-complaints');
  mkdirSync(join(complaintsOnly, 'pengaduan'), { recursive: true });
  copyFileSync(input.complaintsFile, join(complaintsOnly, 'pengaduan', 'besar.csv'));
  ctx.log('ingest: the complaint rows, 3 runs');
  const large = runCli(ctx, complaintsOnly, join(ctx.work, 'ingest-large'), 3);
  return {
    ingestShippedSeconds: shipped.seconds,
    ingestComplaintRows: input.complaintRows,
    ingestComplaintRowsSeconds: large.seconds,
    ingestComplaintRowsPeakRssMB: large.rssMB,
  };
}
