import { execFileSync } from 'node:child_process';
import type { BenchContext } from './context.ts';

/** `npm test` (unit + e2e on the small site, with its build) from this checkout's warm install. */
export async function measure(ctx: BenchContext): Promise<Record<string, number>> {
  ctx.log('tests: npm test (a few minutes)');
  const start = performance.now();
  execFileSync('npm', ['test', '--silent'], { cwd: ctx.root, stdio: 'ignore', env: { ...process.env, CI: 'true' } });
  return { npmTestSeconds: Number(((performance.now() - start) / 1000).toFixed(1)) };
}
