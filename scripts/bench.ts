/**
 * npm run bench: runs every module in scripts/bench/ (each measures something and
 * returns named numbers), prints a table, writes bench/results.json, and exits 1
 * when a budget in bench/budgets.json is broken. Budgets live here, not in unit tests.
 * `npm run bench -- ingest build` runs only those modules.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext } from './bench/context.ts';

type Budget = { min?: number; max?: number; note?: string };
type Module = { measure: (ctx: BenchContext) => Promise<Record<string, number>> };

/** Order matters: later modules may use what earlier ones built (ctx.distDir). */
const MODULES = ['install', 'ingest', 'build', 'map', 'pages', 'og', 'lighthouse', 'tests'] as const;

const root = join(import.meta.dirname, '..');
const work = join(root, 'bench', 'work');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const ctx: BenchContext = { root, work, log: (m) => console.error(`bench: ${m}`) };
const budgets = JSON.parse(readFileSync(join(root, 'bench', 'budgets.json'), 'utf8')) as Record<string, Budget>;
const only = process.argv.slice(2);

const results: Record<string, number> = {};
for (const name of MODULES) {
  if (only.length > 0 && !only.includes(name)) continue;
  let mod: Module;
  try {
    mod = (await import(`./bench/${name}.ts`)) as Module;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') continue; // module not written yet
    throw err;
  }
  Object.assign(results, await mod.measure(ctx));
}

let broken = 0;
const lines = ['| measure | value | budget | ok |', '|---|---|---|---|'];
for (const [name, value] of Object.entries(results)) {
  const budget = budgets[name];
  const ok = budget === undefined || ((budget.min === undefined || value >= budget.min) && (budget.max === undefined || value <= budget.max));
  if (!ok) broken++;
  const limit = budget === undefined ? '' : budget.min !== undefined ? `≥ ${budget.min}` : `≤ ${budget.max}`;
  lines.push(`| ${name} | ${value} | ${limit} | ${budget === undefined ? '' : ok ? 'yes' : 'NO'} |`);
}
console.log(lines.join('\n'));
writeFileSync(
  join(root, 'bench', 'results.json'),
  `${JSON.stringify({ node: process.version, platform: `${process.platform}-${process.arch}`, results }, null, 2)}\n`,
);
rmSync(work, { recursive: true, force: true });
if (broken > 0) {
  console.error(`bench: ${broken} budget${broken === 1 ? '' : 's'} broken`);
  process.exit(1);
}
console.error('bench: all budgets met');
