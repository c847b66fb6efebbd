import { bandsFor } from './bands.ts';
import { byCode, LEVELS, type Gov, type Level } from './governments.ts';
import type { Rng } from './prng.ts';

/**
 * The demo's compliance scores: which governments were assessed each year (rotating
 * samples up to 2019, near census from 2021), their scores in hundredths shaped after
 * published zone counts, and the 2022+ dimension points.
 */

export const COMPLIANCE_YEARS: readonly number[] = [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024];

/**
 * How many governments were assessed per year. Up to 2019 a rotating sample; from
 * 2021 (near) census: every kab/kota, minus `kabupatenLeftOut` kabupaten, and every
 * provincial government except the new Papua provinces.
 */
type Coverage = { kind: 'sample'; kabupaten: number; kota: number; provinsi: number } | { kind: 'census'; kabupatenLeftOut: number };

export const COVERAGE: Readonly<Record<number, Coverage>> = {
  2015: { kind: 'sample', kabupaten: 64, kota: 52, provinsi: 33 },
  2016: { kind: 'sample', kabupaten: 80, kota: 50, provinsi: 30 },
  2017: { kind: 'sample', kabupaten: 107, kota: 40, provinsi: 31 },
  2018: { kind: 'sample', kabupaten: 199, kota: 49, provinsi: 16 },
  2019: { kind: 'sample', kabupaten: 215, kota: 36, provinsi: 6 },
  2021: { kind: 'census', kabupatenLeftOut: 0 },
  2022: { kind: 'census', kabupatenLeftOut: 1 },
  2023: { kind: 'census', kabupatenLeftOut: 1 },
  2024: { kind: 'census', kabupatenLeftOut: 0 },
};

/**
 * Target share of each band per year and level (bottom band first; weights, not
 * necessarily summing to 1). Shaped after published counts (e.g. 2018 kabupaten
 * 48 merah / 88 kuning / 63 hijau, 2021 kabupaten 87/226/103), then jittered.
 */
const TARGETS: Readonly<Record<number, Record<Level, number[]>>> = {
  2015: { kabupaten: [55, 35, 10], kota: [35, 45, 20], provinsi: [40, 45, 15] },
  2016: { kabupaten: [48, 40, 12], kota: [30, 45, 25], provinsi: [30, 50, 20] },
  2017: { kabupaten: [40, 42, 18], kota: [25, 45, 30], provinsi: [20, 50, 30] },
  2018: { kabupaten: [48, 88, 63], kota: [8, 22, 19], provinsi: [15, 45, 40] },
  2019: { kabupaten: [40, 95, 80], kota: [3, 15, 18], provinsi: [10, 40, 50] },
  2021: { kabupaten: [87, 226, 103], kota: [3, 61, 34], provinsi: [10, 50, 40] },
  2022: { kabupaten: [15, 44, 186, 108, 62], kota: [1, 3, 28, 34, 32], provinsi: [2, 8, 40, 30, 20] },
  2023: { kabupaten: [7, 18, 105, 150, 135], kota: [0, 1, 15, 30, 52], provinsi: [0, 5, 25, 35, 35] },
  2024: { kabupaten: [6, 12, 53, 116, 229], kota: [1, 1, 9, 23, 64], provinsi: [0, 3, 12, 30, 55] },
};

/** Lowest and highest score (hundredths) per year. */
const SCORE_RANGE: Readonly<Record<number, [number, number]>> = {
  2015: [420, 9560],
  2016: [610, 9720],
  2017: [830, 9810],
  2018: [1040, 9880],
  2019: [1390, 9930],
  2021: [1780, 9950],
  2022: [1520, 9920],
  2023: [1960, 9960],
  2024: [2210, 9980],
};

/**
 * Kabupaten Pesawaran was in the red zone in 2017 and green in 2018 (a real story);
 * the demo puts its latent quality at these quantiles of its year's kabupaten.
 */
const STORIES: readonly { code: string; year: number; quantile: number }[] = [
  { code: '18.09', year: 2017, quantile: 0.12 },
  { code: '18.09', year: 2018, quantile: 0.86 },
];

/** Dimension maxima (hundredths) of the 2022+ assessment: 21.85/32.37/24.24/21.54 %. */
export const DIMENSIONS: readonly { name: string; max: number }[] = [
  { name: 'Input', max: 2185 },
  { name: 'Proses', max: 3237 },
  { name: 'Output', max: 2424 },
  { name: 'Pengaduan', max: 2154 },
];

export interface Assessment {
  gov: Gov;
  year: number;
  cents: number;
}

/** Splits `n` into counts proportional to `weights` (largest remainder; ties to the lower index). */
function apportion(n: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total > 0 ? (n * w) / total : 0));
  const counts = exact.map((x) => Math.floor(x));
  let left = n - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k]!.i]!++;
  return counts;
}

/** Band counts for `n` governments: the target shares, shifted a little across each boundary. */
function bandCounts(rng: Rng, n: number, weights: readonly number[]): number[] {
  const counts = apportion(n, weights);
  const spread = Math.max(1, Math.round(n * 0.012));
  for (let b = 0; b + 1 < counts.length; b++) {
    const shift = rng.int(-spread, spread);
    // Positive: move governments from band b+1 down to b; negative: up.
    const move = shift > 0 ? Math.min(shift, counts[b + 1]!) : -Math.min(-shift, counts[b]!);
    counts[b]! += move;
    counts[b + 1]! -= move;
  }
  return counts;
}

