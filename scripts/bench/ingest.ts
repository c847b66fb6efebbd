import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parseAliases } from '../../src/lib/ingest/aliases.ts';
import { ingest } from '../../src/lib/ingest/ingest.ts';
import { readRawFolder } from '../../src/lib/ingest/output.ts';
import { decodeCsv, detectDelimiter } from '../../src/lib/ingest/read.ts';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';
import { best, type BenchContext } from './context.ts';

/** Ingest throughput against plain papaparse on the same files in the same run, and peak RSS. */
export async function measure(ctx: BenchContext): Promise<Record<string, number>> {
  const rawDir = join(ctx.root, 'data', 'raw');
  const files = readRawFolder(rawDir);
  const registry = loadInstalledRegistry();
  const aliases = parseAliases(readFileSync(join(ctx.root, 'data', 'aliases.csv'), 'utf8'));
  const texts = files
    .filter((f) => /\.(csv|tsv|txt)$/.test(f.path))
    .map((f) => {
      const d = decodeCsv(f.bytes);
      if (!d.ok) throw new Error(`${f.path}: ${d.message}`);
      return d.text;
    });
  let rows = 0;
  ctx.log(`ingest: timing plain papaparse and ingest on ${texts.length} files`);
  const papaMs = best(3, () => {
    rows = 0;
    for (const text of texts) Papa.parse<string[]>(text, { delimiter: detectDelimiter(text) ?? ',', step: () => void rows++ });
  });
  const ingestMs = best(3, () => {
    const r = ingest(files, registry, aliases, { currentYear: new Date().getUTCFullYear() });
    if (r.summary.errors > 0) throw new Error('bench input does not ingest cleanly');
  });
  ctx.log('ingest: measuring peak RSS in a child process');
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--raw', rawDir, '--out', join(ctx.work, 'processed'), '--quiet', '--report-rss'], {
    cwd: ctx.root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const rss = JSON.parse(out.trim().split('\n').pop()!) as { maxRssKB: number };
  return {
    ingestRows: rows,
    papaparseRowsPerSecond: Math.round(rows / (papaMs / 1000)),
    ingestRowsPerSecond: Math.round(rows / (ingestMs / 1000)),
    ingestThroughputRatio: Number((papaMs / ingestMs).toFixed(3)),
    ingestPeakRssMB: Math.round(rss.maxRssKB / 1024),
  };
}
