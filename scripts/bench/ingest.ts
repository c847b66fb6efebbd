import { execFileSync } from 'node:child_process';
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parseAliases } from '../../src/lib/ingest/aliases.ts';
import { ingestFolder } from '../../src/lib/ingest/folder.ts';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';
import type { BenchContext } from './context.ts';
import { writeLargeInput } from './large-input.ts';

async function papaparseOnly(file: string, delimiter: string): Promise<number> {
  let rows = 0;
  await new Promise<void>((resolve, reject) =>
    Papa.parse(createReadStream(file, 'utf8') as unknown as File, { delimiter, step: () => void rows++, complete: () => resolve(), error: reject }),
  );
  return rows;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/**
 * Ingest on the large generated input: throughput against plain papaparse streaming
 * the same complaints file in the same run (best of 3 each, interleaved so machine
 * load affects both alike), and peak RSS of the real CLI on the whole input.
 */
export async function measure(ctx: BenchContext): Promise<Record<string, number>> {
  const registry = loadInstalledRegistry();
  const aliases = parseAliases(readFileSync(join(ctx.root, 'data', 'aliases.csv'), 'utf8'));
  ctx.log('ingest: writing the large input (scores 2013–2025 for every government, 1,000,000 complaint rows)');
  const input = await writeLargeInput(join(ctx.work, 'large'), registry);
  // Only the complaints file, for both sides of the ratio.
  const complaintsOnly = join(ctx.work, 'large-complaints');
  execFileSync('mkdir', ['-p', join(complaintsOnly, 'pengaduan')]);
  execFileSync('cp', [input.complaintsFile, join(complaintsOnly, 'pengaduan', 'besar.csv')]);

  let papaMs = Infinity;
  let ingestMs = Infinity;
  let rows = 0;
  for (let run = 1; run <= 3; run++) {
    ctx.log(`ingest: run ${run}/3`);
    const papa = await timed(() => papaparseOnly(input.complaintsFile, ';'));
    papaMs = Math.min(papaMs, papa.ms);
    rows = papa.value - 1;
    const ing = await timed(() => ingestFolder(complaintsOnly, registry, aliases, { currentYear: 2100 }));
    if (ing.value.summary.errors > 0) throw new Error('bench input does not ingest cleanly');
    ingestMs = Math.min(ingestMs, ing.ms);
  }
  ctx.log('ingest: peak RSS of the CLI on the whole large input');
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/ingest.ts', '--raw', input.rawDir, '--out', join(ctx.work, 'large-out'), '--quiet', '--report-rss'],
    { cwd: ctx.root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 20 },
  );
  const rss = JSON.parse(out.trim().split('\n').pop()!) as { maxRssKB: number };
  return {
    ingestRows: rows,
    papaparseRowsPerSecond: Math.round(rows / (papaMs / 1000)),
    ingestRowsPerSecond: Math.round(rows / (ingestMs / 1000)),
    ingestThroughputRatio: Number((papaMs / ingestMs).toFixed(3)),
    ingestPeakRssMB: Math.round(rss.maxRssKB / 1024),
  };
}
