import type { Category, OpinionLevel, QualityCategory, SchemeMethod, Zone } from './types.ts';

/**
 * Zone schemes of ORI's assessment, as data. Sources: shared domain notes §1,
 * summarised on /metodologi/. A score is always classified by its year:
 * 52 was kuning in 2021 and merah in 2022.
 */

export interface Band {
  /** Lowest score (inclusive) in this band; bands are listed from the top down. */
  min: number;
  zone: Zone;
  category: Category | null;
  /** Name as ORI prints it. */
  label: string;
}

export interface Scheme {
  id: string;
  label: string;
  /** First and last year (inclusive) the scheme applies to; `to: null` means still in force. */
  from: number;
  to: number | null;
  /** How results are expressed: zones (≤ 2021), letters A–E (2022–2024), an opinion (2025–). */
  method: SchemeMethod;
  /** False where ORI has published no cut-offs: nothing is then derived from a score. */
  cutoffsVerified: boolean;
  /** Score bands from the top down; empty where no cut-offs are published (2025–). */
  bands: Band[];
  sources: string[];
}

/** Years in which ORI did not assess (2020: no assessment). */
export const YEARS_WITHOUT_ASSESSMENT: readonly number[] = [2020];
export const FIRST_ASSESSMENT_YEAR = 2013;

const FIVE_CATEGORIES: Band[] = [
  { min: 88, zone: 'hijau', category: 'A', label: 'Kualitas Tertinggi' },
  { min: 78, zone: 'hijau', category: 'B', label: 'Kualitas Tinggi' },
  { min: 54, zone: 'kuning', category: 'C', label: 'Kualitas Sedang' },
  { min: 32, zone: 'merah', category: 'D', label: 'Kualitas Rendah' },
  { min: 0, zone: 'merah', category: 'E', label: 'Kualitas Terendah' },
];

export const SCHEMES: readonly Scheme[] = [
  {
    id: 'zona-2013',
    label: 'Predikat Kepatuhan (zona merah/kuning/hijau)',
    from: 2013,
    to: 2021,
    method: 'zones',
    cutoffsVerified: true,
    bands: [
      { min: 81, zone: 'hijau', category: null, label: 'Kepatuhan Tinggi' },
      { min: 51, zone: 'kuning', category: null, label: 'Kepatuhan Sedang' },
      { min: 0, zone: 'merah', category: null, label: 'Kepatuhan Rendah' },
    ],
    sources: [
      'https://langgam.id/penilaian-pelayanan-publik-ombudsman-dharmasraya-dan-payakumbuh-zona-hijau-pemprov-sumbar-zona-kuning',
      'https://bali.bisnis.com/read/20181214/538/869602/sembilan-daerah-di-ntt-masuk-zona-merah-pelayanan-publik',
    ],
  },
  {
    id: 'opini-2022',
    label: 'Opini Pengawasan Penyelenggaraan Pelayanan Publik (kategori A–E)',
    from: 2022,
    to: 2024,
    method: 'categories',
    cutoffsVerified: true,
    bands: FIVE_CATEGORIES,
    sources: [
      'https://ombudsman.go.id/perwakilan/news/r/pwk--ombudsman-babel-sampaikan-tindak-lanjut-survei-kepatuhan-2023',
      'https://kupang.antaranews.com/berita/142569/ombudsman-sebut-12-pemda-di-ntt-raih-predikat-zona-hijau-pelayanan-publik',
    ],
  },
  {
    id: 'opini-ombudsman-2025',
    label: 'Opini Ombudsman RI (Penilaian Maladministrasi, Peraturan Ombudsman 61/2025)',
    from: 2025,
    to: null,
    method: 'opinion',
    // A new instrument: an opinion level and a quality category, no published cut-offs and
    // no zones. Nothing is derived from a 2025 score; what was printed is shown.
    cutoffsVerified: false,
    bands: [],
    sources: [
      'https://ombudsman.go.id/news/r/transformasi-penilaian-kepatuhan-ombudsman-ri-hadirkan--opini-pengawasan-pelayanan-publik-bebas-maladministrasi',
      'https://ombudsman.go.id/news/r/opini-ombudsman-ri-2025-lima-kementerian-raih-opini-kualitas-tertinggi-tanpa-maladministrasi',
    ],
  },
];

export function schemeFor(year: number): Scheme | null {
  if (YEARS_WITHOUT_ASSESSMENT.includes(year) || year < FIRST_ASSESSMENT_YEAR) return null;
  return SCHEMES.find((s) => year >= s.from && (s.to === null || year <= s.to)) ?? null;
}

