import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';

const root = join(import.meta.dirname, '..', '..', '..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

/**
 * Builds the site once (ingest of data/raw + astro build → dist/) and serves dist/
 * for the e2e tests. ZP_E2E_SKIP_BUILD=1 reuses an existing dist/ when iterating.
 */
export default async function setup(project: TestProject) {
  const dist = join(root, 'dist');
  if (process.env.ZP_E2E_SKIP_BUILD !== '1' || !existsSync(dist)) {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ZP_BASE: '/' } });
  }
  const server = await serveStatic(dist, '/');
  project.provide('baseUrl', server.url);
  project.provide('distDir', dist);
  return async () => server.close();
}
