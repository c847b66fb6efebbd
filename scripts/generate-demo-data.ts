/**
 * Writes the seeded demo dataset (invented numbers, marked DEMO) as raw CSV exports:
 *
 *   tsx scripts/generate-demo-data.ts --out DIR [--seed 20240101]
 *
 * Existing `*.csv` files directly inside `<out>/kepatuhan` and `<out>/pengaduan`
 * are deleted first, so the folder holds exactly the demo files afterwards.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DEMO_SEED, generateDemoDataset } from '../src/lib/demo/generate.ts';
import { loadInstalledRegistry } from '../src/lib/registry/load.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: tsx scripts/generate-demo-data.ts --out DIR [--seed 20240101]  (demo data for tests and previews; never into data/raw)';

function parseArgs(argv: readonly string[]): { out: string; seed: number } {
  let out: string | null = null;
  let seed = DEFAULT_DEMO_SEED;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--out') out = resolve(value());
    else if (flag === '--seed') {
      const text = value();
      if (!/^\d+$/.test(text) || Number(text) > 0xffffffff) throw new Error(`--seed must be an integer from 0 to 4294967295, got "${text}"`);
      seed = Number(text);
    } else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument "${arg}"\n${USAGE}`);
  }
  if (out === null) throw new Error(`--out is required\n${USAGE}`);
  if (resolve(out) === join(ROOT, 'data', 'raw')) throw new Error(`refusing to write demo data into data/raw (the published record)\n${USAGE}`);
  return { out, seed };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function main(): void {
  const { out, seed } = parseArgs(process.argv.slice(2));
  const registry = loadInstalledRegistry();
  const { files, info } = generateDemoDataset(registry, seed);
  const shown = relative(process.cwd(), out) || '.';

  for (const sub of ['kepatuhan', 'pengaduan']) {
    const dir = join(out, sub);
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of entries.filter((n) => n.toLowerCase().endsWith('.csv')).sort()) {
      rmSync(join(dir, name));
      console.log(`  removed ${join(shown, sub, name)}`);
    }
  }

  let totalRows = 0;
  let totalBytes = 0;
  for (const { path, rows } of info) {
    const content = files.get(path)!;
    const target = join(out, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content, 'utf8');
    const bytes = Buffer.byteLength(content, 'utf8');
    totalRows += rows;
    totalBytes += bytes;
    console.log(`  wrote ${join(shown, path)}${rows > 0 ? ` (${rows} rows, ${kb(bytes)})` : ` (${kb(bytes)})`}`);
  }

  const years = [...new Set(info.flatMap((f) => f.years))].sort((a, b) => a - b);
  const compliance = [...new Set(info.filter((f) => f.path.startsWith('kepatuhan/')).flatMap((f) => f.years))].sort((a, b) => a - b);
  console.log(
    `demo data (seed ${seed}): ${files.size} files, ${totalRows} rows, ${kb(totalBytes)} in ${shown}; ` +
      `years ${years[0]}–${years[years.length - 1]} (compliance: ${compliance.join(', ')}). ` +
      'Invented numbers, not official ORI results.',
  );
}

try {
  main();
} catch (error) {
  console.error(`generate-demo-data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
