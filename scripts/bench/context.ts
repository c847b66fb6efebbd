/** What every bench module gets: the repo root, a scratch folder, a logger. */
export interface BenchContext {
  root: string;
  /** Scratch folder for this run (inputs, builds). */
  work: string;
  log: (message: string) => void;
  /** The site built once per run with the shipped data (filled by the build module). */
  distDir?: string;
}

/** Best of `runs` timings in milliseconds. */
export function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}
