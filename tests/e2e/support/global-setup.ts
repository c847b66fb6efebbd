import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { E2E_REPO } from './repo.ts';
import { serveStatic } from './static-server.ts';

const root = join(import.meta.dirname, '..', '..', '..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the served site, ending in `/` (the base path). */
    baseUrl: string;
    /** The built site. */
    distDir: string;
    /** The processed data the site was built from. */
    dataDir: string;
  }
}

/**
 * Ingests data/raw and builds the site once, then serves it for the e2e tests.
 * By default into data/processed and dist/ (what `npm run build` makes); with
 * ZP_E2E_WORK=DIR into DIR/processed and DIR/dist, so several runs can share a
 * checkout. ZP_E2E_SKIP_BUILD=1 reuses an existing build when iterating. The build has
 * ZP_REPO set (E2E_REPO), so region pages carry their "Laporkan koreksi" links.
 */
export default async function setup(project: TestProject) {
  const work = process.env.ZP_E2E_WORK ? resolve(process.env.ZP_E2E_WORK) : null;
  const dataDir = work ? join(work, 'processed') : join(root, 'data', 'processed');
  const distDir = work ? join(work, 'dist') : join(root, 'dist');
  if (work) mkdirSync(work, { recursive: true });
  if (process.env.ZP_E2E_SKIP_BUILD !== '1' || !existsSync(join(distDir, 'index.html'))) {
    const env = {
      ...process.env,
      ZP_BASE: '/',
      ZP_DATA_DIR: dataDir,
      ZP_OUT_DIR: distDir,
      // "Laporkan koreksi" links on region pages (src/lib/repo.ts): the e2e build has them.
      ZP_REPO: E2E_REPO,
      ...(work ? { ZP_CACHE_DIR: join(work, 'cache') } : {}),
    };
    const quiet = { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] as ('ignore' | 'inherit')[], env };
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--out', dataDir, '--quiet'], quiet);
    execFileSync(process.execPath, [join(root, 'node_modules', 'astro', 'astro.js'), 'build', '--silent'], quiet);
  }
  const server = await serveStatic(distDir, '/');
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  project.provide('dataDir', dataDir);
  return async () => server.close();
}
