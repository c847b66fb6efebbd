/**
 * The demo's zone and category cut-offs, in hundredths. Its own copy, not src/lib/zones.ts:
 * the generated files are input that ingest grades with zones.ts, so a mistake shared by
 * both would go unnoticed.
 */

export interface Band {
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