/** The band a score falls in under a year's scheme; null when there was no assessment that year or the scheme publishes no cut-offs. */
export function classify(year: number, score: number): Band | null {
  const scheme = schemeFor(year);
  if (scheme === null) return null;
  // Scores are printed with two decimals; compare in hundredths to avoid float edges (50.99 vs 51).
  const hundredths = Math.round(score * 100);
  return scheme.bands.find((b) => hundredths >= Math.round(b.min * 100)) ?? null;
}

export function zoneFor(year: number, score: number): Zone | null {
  return classify(year, score)?.zone ?? null;
}

/** Zone of a category letter (A, B hijau; C kuning; D, E merah). */
export function zoneOfCategory(category: Category): Zone {
  return FIVE_CATEGORIES.find((b) => b.category === category)!.zone;
}

export const ZONES: readonly Zone[] = ['merah', 'kuning', 'hijau'];
/** Order for comparing zones: merah < kuning < hijau. */
export function zoneRank(zone: Zone): number {
  return ZONES.indexOf(zone);
}

/** Opinion levels of the 2025– method, from the top down, with the quality category each is printed with. */
export const OPINION_LEVELS: readonly { level: OpinionLevel; quality: QualityCategory; label: string; qualityLabel: string }[] = [
  { level: 'tertinggi', quality: 'sangat-baik', label: 'Kualitas Tertinggi', qualityLabel: 'Sangat Baik' },
  { level: 'tinggi', quality: 'baik', label: 'Kualitas Tinggi', qualityLabel: 'Baik' },
  { level: 'sedang', quality: 'cukup', label: 'Kualitas Sedang', qualityLabel: 'Cukup' },
  { level: 'rendah', quality: 'kurang', label: 'Kualitas Rendah', qualityLabel: 'Kurang' },
];

/** Whether a method change lies between two assessed years (results on either side are not comparable). */
export function methodBreakBetween(fromYear: number, toYear: number): boolean {
  const a = schemeFor(fromYear);
  const b = schemeFor(toYear);
  return a !== null && b !== null && (a.method === 'opinion') !== (b.method === 'opinion');
}

/** Whether a scheme grades in categories A–E (2022–2024): hijau splits into A and B. */
export function hasCategories(scheme: Scheme): boolean {
  return scheme.bands.some((band) => band.category !== null);
}

/** Whether a year's scheme grades in categories (2022–2024). */
export function yearHasCategories(year: number): boolean {
  const scheme = schemeFor(year);
  return scheme !== null && hasCategories(scheme);
}

/** Whether a year's results are opinions, not zones (2025–). */
export function yearHasOpinions(year: number): boolean {
  return schemeFor(year)?.method === 'opinion';
}

export interface SchemeChange {
  /** Where the marker goes: between the last year of the old scheme and the first of the new (2021.5). */
  x: number;
  /** First year of the new scheme. */
  year: number;
  scheme: Scheme;
  /** True when the new scheme introduced categories A–E (2022). */
  categories: boolean;
  /** What the change brings: A–E categories (2022), other zone cut-offs, or the opinion method (2025). */
  kind: SchemeChangeKind;
}

/** What a scheme change brings: A–E categories (2022), other zone cut-offs, or the opinion method (2025). */
export type SchemeChangeKind = 'categories' | 'other' | 'method';

/** Scheme changes inside the range (2021 → 2022, 2024 → 2025), skipping years without assessment. */
export function schemeChanges(from: number, to: number): SchemeChange[] {
  const changes: SchemeChange[] = [];
  let previous: Scheme | null = null;
  for (let year = from; year <= to; year += 1) {
    const scheme = schemeFor(year);
    if (!scheme) continue;
    if (previous && scheme.id !== previous.id) {
      const categories = scheme.bands.some((b) => b.category !== null) && previous.bands.every((b) => b.category === null);
      const kind: SchemeChangeKind = scheme.method === 'opinion' ? 'method' : categories ? 'categories' : 'other';
      changes.push({ x: year - 0.5, year, scheme, categories, kind });
    }
    previous = scheme;
  }
  return changes;
}

/** The year categories A–E start (2022) when that change lies inside the range, or null. */
export function categoriesChange(from: number, to: number): number | null {
  return schemeChanges(from, to).find((c) => c.kind === 'categories')?.year ?? null;
}
