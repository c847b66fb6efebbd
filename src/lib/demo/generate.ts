import { COMPLAINT_DIMENSIONS } from '../types.ts';
import { ascending } from 'd3-array';
import type { Province, Region, RegionKind } from '../types.ts';
import { createRng, type Rng } from './prng.ts';

/**
 * Seeded, deterministic demo data: raw CSV exports in the real input formats
 * (see data/README.md), so that the shipped demo goes through the real parser.
 * Every number here is invented. The `DEMO` marker file makes ingest flag the
 * dataset as demo.
 *
 * Pure: no I/O, no clock, no `Math.random`. The same registry and seed always
 * give the same bytes (the unit tests check the committed `data/raw` files).
 */

export const DEFAULT_DEMO_SEED = 20240101;

/** Paths (relative to the raw folder) of everything the generator writes. */
export const DEMO_PATHS = {
  marker: 'DEMO',
  sample: 'kepatuhan/contoh_2015-2019.csv',
  census2021: 'kepatuhan/kepatuhan_2021.csv',
  opini: 'kepatuhan/opini_2022-2024.csv',
  complaints: 'pengaduan/laporan_2015-2024.csv',
  breakdowns: 'pengaduan/rincian_2021-2024.csv',
} as const;

export const COMPLIANCE_YEARS: readonly number[] = [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024];
export const COMPLAINT_YEARS: readonly number[] = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
export const BREAKDOWN_YEARS: readonly number[] = [2021, 2022, 2023, 2024];

/** Provinces created in 2022 from Papua/Papua Barat: not assessed as provincial governments. */
export const NEW_PAPUA_PROVINCES: readonly string[] = ['93', '94', '95', '96'];

type Level = RegionKind | 'provinsi';
const LEVELS: readonly Level[] = ['kabupaten', 'kota', 'provinsi'];

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

interface Band {
  /** Lowest score in hundredths (inclusive). */
  lo: number;
  /** Highest score in hundredths (exclusive), except for the top band. */
  hi: number;
  label: string;
}

/** Three zones up to 2021 (merah < 51, kuning < 81, hijau ≥ 81), bottom to top. */
const THREE_ZONES: readonly Band[] = [
  { lo: 0, hi: 5100, label: 'Merah' },
  { lo: 5100, hi: 8100, label: 'Kuning' },
  { lo: 8100, hi: 10000, label: 'Hijau' },
];
/** Five categories from 2022 (E < 32 ≤ D < 54 ≤ C < 78 ≤ B < 88 ≤ A), bottom to top. */
const FIVE_CATEGORIES: readonly Band[] = [
  { lo: 0, hi: 3200, label: 'E' },
  { lo: 3200, hi: 5400, label: 'D' },
  { lo: 5400, hi: 7800, label: 'C' },
  { lo: 7800, hi: 8800, label: 'B' },
  { lo: 8800, hi: 10000, label: 'A' },
];

export function bandsFor(year: number): readonly Band[] {
  return year >= 2022 ? FIVE_CATEGORIES : THREE_ZONES;
}

/** The band label (`Merah`/`Kuning`/`Hijau` or `A`–`E`) of a score in hundredths. */
export function bandOf(year: number, cents: number): string {
  const bands = bandsFor(year);
  for (let i = bands.length - 1; i >= 0; i--) if (cents >= bands[i]!.lo) return bands[i]!.label;
  return bands[0]!.label;
}

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

