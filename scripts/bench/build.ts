import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchContext } from './context.ts';

/**
 * `npm run build` (ingest + astro build) of the shipped data, twice: with empty Astro and
 * share-image caches (a fresh clone's first build) and again with the caches it filled (the
 * usual rebuild after a data change); the size of dist/ (what a host stores: GitHub Pages
 * allows 1 GB) and its number of files; the home page's gzip size.
 */
export async function measure(ctx: BenchContext): Promise<Record<string, number>> {
  const dataDir = join(ctx.work, 'site-processed');
  const distDir = join(ctx.work, 'dist');
  const pngCache = join(ctx.work, 'png-cache');
  const astroCache = join(ctx.work, 'cache');
  rmSync(pngCache, { recursive: true, force: true });
  rmSync(astroCache, { recursive: true, force: true });
  const env = { ...process.env, ZP_DATA_DIR: dataDir, ZP_OUT_DIR: distDir, ZP_CACHE_DIR: astroCache, ZP_PNG_CACHE_DIR: pngCache };
  const build = (label: string) => {
    ctx.log(`build: ingest + astro build (${label})`);
    const start = performance.now();
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--out', dataDir, '--quiet'], { cwd: ctx.root, env, stdio: 'ignore' });
    execFileSync(process.execPath, [join(ctx.root, 'node_modules', 'astro', 'astro.js'), 'build', '--silent'], { cwd: ctx.root, env, stdio: 'ignore' });
    return (performance.now() - start) / 1000;
  };
  const cold = build('empty caches: a fresh clone');
  const seconds = build('warm caches');
  ctx.distDir = distDir;
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(distDir, f)).isFile());
  const bytes = files.reduce((sum, f) => sum + statSync(join(distDir, f)).size, 0);
  const pages = files.filter((p) => p.endsWith('.html')).length;
  return {
    buildColdSeconds: Number(cold.toFixed(1)),
    buildSeconds: Number(seconds.toFixed(1)),
    buildPages: pages,
    buildPagesPerSecond: Number((pages / seconds).toFixed(1)),
    distMB: Number((bytes / 1024 / 1024).toFixed(1)),
    distFiles: files.length,
    distPngFiles: files.filter((p) => p.endsWith('.png')).length,
    homeHtmlGzipKB: Number((gzipSync(readFileSync(join(distDir, 'index.html'))).length / 1024).toFixed(1)),
  };
}
