import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { IMAGE_CONCURRENCY, mapLimit } from '../../src/lib/images/batch.ts';
import { renderOgCard } from '../../src/lib/images/og.ts';
import { provinceCardInput, regionCardInput } from '../../src/lib/images/og-input.ts';
import { loadDataset } from '../../src/lib/model/load.ts';
import type { BenchContext } from './context.ts';

/**
 * Share images, the only pictures rendered at build time (chart and map PNGs are drawn in
 * the reader's browser): Open Graph cards (1200×630, one per region and province for both
 * languages) for a sample of regions of the shipped data, without cache, one at a time and
 * IMAGE_CONCURRENCY at a time, then through a warm disk cache. Reports ms per card and the
 * projected seconds of a fresh build. `npm run bench -- og` runs it alone.
 */

const SAMPLE = 50;

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

async function timeEach<T>(items: readonly T[], fn: (item: T) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const start = performance.now();
    await fn(item);
    times.push(performance.now() - start);
  }
  return times;
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

export async function measure(ctx: BenchContext): Promise<Record<string, number>> {
  const dataDir = join(ctx.work, 'site-processed');
  if (!existsSync(join(dataDir, 'manifest.json'))) {
    ctx.log('og: ingesting the shipped data');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--out', dataDir, '--quiet'], { cwd: ctx.root, stdio: 'ignore' });
  }
  const dataset = loadDataset(dataDir);
  const regions = [...dataset.registry.regions].sort((a, b) => (a.code < b.code ? -1 : 1));
  const step = Math.max(1, Math.floor(regions.length / SAMPLE));
  const cards = regions
    .filter((_, i) => i % step === 0)
    .slice(0, SAMPLE)
    .map((r) => regionCardInput(dataset, r.code, 'id')!);

  ctx.log(`og: ${cards.length} share images, no cache`);
  await renderOgCard(cards[0]!); // warm-up: fonts, librsvg and the first sharp pipeline load once per build
  const ogTimes = await timeEach(cards, (c) => renderOgCard(c));
  const provinceTimes = await timeEach(dataset.registry.provinces.slice(0, 5), (p) => renderOgCard(provinceCardInput(dataset, p.code, 'id')!));
  ctx.log(`og: the same cards ${IMAGE_CONCURRENCY} at a time (batch.ts)`);
  const start = performance.now();
  await mapLimit(cards, IMAGE_CONCURRENCY, (c) => renderOgCard(c));
  const ogParallelMs = (performance.now() - start) / cards.length;

  ctx.log('og: the same cards through a warm disk cache');
  const cacheDir = join(ctx.work, 'png-cache-og');
  mkdirSync(cacheDir, { recursive: true });
  for (const c of cards) await renderOgCard(c, { cacheDir });
  const cachedOgTimes = await timeEach(cards, (c) => renderOgCard(c, { cacheDir }));

  const count = regions.length + dataset.registry.provinces.length;
  const ogMs = mean([...ogTimes, ...provinceTimes]);
  ctx.log(`og: ${count} share images per build: ~${round((ogMs * count) / 1000)} s without cache`);
  return {
    ogImageMs: round(ogMs),
    ogImageMsParallel: round(ogParallelMs),
    ogImageCachedMs: round(mean(cachedOgTimes), 2),
    ogImageProjectedSeconds: round((ogMs * count) / 1000),
  };
}