/** Rough shares of complaint categories (nationwide) used as multinomial weights. */
export const BREAKDOWN_CATEGORIES: Readonly<Record<'substansi' | 'maladministrasi' | 'terlapor', readonly [string, number][]>> = {
  substansi: [
    ['Agraria', 17],
    ['Kepegawaian', 10],
    ['Pendidikan', 9],
    ['Perhubungan', 4],
    ['Hak Sipil dan Politik', 3],
    ['Administrasi Kependudukan', 8],
    ['Kepolisian', 9],
    ['Pedesaan', 7],
    ['Kesejahteraan Sosial', 7],
    ['Kesehatan', 5],
    ['Perizinan', 5],
    ['Ketenagakerjaan', 4],
    ['Lingkungan Hidup', 3],
    ['Pemerintahan Dalam Negeri', 8],
  ],
  maladministrasi: [
    ['Penundaan Berlarut', 33],
    ['Tidak Memberikan Pelayanan', 20],
    ['Penyimpangan Prosedur', 25],
    ['Penyalahgunaan Wewenang', 6],
    ['Tidak Kompeten', 6],
    ['Permintaan Imbalan Uang, Barang dan/atau Jasa', 4],
    ['Tidak Patut', 3],
    ['Diskriminasi', 1.2],
    ['Berpihak', 1],
    ['Konflik Kepentingan', 0.8],
  ],
  terlapor: [
    ['Pemerintah Daerah', 45],
    ['Kepolisian', 12],
    ['Badan Pertanahan Nasional', 12],
    ['BUMN/BUMD', 8],
    ['Lembaga Pendidikan Negeri', 6],
    ['Rumah Sakit Pemerintah', 3],
    ['Instansi Pemerintah/Kementerian', 8],
    ['Lain-lain', 6],
  ],
};
const BREAKDOWN_DIMENSIONS = COMPLAINT_DIMENSIONS;

/** Complaint volume per year relative to a typical year (log scale). */
const COMPLAINT_YEAR_EFFECT: Readonly<Record<number, number>> = {
  2015: -0.25,
  2016: 0.0,
  2017: 0.05,
  2018: -0.02,
  2019: -0.05,
  2020: -0.18,
  2021: -0.12,
  2022: 0.02,
  2023: 0.08,
  2024: 0.15,
};

/** Notes put on a handful of rows of the 2022–2024 file (commas, quotes, line breaks). */
const NOTES: readonly string[] = [
  'Penilaian ulang, lihat\nkeputusan 2023',
  'Nilai "sementara", menunggu verifikasi lapangan',
  'Skor setelah klarifikasi, kategori tidak berubah',
  'Lokus: Dinas Kesehatan, Dinas Pendidikan;\nDPMPTSP',
  'Tidak menyerahkan dokumen, dinilai dari observasi',
  'Data demo: angka rekaan, bukan hasil resmi',
];

export interface DemoRegistry {
  provinces: Province[];
  regions: Region[];
}

export interface DemoFileInfo {
  path: string;
  /** Data records (not lines: a quoted field may span lines), header excluded; 0 for the marker. */
  rows: number;
  /** `null` for the plain-text marker. */
  delimiter: ',' | ';' | '\t' | null;
  years: number[];
}

export interface DemoDataset {
  files: Map<string, string>;
  info: DemoFileInfo[];
}

/** Relative path → exact file content. */
export function generateDemoData(registry: DemoRegistry, seed: number): Map<string, string> {
  return generateDemoDataset(registry, seed).files;
}

// ---------------------------------------------------------------------------
// Compliance

interface Gov {
  code: string;
  level: Level;
  provinceCode: string;
  region: Region | null;
  province: Province;
}

interface Assessment {
  gov: Gov;
  year: number;
  cents: number;
}

function byCode(a: { code: string }, b: { code: string }): number {
  return ascending(a.code, b.code);
}

