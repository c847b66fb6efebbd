import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchContext } from './context.ts';

/**
 * Full build (ingest + astro build) time and pages per second, twice: with an empty
 * image cache (every PNG download and share image rendered: a fresh clone) and again
 * with the cache it filled (the usual rebuild after a data change); and the home
 * page's transfer size.
 */
export async function measure(ctx: BenchContext): Promise<Record<string, number>> {
  const dataDir = join(ctx.work, 'site-processed');
  const distDir = join(ctx.work, 'dist');
  const pngCache = join(ctx.work, 'png-cache');
  rmSync(pngCache, { recursive: true, force: true });
  const env = { ...process.env, ZP_DATA_DIR: dataDir, ZP_OUT_DIR: distDir, ZP_CACHE_DIR: join(ctx.work, 'cache'), ZP_PNG_CACHE_DIR: pngCache };
  const build = (label: string) => {
    ctx.log(`build: ingest + astro build (${label})`);
    const start = performance.now();
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--out', dataDir, '--quiet'], { cwd: ctx.root, env, stdio: 'ignore' });
    execFileSync(process.execPath, [join(ctx.root, 'node_modules', 'astro', 'astro.js'), 'build', '--silent'], { cwd: ctx.root, env, stdio: 'ignore' });
    return (performance.now() - start) / 1000;
  };
  const cold = build('empty image cache');
  const seconds = build('warm image cache');
  ctx.distDir = distDir;
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' });
  const pages = files.filter((p) => p.endsWith('.html')).length;
  return {
    buildColdSeconds: Number(cold.toFixed(1)),
    buildSeconds: Number(seconds.toFixed(1)),
    buildPages: pages,
    buildPngFiles: files.filter((p) => p.endsWith('.png')).length,
    buildPagesPerSecond: Number((pages / seconds).toFixed(1)),
    homeHtmlGzipKB: Number((gzipSync(readFileSync(join(distDir, 'index.html'))).length / 1024).toFixed(1)),
  };
}
