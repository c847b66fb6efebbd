import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CSP, REGION_PAGE, listPages, pageTypes } from '../../tests/e2e/quality/site.ts';
import { serveStatic } from '../../tests/e2e/support/static-server.ts';
import type { BenchContext } from './context.ts';

/**
 * Lighthouse 12 (the last major that runs on Node 20) with the Debian Chromium (CHROMIUM_PATH,
 * default /usr/bin/chromium), mobile form factor and simulated throttling (its defaults), on the
 * home page and a region page: performance and accessibility scores ×100, the best of RUNS runs
 * (ZP_LIGHTHOUSE_RUNS, default 3) — like the bench's timings, since a busy machine only ever makes a
 * run score lower; every run's scores are logged. The site is served the way docs/DEPLOY.md tells hosts to:
 * gzip, long-lived immutable caching for `_astro/`, the Content-Security-Policy.
 */

const run = promisify(execFile);
const RUNS = Math.max(1, Number(process.env.ZP_LIGHTHOUSE_RUNS ?? 3));
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run';

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string; displayValue?: string }>;
  runtimeError?: { message: string };
}

async function lighthouse(ctx: BenchContext, url: string, out: string): Promise<LighthouseReport> {
  const cli = join(ctx.root, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const env = { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' };
  await run(
    process.execPath,
    [cli, url, `--chrome-flags=${CHROME_FLAGS}`, '--only-categories=performance,accessibility', '--output=json', `--output-path=${out}`, '--quiet'],
    { cwd: ctx.root, env, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(readFileSync(out, 'utf8')) as LighthouseReport;
  if (report.runtimeError) throw new Error(`lighthouse ${url}: ${report.runtimeError.message}`);
  return report;
}

export async function measure(ctx: BenchContext): Promise<Record<string, number>> {
  if (ctx.distDir === undefined) {
    ctx.log('lighthouse: no build in this run yet; running the build module first');
    await (await import('./build.ts')).measure(ctx);
  }
  const distDir = ctx.distDir!;
  const types = pageTypes(listPages(distDir));
  const targets: [string, string][] = [['Home', '']];
  const region = types.find((t) => REGION_PAGE.test(t.representative.path));
  if (region) targets.push(['Region', region.representative.path]);
  else ctx.log('lighthouse: no region page /daerah/<code>-<slug>/ in this build; measuring the home page only');

  const server = await serveStatic(distDir, '/', { headers: { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' }, likeAHost: true });
  const results: Record<string, number> = {};
  try {
    for (const [name, path] of targets) {
      const perf: number[] = [];
      const a11y: number[] = [];
      let last: LighthouseReport | undefined;
      for (let i = 0; i < RUNS; i++) {
        ctx.log(`lighthouse: /${path} run ${i + 1} of ${RUNS}`);
        last = await lighthouse(ctx, new URL(path, server.url).href, join(ctx.work, `lighthouse-${name}-${i}.json`));
        perf.push(Math.round((last.categories.performance?.score ?? 0) * 100));
        a11y.push(Math.round((last.categories.accessibility?.score ?? 0) * 100));
      }
      results[`lighthouse${name}Performance`] = Math.max(...perf);
      results[`lighthouse${name}Accessibility`] = Math.max(...a11y);
      ctx.log(`lighthouse: /${path} performance ${perf.join(', ')}; accessibility ${a11y.join(', ')}`);
      // What costs points, to act on without opening the report.
      const weak = Object.entries(last!.audits)
        .filter(([, a]) => a.score !== null && a.score < 0.9 && (a.scoreDisplayMode === 'numeric' || a.scoreDisplayMode === 'binary'))
        .map(([id, a]) => `${id} ${a.displayValue ?? a.score}`);
      if (weak.length > 0) ctx.log(`lighthouse: /${path} weakest audits (last run): ${weak.slice(0, 8).join('; ')}`);
    }
  } finally {
    await server.close();
  }
  return results;
}
