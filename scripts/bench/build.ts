import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchContext } from './context.ts';

/** Full build (ingest + astro build) time, pages per second, and the home page's transfer size. */
export async function measure(ctx: BenchContext): Promise<Record<string, number>> {
  const dataDir = join(ctx.work, 'site-processed');
  const distDir = join(ctx.work, 'dist');
  const env = { ...process.env, ZP_DATA_DIR: dataDir, ZP_OUT_DIR: distDir, ZP_CACHE_DIR: join(ctx.work, 'cache') };
  ctx.log('build: ingest + astro build');
  const start = performance.now();
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--out', dataDir, '--quiet'], { cwd: ctx.root, env, stdio: 'ignore' });
  execFileSync(process.execPath, [join(ctx.root, 'node_modules', 'astro', 'astro.js'), 'build', '--silent'], { cwd: ctx.root, env, stdio: 'ignore' });
  const seconds = (performance.now() - start) / 1000;
  ctx.distDir = distDir;
  const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.html')).length;
  return {
    buildSeconds: Number(seconds.toFixed(1)),
    buildPages: pages,
    buildPagesPerSecond: Number((pages / seconds).toFixed(1)),
    homeHtmlGzipKB: Number((gzipSync(readFileSync(join(distDir, 'index.html'))).length / 1024).toFixed(1)),
  };
}
