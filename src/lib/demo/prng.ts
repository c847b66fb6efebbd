import { shuffler } from 'd3-array';
import { randomInt, randomLcg, randomNormal, randomUniform } from 'd3-random';

/**
 * The seeded pseudo-random numbers of the demo data: d3-random's linear congruential
 * generator as the source of its uniform, integer and normal distributions and d3-array's
 * shuffle, plus what d3 has no word for (a weighted pick, a sample, forks). Pure: the same
 * seed always gives the same sequence, and nothing here reads the clock or `Math.random`.
 *
 * `fork(label)` derives an independent stream from the seed and a label, so
 * that changing how one part of the generator draws numbers does not shift the
 * numbers drawn by every other part.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Integer uniform in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** Normal with the given mean and sd (default: standard normal). */
  normal(mean?: number, sd?: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** Index drawn with probability proportional to `weights` (non-negative, not all zero). */
  weightedIndex(weights: readonly number[]): number;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct elements, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** An independent generator derived from this generator's seed and `label`. */
  fork(label: string): Rng;
}

/** 32-bit FNV-1a hash of a string, for deriving seeds from labels. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a seed with a label into a new 32-bit seed. */
function deriveSeed(seed: number, label: string): number {
  let h = hashString(`${seed >>> 0}:${label}`);
  // A final avalanche (murmur3 fmix32) so that similar labels give unrelated seeds.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new Error(`prng: seed must be a finite number, got ${seed}`);
  const base = Math.trunc(seed) >>> 0;
  const next = randomLcg(base);
  const standardNormal = randomNormal.source(next)(0, 1);
  const shuffle = shuffler(next);

  const rng: Rng = {
    next,
    uniform: (min, max) => randomUniform.source(next)(min, max)(),
    int: (min, max) => randomInt.source(next)(min, max + 1)(),
    normal: (mean = 0, sd = 1) => mean + sd * standardNormal(),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('prng: pick from an empty array');
      return items[Math.floor(next() * items.length)]!;
    },
    weightedIndex(weights) {
      let total = 0;
      for (const w of weights) {
        if (!(w >= 0)) throw new Error(`prng: negative or NaN weight ${w}`);
        total += w;
      }
      if (total <= 0) throw new Error('prng: all weights are zero');
      let x = next() * total;
      for (let i = 0; i < weights.length; i++) {
        x -= weights[i]!;
        if (x < 0) return i;
      }
      // Floating-point leftovers: the last index with a positive weight.
      for (let i = weights.length - 1; i >= 0; i--) if (weights[i]! > 0) return i;
      return weights.length - 1;
    },
    shuffle: <T>(items: readonly T[]): T[] => shuffle([...items]),
    sample<T>(items: readonly T[], count: number): T[] {
      if (count > items.length) throw new Error(`prng: cannot sample ${count} of ${items.length}`);
      return rng.shuffle(items).slice(0, count);
    },
    fork: (label) => createRng(deriveSeed(base, label)),
  };
  return rng;
}
