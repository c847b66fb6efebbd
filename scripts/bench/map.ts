import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchContext } from './context.ts';

/**
 * Map budgets (bench/budgets.json): the committed national TopoJSON and the
 * national map's inline SVG as gzip sizes, plus the client map script with the
 * chunks it imports. Province SVG and year JSON sizes are reported for reference.
 * Needs the site built by the `build` module (`npm run bench -- build map`).
 */

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
const gzipKB = (data: string | Buffer) => kb(gzipSync(data, { level: 9 }).length);

/** The map's inline `<svg class="zp-map__svg">…</svg>` in a page, or null. */
function mapSvg(html: string): string | null {
  return /<svg class="zp-map__svg"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? null;
}

/** A module script and every chunk it imports statically, as one string. */
function scriptWithImports(distDir: string, src: string, seen = new Set<string>()): string {
  const path = join(distDir, src);
  if (seen.has(path)) return '';
  seen.add(path);
  const code = readFileSync(path, 'utf8');
  let total = code;
  for (const [, spec] of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    const rel = join(dirname(src), spec!);
    total += scriptWithImports(distDir, rel, seen);
  }
  return total;
}

export async function measure(ctx: BenchContext): Promise<Record<string, number>> {
  if (!ctx.distDir) throw new Error('bench map: needs the built site; run `npm run bench -- build map`');
  const distDir = ctx.distDir;
  const home = readFileSync(join(distDir, 'index.html'), 'utf8');
  const svg = mapSvg(home);
  if (!svg) throw new Error('bench map: no <svg class="zp-map__svg"> on the home page');

  const scripts = [...home.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
  const mapScript = scripts.find((src) => /ZoneMap/.test(src));
  if (!mapScript) throw new Error('bench map: the home page loads no ZoneMap script');
  const js = scriptWithImports(distDir, mapScript.replace(/^\/+/, ''));

  let provinceMax = 0;
  for (const slug of readdirSync(join(distDir, 'provinsi'), { withFileTypes: true })) {
    if (!slug.isDirectory()) continue;
    const page = mapSvg(readFileSync(join(distDir, 'provinsi', slug.name, 'index.html'), 'utf8'));
    if (page) provinceMax = Math.max(provinceMax, gzipKB(page));
  }
  const years = readdirSync(join(distDir, 'peta'))
    .filter((f) => /^\d{4}\.json$/.test(f))
    .sort();

  ctx.log(`map: national SVG, ${readdirSync(join(distDir, 'provinsi')).length - 1} province pages, ${mapScript}`);
  return {
    topojsonGzipKB: gzipKB(readFileSync(join(ctx.root, 'data', 'geo', 'indonesia.topo.json'))),
    provinceTopojsonGzipKB: gzipKB(readFileSync(join(ctx.root, 'data', 'geo', 'indonesia-provinsi.topo.json'))),
    nationalMapSvgGzipKB: gzipKB(svg),
    provinceMapSvgMaxGzipKB: provinceMax,
    mapYearJsonGzipKB: years.length > 0 ? gzipKB(readFileSync(join(distDir, 'peta', years.at(-1)!))) : 0,
    mapJsGzipKB: gzipKB(js),
  };
}
