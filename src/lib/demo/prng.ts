/**
 * A small seeded pseudo-random number generator for the demo data (mulberry32)
 * and a few helpers. Pure: the same seed always gives the same sequence, and
 * nothing here reads the clock or `Math.random`.
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
  /** Standard normal (mean 0, sd 1) via Box-Muller; or with the given mean and sd. */
  normal(mean?: number, sd?: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** Index drawn with probability proportional to `weights` (non-negative, not all zero). */
  weightedIndex(weights: readonly number[]): number;
  /** A shuffled copy (Fisher–Yates). */
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

/** The mulberry32 step function: returns a function yielding uniforms in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
  const next = mulberry32(base);
  let spare: number | null = null;

  const rng: Rng = {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    normal(mean = 0, sd = 1) {
      if (spare !== null) {
        const z = spare;
        spare = null;
        return mean + sd * z;
      }
      // 1 - u is in (0, 1], so the logarithm is finite.
      const u1 = 1 - next();
      const u2 = next();
      const r = Math.sqrt(-2 * Math.log(u1));
      const theta = 2 * Math.PI * u2;
      spare = r * Math.sin(theta);
      return mean + sd * r * Math.cos(theta);
    },
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
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = out[i]!;
        out[i] = out[j]!;
        out[j] = tmp;
      }
      return out;
    },
    sample<T>(items: readonly T[], count: number): T[] {
      if (count > items.length) throw new Error(`prng: cannot sample ${count} of ${items.length}`);
      return rng.shuffle(items).slice(0, count);
    },
    fork: (label) => createRng(deriveSeed(base, label)),
  };
  return rng;
}
