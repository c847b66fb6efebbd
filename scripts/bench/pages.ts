import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listPages, pageTypes, tags, type SitePage } from '../../tests/e2e/quality/site.ts';
import type { BenchContext } from './context.ts';

/**
 * Transfer size (gzip) of every page as a first visit loads it: the HTML (with any inline SVG),
 * its stylesheets and what they `url()`, its scripts and every module they import, images,
 * icons and preloads. Per page type the largest page is reported (`transferGzipKB.<type>`), plus
 * the most JavaScript any page loads (`jsGzipKBMaxPerPage`: scripts and their static imports;
 * `jsGzipKBMaxPerPageWithLazy` adds chunks imported on demand, e.g. the search library on first
 * keystroke) and how many pages load Observable Plot, eagerly or lazily (`pagesLoadingPlot`: it
 * renders at build time only; in the browser it alone is 142 KB gzip).
 * Not counted: data scripts fetch on interaction (another year's map data, the search index).
 */

/** Strings that only a bundle containing Observable Plot has. */
const PLOT_SIGNATURES = [/plot-d6a7b5/, /@observablehq\/plot/, /observablehq\.com\/plot/i];

export async function measure(ctx: BenchContext): Promise<Record<string, number>> {
  if (ctx.distDir === undefined) {
    ctx.log('pages: no build in this run yet; running the build module first');
    await (await import('./build.ts')).measure(ctx);
  }
  const distDir = ctx.distDir!;
  const gzipCache = new Map<string, number>();
  const gz = (file: string) => {
    let size = gzipCache.get(file);
    if (size === undefined) gzipCache.set(file, (size = gzipSync(readFileSync(join(distDir, file))).length));
    return size;
  };
  const plotCache = new Map<string, boolean>();
  const hasPlot = (file: string) => {
    let yes = plotCache.get(file);
    if (yes === undefined) {
      const text = readFileSync(join(distDir, file), 'utf8');
      plotCache.set(file, (yes = PLOT_SIGNATURES.some((re) => re.test(text))));
    }
    return yes;
  };

  /** URL in a page or asset → file in dist (same origin only; the bench build has base `/`). */
  const toFile = (ref: string, from: string): string | null => {
    if (/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref)) return null;
    const url = new URL(ref, `http://site/${from}`);
    const path = decodeURIComponent(url.pathname).replace(/^\//, '');
    const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    return existsSync(join(distDir, file)) ? file : null;
  };

  /**
   * A script and the chunks it imports: static imports (`from"./x.js"`, `import"./x.js"`) load with
   * the page; dynamic ones (`import("./x.js")`) only when used, so they go to `lazy`.
   */
  const scriptGraph = (entry: string, into: Set<string>, lazy?: Set<string>) => {
    if (into.has(entry)) return;
    into.add(entry);
    const code = readFileSync(join(distDir, entry), 'utf8');
    for (const m of code.matchAll(/(\bfrom\s*|\bimport\s*)(\(\s*)?["']((?:\.{1,2}\/|\/)[^"']+\.m?js)["']/g)) {
      const file = toFile(m[3]!, entry);
      if (file === null) continue;
      if (m[2] === undefined) scriptGraph(file, into, lazy);
      else if (lazy !== undefined) scriptGraph(file, lazy, lazy);
    }
  };

  const measurePage = (page: SitePage) => {
    const html = readFileSync(join(distDir, page.file), 'utf8');
    const css = new Set<string>();
    const js = new Set<string>();
    const lazy = new Set<string>();
    const other = new Set<string>();
    for (const tag of tags(html)) {
      const rel = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = tag.attrs.get('href');
      const src = tag.attrs.get('src');
      if (tag.name === 'link' && href !== undefined) {
        const file = toFile(href, page.file);
        if (file === null) continue;
        if (rel.includes('stylesheet')) css.add(file);
        else if (rel.includes('modulepreload')) scriptGraph(file, js, lazy);
        else if (rel.includes('preload') || rel.includes('icon')) other.add(file);
      } else if (tag.name === 'script' && src !== undefined) {
        const file = toFile(src, page.file);
        if (file !== null) scriptGraph(file, js, lazy);
      } else if ((tag.name === 'img' || tag.name === 'image' || tag.name === 'source' || tag.name === 'use') && (src ?? href ?? tag.attrs.get('xlink:href'))) {
        const file = toFile((src ?? href ?? tag.attrs.get('xlink:href'))!.split('#')[0]!, page.file);
        if (file !== null && file !== page.file) other.add(file);
      } else if (tag.name === 'object' && tag.attrs.get('data')) {
        const file = toFile(tag.attrs.get('data')!, page.file);
        if (file !== null) other.add(file);
      }
    }
    for (const sheet of css) {
      const text = readFileSync(join(distDir, sheet), 'utf8');
      for (const m of text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)/g)) {
        const file = toFile((m[1] ?? m[2] ?? m[3] ?? '').trim(), sheet);
        if (file !== null) other.add(file);
      }
    }
    const sum = (files: Set<string>) => [...files].reduce((s, f) => s + gz(f), 0);
    const jsBytes = sum(js);
    for (const f of js) lazy.delete(f);
    return { total: gz(page.file) + sum(css) + jsBytes + sum(other), js: jsBytes, lazyJs: sum(lazy), plot: [...js, ...lazy].some(hasPlot) };
  };

  const pages = listPages(distDir);
  const results: Record<string, number> = {};
  let jsMax = 0;
  let jsMaxPage = '';
  let lazyMax = 0;
  let plotPages = 0;
  const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
  for (const type of pageTypes(pages)) {
    let max = 0;
    let maxPage = '';
    for (const page of type.pages) {
      const m = measurePage(page);
      if (m.total > max) [max, maxPage] = [m.total, page.path];
      if (m.js > jsMax) [jsMax, jsMaxPage] = [m.js, page.path];
      lazyMax = Math.max(lazyMax, m.js + m.lazyJs);
      if (m.plot) plotPages++;
    }
    results[`transferGzipKB.${type.name}`] = kb(max);
    ctx.log(`pages: ${type.name} (${type.pages.length} page${type.pages.length === 1 ? '' : 's'}): largest /${maxPage} ${kb(max)} KB gzip`);
  }
  ctx.log(`pages: most JavaScript on one page: /${jsMaxPage} ${kb(jsMax)} KB gzip`);
  results.jsGzipKBMaxPerPage = kb(jsMax);
  results.jsGzipKBMaxPerPageWithLazy = kb(lazyMax);
  results.pagesLoadingPlot = plotPages;
  results.pagesMeasured = pages.length;
  return results;
}
