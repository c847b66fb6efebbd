import { COMPLAINT_DIMENSIONS, type Region } from '../types.ts';
import { byCode, type DemoRegistry } from './governments.ts';
import type { Rng } from './prng.ts';

/** The demo's complaint reports: totals per kabupaten/kota and year, and their breakdowns by category. */

export const COMPLAINT_YEARS: readonly number[] = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
export const BREAKDOWN_YEARS: readonly number[] = [2021, 2022, 2023, 2024];

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

export interface ComplaintRow {
  region: Region;
  year: number;
  received: number;
  resolved: number;
}

export interface BreakdownRow {
  region: Region;
  year: number;
  dimension: (typeof BREAKDOWN_DIMENSIONS)[number];
  category: string;
  received: number;
  resolved: number;
}

export function generateComplaints(rng: Rng, registry: DemoRegistry): ComplaintRow[] {
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

export function generateBreakdowns(rng: Rng, complaints: readonly ComplaintRow[]): BreakdownRow[] {
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
