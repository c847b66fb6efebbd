import { availableParallelism } from 'node:os';

/**
 * Runs image jobs a few at a time. sharp renders each image on one libvips thread
 * here (glibc without jemalloc: sharp.concurrency() is 1), so rendering two images at
 * once on a 2-core machine nearly halves the wall time (measured in
 * scripts/bench/og.ts, `ogImageMsParallel`). Use it to fill the PNG cache in one go
 * before pages read from it, or in an endpoint that writes many images.
 */

/** Parallel image jobs by default: one per core, at most 4 (libuv's default thread pool). */
export const IMAGE_CONCURRENCY = Math.max(1, Math.min(4, availableParallelism()));

/** `fn` over every item, at most `limit` at a time; results in item order. Rejects on the first error. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
