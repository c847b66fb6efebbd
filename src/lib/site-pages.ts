/**
 * Every HTML page the build renders, from the same sources Astro's file-based routing uses:
 * the `.astro` files under src/pages and, for a page with parameters, the src/lib/routes.ts
 * function its `getStaticPaths` calls (`export const getStaticPaths = () => regionPaths(siteData().dataset);`),
 * called here with the same dataset. No list is
 * kept by hand: a new page file is in the sitemap by itself, and a page whose static paths do
 * not come from routes.ts fails the build here (tests/e2e/findable.test.ts compares the
 * sitemap with the pages in dist). Read at build time from the working directory, like
 * src/lib/data-package.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Dataset } from './model/load.ts';
import * as routes from './routes.ts';
import { routePaths, type PagePath } from './sitemap.ts';

type PathsFunction = (dataset: Dataset) => ReadonlyArray<{ params: Record<string, string | number | undefined> }>;

/** The name of the routes.ts function a page's `getStaticPaths` calls, or null when it has none. */
export function staticPathsName(source: string, file: string): string | null {
  if (!/\bgetStaticPaths\b/.test(source)) return null;
  const match = /export\s+const\s+getStaticPaths\s*=\s*\(\)\s*=>\s*([A-Za-z_$][\w$]*)\(\s*siteData\(\)\.dataset\s*\)\s*;/.exec(source);
  if (!match) {
    throw new Error(
      `site pages: ${file}: write getStaticPaths as \`export const getStaticPaths = () => <function of src/lib/routes.ts>(siteData().dataset);\``,
    );
  }
  return match[1]!;
}

/** Paths (without the base) of every page under `pagesDir` for the dataset the site shows, sorted. */
export function sitePagePaths(dataset: Dataset, pagesDir: string = resolve(process.cwd(), 'src', 'pages')): PagePath[] {
  const files = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.astro'))
    .sort();
  const paths = files.flatMap((file) => {
    const name = staticPathsName(readFileSync(join(pagesDir, file), 'utf8'), file);
    if (name === null) return routePaths(file, null);
    const fn = (routes as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`site pages: ${file}: getStaticPaths = ${name}, which is not a function of src/lib/routes.ts`);
    return routePaths(
      file,
      (fn as PathsFunction)(dataset).map((p) => p.params),
    );
  });
  return [...new Set(paths)].sort();
}