function governments(registry: DemoRegistry): Gov[] {
  const provinces = new Map(registry.provinces.map((p) => [p.code, p]));
  const out: Gov[] = [];
  for (const p of registry.provinces) {
    if (NEW_PAPUA_PROVINCES.includes(p.code)) continue;
    out.push({ code: p.code, level: 'provinsi', provinceCode: p.code, region: null, province: p });
  }
  for (const r of registry.regions) {
    const province = provinces.get(r.provinceCode);
    if (province === undefined) throw new Error(`demo: region ${r.code} has unknown province ${r.provinceCode}`);
    out.push({ code: r.code, level: r.kind, provinceCode: r.provinceCode, region: r, province });
  }
  return out.sort(byCode);
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

function generateAssessments(rng: Rng, govs: readonly Gov[]): Assessment[] {
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

// ---------------------------------------------------------------------------
// Formatting

/** Hundredths as `45.67`, or `45,67` with a decimal comma. */
export function formatCents(cents: number, decimal: '.' | ',' = '.'): string {
  const whole = Math.floor(cents / 100);
  const frac = String(cents % 100).padStart(2, '0');
  return `${whole}${decimal}${frac}`;
}

/** A count with dot thousands separators: 1234 → `1.234`. */
export function formatThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Quotes a field when it holds the delimiter, a quote or a line break, or when `alsoQuote` says so. */
function csvField(value: string, delimiter: string, alsoQuote: (value: string) => boolean): string {
  const needs = value.includes(delimiter) || /["\r\n]/.test(value) || alsoQuote(value);
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

function csv(rows: readonly (readonly string[])[], delimiter: string, alsoQuote: (value: string) => boolean = () => false): string {
  return rows.map((r) => r.map((v) => csvField(v, delimiter, alsoQuote)).join(delimiter)).join('\n') + '\n';
}

const ZONE_STYLES: readonly ((zone: string) => string)[] = [
  (z) => `Zona ${z}`,
  (z) => `zona ${z.toLowerCase()}`,
  (z) => z,
  (z) => z.toUpperCase(),
  (z) => z.toLowerCase(),
  (z) => `ZONA ${z.toUpperCase()}`,
];

const CATEGORY_WORDS: Readonly<Record<string, string>> = {
  A: 'Tertinggi',
  B: 'Tinggi',
  C: 'Sedang',
  D: 'Rendah',
  E: 'Terendah',
};
const CATEGORY_STYLES: readonly ((letter: string) => string)[] = [
  (c) => c,
  (c) => `Kategori ${c}`,
  (c) => `Kualitas ${CATEGORY_WORDS[c]!}`,
  (c) => `Opini Kualitas ${CATEGORY_WORDS[c]!}`,
];

/** A name as written in a 2021-style export; always with a kabupaten/kota/provinsi prefix. */
function displayName(rng: Rng, gov: Gov): string {
  if (gov.region === null) {
    return rng.chance(0.5) ? `Pemerintah Provinsi ${gov.province.name}` : `Pemprov ${gov.province.name}`;
  }
  const r = gov.region;
  // DKI's administrative kabupaten/kota are written as in the registry.
  if (/^(Kabupaten|Kota) Administrasi /.test(r.name)) return r.name;
  const styles =
    r.kind === 'kabupaten'
      ? [`Kabupaten ${r.shortName}`, `Kab. ${r.shortName}`, `KABUPATEN ${r.shortName.toUpperCase()}`, `Pemkab ${r.shortName}`]
      : [`Kota ${r.shortName}`, `Pemkot ${r.shortName}`, `KOTA ${r.shortName.toUpperCase()}`];
  return rng.pick(styles);
}

/** Splits `cents` into the four dimension points, each within its maximum, summing exactly. */
function dimensionPoints(rng: Rng, cents: number): number[] {
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

// ---------------------------------------------------------------------------
// Complaints

interface ComplaintRow {
  region: Region;
  year: number;
  received: number;
  resolved: number;
}

interface BreakdownRow {
  region: Region;
  year: number;
  dimension: (typeof BREAKDOWN_DIMENSIONS)[number];
  category: string;
  received: number;
  resolved: number;
}

function generateComplaints(rng: Rng, registry: DemoRegistry): ComplaintRow[] {
  // Provincial capitals, simply: the first kota of each province by code.
  const capitals = new Set<string>();
  for (const r of [...registry.regions].sort(byCode)) {
    if (r.kind === 'kota' && ![...capitals].some((c) => c.startsWith(`${r.provinceCode}.`))) capitals.add(r.code);
  }
  const sizeRng = rng.fork('size');
  const size = new Map<string, number>();
  for (const r of [...registry.regions].sort(byCode)) {
    const s = sizeRng.normal();
    size.set(r.code, capitals.has(r.code) ? Math.abs(s) + 1.1 : s);
  }
  const out: ComplaintRow[] = [];
  for (const year of COMPLAINT_YEARS) {
    const yearRng = rng.fork(`pengaduan:${year}`);
    for (const r of [...registry.regions].sort(byCode)) {
      const median = r.kind === 'kota' ? 11 : 8;
      const capital = capitals.has(r.code);
      const lambda = Math.exp(Math.log(median) + 0.85 * size.get(r.code)! + COMPLAINT_YEAR_EFFECT[year]! + yearRng.normal(0, 0.25)) * (capital ? 4 : 1);
      let received = Math.max(0, Math.round(lambda + Math.sqrt(lambda) * yearRng.normal()));
      if (!capital) received = Math.min(received, 400);
      const rate = Math.min(0.97, Math.max(0.55, yearRng.normal(0.79, 0.08)));
      const resolved = Math.floor(received * rate);
      out.push({ region: r, year, received, resolved });
    }
  }
  return out.sort((a, b) => a.year - b.year || byCode(a.region, b.region));
}

/** Splits `resolved` over categories roughly in proportion to their counts, never above a count. */
function splitResolved(rng: Rng, counts: readonly number[], resolved: number): number[] {
  const weights = counts.map((n) => n * Math.exp(rng.normal(0, 0.2)));
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w, i) => Math.min(counts[i]!, total > 0 ? (resolved * w) / total : 0));
  const out = exact.map((x) => Math.floor(x));
  let left = resolved - out.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i)
    .map((o) => o.i);
  while (left > 0) {
    for (const i of order) {
      if (left === 0) break;
      if (out[i]! < counts[i]!) {
        out[i]!++;
        left--;
      }
    }
  }
  return out;
}

function generateBreakdowns(rng: Rng, complaints: readonly ComplaintRow[]): BreakdownRow[] {
  const out: BreakdownRow[] = [];
  for (const c of complaints) {
    if (!BREAKDOWN_YEARS.includes(c.year) || c.received === 0) continue;
    const rowRng = rng.fork(`rincian:${c.year}:${c.region.code}`);
    for (const dimension of BREAKDOWN_DIMENSIONS) {
      const categories = BREAKDOWN_CATEGORIES[dimension];
      // Each region has its own mix around the national shares.
      const weights = categories.map(([, w]) => w * Math.exp(rowRng.normal(0, 0.4)));
      const counts = categories.map(() => 0);
      for (let k = 0; k < c.received; k++) counts[rowRng.weightedIndex(weights)]!++;
      const resolved = splitResolved(rowRng, counts, c.resolved);
      categories.forEach(([category], i) => {
        if (counts[i]! > 0) {
          out.push({ region: c.region, year: c.year, dimension, category, received: counts[i]!, resolved: resolved[i]! });
        }
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------

function markerText(seed: number): string {
  return [
    'DATA DEMO - BUKAN HASIL RESMI OMBUDSMAN RI',
    `Berkas CSV di folder ini dibuat oleh scripts/generate-demo-data.ts dengan seed ${seed}.`,
    'Semua nilai kepatuhan dan angka laporan masyarakat di sini rekaan (acak, deterministik),',
    'bukan hasil penilaian atau statistik resmi Ombudsman Republik Indonesia, dan tidak boleh dikutip.',
    '',
    'DEMO DATA - NOT OFFICIAL OMBUDSMAN RI RESULTS',
    `The CSV files in this folder were generated by scripts/generate-demo-data.ts with seed ${seed}.`,
    'All compliance scores and complaint counts here are invented (random, deterministic);',
    'they are not official Ombudsman Republik Indonesia results or statistics and must not be cited.',
    '',
    'Untuk memakai data asli: hapus berkas DEMO ini dan CSV demo, lalu letakkan ekspor asli di sini.',
    'To use real data: delete this DEMO file and the demo CSVs, then put real exports here.',
    '',
  ].join('\n');
}

export function generateDemoDataset(registry: DemoRegistry, seed: number): DemoDataset {
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`demo: seed must be an integer from 0 to 4294967295, got ${seed}`);
  }
  const rng = createRng(seed);
  const govs = governments(registry);
  const assessments = generateAssessments(rng.fork('kepatuhan'), govs);
  const files = new Map<string, string>();
  const info: DemoFileInfo[] = [];
  const yearsOf = (rows: readonly { year: number }[]) => [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);

  files.set(DEMO_PATHS.marker, markerText(seed));
  info.push({ path: DEMO_PATHS.marker, rows: 0, delimiter: null, years: [] });

  // 1. 2015–2019: comma, dot decimals, English headers, codes, zone in mixed styles.
  {
    const styleRng = rng.fork('style:sample');
    const rows = assessments.filter((a) => a.year <= 2019);
    const lines = [['code', 'year', 'score', 'zone']];
    for (const a of rows) {
      lines.push([a.gov.code, String(a.year), formatCents(a.cents), styleRng.pick(ZONE_STYLES)(bandOf(a.year, a.cents))]);
    }
    files.set(DEMO_PATHS.sample, csv(lines, ','));
    info.push({ path: DEMO_PATHS.sample, rows: rows.length, delimiter: ',', years: yearsOf(rows) });
  }

  // 2. 2021: semicolon, BOM, decimal comma, Indonesian headers, names, no year column.
  {
    const styleRng = rng.fork('style:2021');
    const rows = assessments.filter((a) => a.year === 2021);
    const lines = [['No', 'Nama Daerah', 'Provinsi', 'Nilai', 'Zona']];
    rows.forEach((a, i) => {
      const name = displayName(styleRng, a.gov);
      const province = styleRng.chance(0.2) ? a.gov.province.name.toUpperCase() : a.gov.province.name;
      lines.push([String(i + 1), name, province, formatCents(a.cents, ','), bandOf(a.year, a.cents)]);
    });
    files.set(DEMO_PATHS.census2021, `\uFEFF${csv(lines, ';')}`);
    info.push({ path: DEMO_PATHS.census2021, rows: rows.length, delimiter: ';', years: yearsOf(rows) });
  }

  // 3. 2022–2024: tab, dot decimals, category words, dimension points, a few notes.
  {
    const styleRng = rng.fork('style:opini');
    const pointsRng = rng.fork('points');
    const rows = assessments.filter((a) => a.year >= 2022);
    const noteRows = new Map<number, string>();
    const noteRng = rng.fork('notes');
    noteRng
      .sample(
        rows.map((_, i) => i),
        Math.min(NOTES.length, rows.length),
      )
      .forEach((rowIndex, k) => noteRows.set(rowIndex, NOTES[k]!));
    const lines = [['Kode Wilayah', 'Tahun', 'Skor', 'Kategori', ...DIMENSIONS.map((d) => d.name), 'Catatan']];
    rows.forEach((a, i) => {
      const points = dimensionPoints(pointsRng, a.cents);
      lines.push([
        a.gov.code,
        String(a.year),
        formatCents(a.cents),
        styleRng.pick(CATEGORY_STYLES)(bandOf(a.year, a.cents)),
        ...points.map((p) => formatCents(p)),
        noteRows.get(i) ?? '',
      ]);
    });
    files.set(DEMO_PATHS.opini, csv(lines, '\t'));
    info.push({ path: DEMO_PATHS.opini, rows: rows.length, delimiter: '\t', years: yearsOf(rows) });
  }

  // 4. Complaint totals 2015–2024: comma, counts ≥ 1000 as quoted `"1.234"`.
  const complaints = generateComplaints(rng.fork('pengaduan'), registry);
  {
    const count = (n: number) => (n >= 1000 ? formatThousands(n) : String(n));
    const lines = [['Kode', 'Tahun', 'Jumlah Laporan', 'Selesai']];
    for (const c of complaints) lines.push([c.region.code, String(c.year), count(c.received), count(c.resolved)]);
    // Dot-grouped counts are quoted, as spreadsheet exports in Indonesian locales do.
    files.set(
      DEMO_PATHS.complaints,
      csv(lines, ',', (v) => /^\d{1,3}(\.\d{3})+$/.test(v)),
    );
    info.push({ path: DEMO_PATHS.complaints, rows: complaints.length, delimiter: ',', years: yearsOf(complaints) });
  }

  // 5. Breakdowns 2021–2024: semicolon, one row per region/year/dimension/category.
  {
    const rows = generateBreakdowns(rng.fork('rincian'), complaints);
    const lines = [['Kode', 'Tahun', 'Dimensi', 'Kategori', 'Jumlah Laporan', 'Selesai']];
    for (const b of rows) {
      lines.push([b.region.code, String(b.year), b.dimension, b.category, String(b.received), String(b.resolved)]);
    }
    // Category names with commas (`Permintaan Imbalan Uang, Barang dan/atau Jasa`) are quoted too.
    files.set(
      DEMO_PATHS.breakdowns,
      csv(lines, ';', (v) => v.includes(',')),
    );
    info.push({ path: DEMO_PATHS.breakdowns, rows: rows.length, delimiter: ';', years: yearsOf(rows) });
  }

  return { files, info };
}
