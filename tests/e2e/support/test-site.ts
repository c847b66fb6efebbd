import { existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { mapLimit } from '../../../src/lib/images/batch.ts';
import { buildSite, ROOT } from '../quality/site.ts';
import { buildExtraSite, type ExtraSite, type ExtraSiteName } from './extra-sites.ts';
import { E2E_REPO } from './repo.ts';
import { serveStatic } from './static-server.ts';

export { ROOT };

/**
 * The provinces of the small site `npm test` builds (ingest --provinces): every page type on
 * real rows — Aceh (the first codes), Lampung (Pesawaran, the running example), DKI Jakarta
 * (kota administrasi), Jawa Tengah and Jawa Timur (long histories, the comparison's and the
 * search's examples), DI Yogyakarta, Kalimantan Tengah and Timur, Papua and Papua Selatan
 * (a province formed in 2022) — 159 of 514 kabupaten/kota, about a quarter of the pages.
 */
export const SMALL_SITE_PROVINCES = ['11', '18', '31', '33', '34', '35', '62', '64', '91', '93'];

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the served site, ending in `/` (the base path). */
    baseUrl: string;
    /** The built site. */
    distDir: string;
    /** The processed data the site was built from. */
    dataDir: string;
    /** The extra sites the setup built (support/extra-sites.ts), or the error that stopped one. */
    extraSites: Record<string, ExtraSite | { error: string }>;
  }
}

/**
 * Ingests data/raw (for `provinces` only, when given) and builds the site once into `work`
 * (`processed/`, `dist/`, `cache/`), then serves it for the tests of a vitest project; builds
 * the `extras` into `work/extra/` meanwhile, two builds at a time. The folder must be inside
 * the checkout (see makeWorkDir in tests/e2e/quality/site.ts: two builds run at once).
 * ZP_E2E_WORK=DIR builds into DIR instead; ZP_E2E_SKIP_BUILD=1 reuses existing builds when
 * iterating. The build has ZP_REPO set (E2E_REPO), so region pages carry "Laporkan koreksi".
 */
export async function setupTestSite(project: TestProject, options: { work: string; provinces: readonly string[] | null; extras?: readonly ExtraSiteName[] }) {
  const work = resolve(process.env.ZP_E2E_WORK ?? options.work);
  // Astro stages a build whose outDir is outside the working directory in <cwd>/.astro/: two at once would collide.
  if (relative(ROOT, work).startsWith('..')) throw new Error(`ZP_E2E_WORK must be a folder inside the checkout (${ROOT}), not ${work}`);
  const dataDir = join(work, 'processed');
  const distDir = join(work, 'dist');
  mkdirSync(work, { recursive: true });
  const main = async () => {
    if (process.env.ZP_E2E_SKIP_BUILD === '1' && existsSync(join(distDir, 'index.html'))) return;
    const { ingestStderr } = await buildSite({
      work,
      env: { ZP_BASE: '/', ZP_REPO: E2E_REPO },
      ingestArgs: ['--quiet'],
      ...(options.provinces ? { provinces: options.provinces } : {}),
    });
    if (ingestStderr.trim() !== '') process.stderr.write(ingestStderr);
  };
  const extraSites: Record<string, ExtraSite | { error: string }> = {};
  const extra = (name: ExtraSiteName) => async () => {
    extraSites[name] = await buildExtraSite(join(work, 'extra'), name);
  };
  // Two builds at a time, in order: a build keeps about one core busy.
  await mapLimit([main, ...(options.extras ?? []).map(extra)], 2, (build) => build());
  const server = await serveStatic(distDir, '/');
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  project.provide('dataDir', dataDir);
  project.provide('extraSites', extraSites);
  return async () => server.close();
}
