/**
 * npm run bench: measures ingest throughput (against plain papaparse on the same
 * bytes, in the same run), ingest peak memory, build time and page transfer size;
 * prints a table, writes bench/results.json and exits 1 when a budget in
 * bench/budgets.json is broken. Budgets live here, not in unit tests.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { parseAliases } from '../src/lib/ingest/aliases.ts';
import { ingest } from '../src/lib/ingest/ingest.ts';
import { readRawFolder } from '../src/lib/ingest/output.ts';
import { decodeCsv, detectDelimiter } from '../src/lib/ingest/read.ts';
import { loadInstalledRegistry } from '../src/lib/registry/load.ts';

type Budget = { min?: number; max?: number };
const root = join(import.meta.dirname, '..');
const budgets = JSON.parse(readFileSync(join(root, 'bench', 'budgets.json'), 'utf8')) as Record<string, Budget>;
const results: Record<string, number> = {};
const log = (m: string) => console.error(`bench: ${m}`);

function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

// 1. Ingest throughput vs plain papaparse, on the shipped raw files.
const files = readRawFolder(join(root, 'data', 'raw'));
const registry = loadInstalledRegistry();
const aliases = parseAliases(readFileSync(join(root, 'data', 'aliases.csv'), 'utf8'));
const csvs = files.filter((f) => /\.(csv|tsv|txt)$/.test(f.path));
const texts = csvs.map((f) => {
  const d = decodeCsv(f.bytes);
  if (!d.ok) throw new Error(`${f.path}: ${d.message}`);
  return d.text;
});
let rows = 0;
log(`timing plain papaparse and ingest on ${csvs.length} files`);
const papaMs = best(3, () => {
  rows = 0;
  for (const text of texts) {
    Papa.parse<string[]>(text, { delimiter: detectDelimiter(text) ?? ',', step: () => void rows++ });
  }
});
const ingestMs = best(3, () => {
  const r = ingest(files, registry, aliases, { currentYear: new Date().getUTCFullYear() });
  if (r.summary.errors > 0) throw new Error('bench input does not ingest cleanly');
});
results.rows = rows;
results.papaparseRowsPerSecond = Math.round(rows / (papaMs / 1000));
results.ingestRowsPerSecond = Math.round(rows / (ingestMs / 1000));
results.ingestThroughputRatio = Number((papaMs / ingestMs).toFixed(3));

// 2. Ingest peak memory (a separate process, so this one's heap does not count).
log('measuring ingest peak RSS');
const timeOutput = execFileSync('node', ['--import', 'tsx', '-e', `
  const { ingest } = await import(${JSON.stringify(join(root, 'src/lib/ingest/ingest.ts'))});
  const { readRawFolder } = await import(${JSON.stringify(join(root, 'src/lib/ingest/output.ts'))});
  const { parseAliases } = await import(${JSON.stringify(join(root, 'src/lib/ingest/aliases.ts'))});
  const { loadInstalledRegistry } = await import(${JSON.stringify(join(root, 'src/lib/registry/load.ts'))});
  const fs = await import('node:fs');
  const r = ingest(readRawFolder(${JSON.stringify(join(root, 'data', 'raw'))}), loadInstalledRegistry(), parseAliases(fs.readFileSync(${JSON.stringify(join(root, 'data', 'aliases.csv'))}, 'utf8')), { currentYear: 2100 });
  console.log(JSON.stringify({ rss: process.resourceUsage().maxRSS }));
`], { cwd: root, encoding: 'utf8' });
results.ingestPeakRssMB = Math.round(JSON.parse(timeOutput.trim().split('\n').pop()!).rss / 1024);

// 3. Full build (ingest + astro build).
log('building the site');
const buildStart = performance.now();
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
results.buildSeconds = Number(((performance.now() - buildStart) / 1000).toFixed(1));

// 4. Transfer size of the home page.
results.homeHtmlGzipKB = Number((gzipSync(readFileSync(join(root, 'dist', 'index.html'))).length / 1024).toFixed(1));

// Report.
let over = 0;
const lines = ['| measure | value | budget | ok |', '|---|---|---|---|'];
for (const [name, value] of Object.entries(results)) {
  const budget = budgets[name];
  const ok = budget === undefined || ((budget.min === undefined || value >= budget.min) && (budget.max === undefined || value <= budget.max));
  if (!ok) over++;
  const limit = budget === undefined ? '' : budget.min !== undefined ? `≥ ${budget.min}` : `≤ ${budget.max}`;
  lines.push(`| ${name} | ${value} | ${limit} | ${budget === undefined ? '' : ok ? 'yes' : 'NO'} |`);
}
console.log(lines.join('\n'));
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
if (over > 0) {
  console.error(`bench: ${over} budget${over === 1 ? '' : 's'} broken`);
  process.exit(1);
}
console.error('bench: all budgets met');
