import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { BenchContext } from './context.ts';

/**
 * A fresh clone's `npm install` (from the committed lockfile; npm's own download cache is
 * whatever this machine has, as on a contributor's second project), and whether it left
 * package-lock.json as committed.
 */
export async function measure(ctx: BenchContext): Promise<Record<string, number>> {
  const clone = join(ctx.work, 'clone');
  ctx.log('install: git clone + npm install');
  execFileSync('git', ['clone', '--quiet', '--no-local', ctx.root, clone], { stdio: 'ignore' });
  const start = performance.now();
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: clone, stdio: 'ignore' });
  const seconds = (performance.now() - start) / 1000;
  const lockChanged = execFileSync('git', ['status', '--porcelain', 'package-lock.json'], { cwd: clone, encoding: 'utf8' }).trim() !== '';
  return { installSeconds: Number(seconds.toFixed(1)), installLockfileChanged: lockChanged ? 1 : 0 };
}