/** `count` scores (hundredths) inside a band, ascending; bottom/top bands lean towards the middle. */
function bandScores(rng: Rng, count: number, lo: number, hi: number, shape: 'bottom' | 'middle' | 'top', topInclusive: boolean): number[] {
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    const u = rng.next();
    const v = shape === 'bottom' ? hi - (hi - lo) * u ** 1.8 : shape === 'top' ? lo + (hi - lo) * u ** 1.6 : lo + (hi - lo) * u;
    const cents = Math.floor(v);
    values.push(Math.max(lo, Math.min(topInclusive ? hi : hi - 1, cents)));
  }
  return values.sort((a, b) => a - b);
}

/**
 * Weighted sampling without replacement (Efraimidis–Spirakis): governments assessed
 * the year before are less likely to be picked again, so the sample rotates.
 */
function rotatingSample(rng: Rng, govs: readonly Gov[], count: number, previous: ReadonlySet<string>, forced: readonly string[]): Gov[] {
  const chosen = govs.filter((g) => forced.includes(g.code));
  const keyed = govs
    .filter((g) => !forced.includes(g.code))
    .map((g) => ({ g, key: rng.next() ** (1 / (previous.has(g.code) ? 0.55 : 1)) }))
    .sort((a, b) => b.key - a.key || byCode(a.g, b.g));
  for (const { g } of keyed) {
    if (chosen.length >= count) break;
    chosen.push(g);
  }
  return chosen.slice(0, count).sort(byCode);
}

export function generateAssessments(rng: Rng, govs: readonly Gov[]): Assessment[] {
  // Latent quality per government: a level, a trend (most improve, some fall back), yearly noise.
  const latentRng = rng.fork('latent');
  const latent = new Map<string, { q: number; trend: number }>();
  for (const g of govs) latent.set(g.code, { q: latentRng.normal(), trend: latentRng.normal(0.1, 0.55) });

  const byLevel = new Map<Level, Gov[]>(LEVELS.map((l) => [l, govs.filter((g) => g.level === l)]));
  const out: Assessment[] = [];
  const previous = new Map<Level, Set<string>>(LEVELS.map((l) => [l, new Set<string>()]));

  for (const year of COMPLIANCE_YEARS) {
    const coverage = COVERAGE[year]!;
    const yearRng = rng.fork(`kepatuhan:${year}`);
    const noiseRng = rng.fork(`noise:${year}`);
    const noise = new Map<string, number>();
    for (const g of govs) noise.set(g.code, noiseRng.normal());
    const t = (year - 2019.5) / 4.5;

    for (const level of LEVELS) {
      const pool = byLevel.get(level)!;
      let assessed: Gov[];
      if (coverage.kind === 'sample') {
        const forced = STORIES.filter((s) => s.year === year).map((s) => s.code);
        const want = Math.min(pool.length, coverage[level]);
        assessed = rotatingSample(yearRng.fork(`sample:${level}`), pool, want, previous.get(level)!, forced);
      } else {
        const leaveOut = level === 'kabupaten' ? Math.min(coverage.kabupatenLeftOut, pool.length) : 0;
        const left = new Set(
          yearRng
            .fork(`leave-out:${level}`)
            .sample(pool, leaveOut)
            .map((g) => g.code),
        );
        assessed = pool.filter((g) => !left.has(g.code));
      }
      previous.set(level, new Set(assessed.map((g) => g.code)));
      if (assessed.length === 0) continue;

      const z = new Map<string, number>();
      for (const g of assessed) {
        const { q, trend } = latent.get(g.code)!;
        z.set(g.code, q + trend * t + 0.45 * noise.get(g.code)!);
      }
      for (const story of STORIES) {
        if (story.year !== year || !z.has(story.code) || assessed.length < 2) continue;
        const others = assessed
          .filter((g) => g.code !== story.code)
          .map((g) => z.get(g.code)!)
          .sort((a, b) => a - b);
        z.set(story.code, others[Math.floor(story.quantile * (others.length - 1))]! + 1e-9);
      }

      const bands = bandsFor(year);
      const counts = bandCounts(yearRng.fork(`bands:${level}`), assessed.length, TARGETS[year]![level]);
      const [minScore, maxScore] = SCORE_RANGE[year]!;
      const scoreRng = yearRng.fork(`scores:${level}`);
      const scores: number[] = [];
      bands.forEach((band, b) => {
        const bottom = b === 0;
        const top = b === bands.length - 1;
        const lo = bottom ? minScore : band.lo;
        const hi = top ? maxScore : band.hi;
        scores.push(...bandScores(scoreRng, counts[b]!, lo, hi, bottom ? 'bottom' : top ? 'top' : 'middle', top));
      });
      const ranked = [...assessed].sort((a, b) => z.get(a.code)! - z.get(b.code)! || byCode(a, b));
      ranked.forEach((gov, i) => out.push({ gov, year, cents: scores[i]! }));
    }
  }
  return out.sort((a, b) => a.year - b.year || byCode(a.gov, b.gov));
}

/** Splits `cents` into the four dimension points, each within its maximum, summing exactly. */
export function dimensionPoints(rng: Rng, cents: number): number[] {
  const f = cents / 10000;
  const points = DIMENSIONS.map((d) => Math.round(d.max * Math.min(1, Math.max(0, f + rng.normal(0, 0.07)))));
  let diff = cents - points.reduce((a, b) => a + b, 0);
  const order = rng.shuffle(DIMENSIONS.map((_, i) => i));
  while (diff !== 0) {
    for (const i of order) {
      if (diff === 0) break;
      const room = diff > 0 ? DIMENSIONS[i]!.max - points[i]! : points[i]!;
      const step = Math.sign(diff) * Math.min(Math.abs(diff), room);
      points[i]! += step;
      diff -= step;
    }
  }
  return points;
}
