import type { Category, Zone } from '../types.ts';

/**
 * Map fills and legend counts. Pure and free of Node APIs: the client script
 * (src/scripts/map.ts) uses the same functions to recolour a map in place.
 */

/** A map fill. 2022+ categories A and B (both hijau) get a dark and a light green, as ORI prints them. */
export type FillKey = 'merah' | 'kuning' | 'hijau' | 'hijau-a' | 'hijau-b' | 'none';
/** Legend rows: the fills plus `gap` (regions the map cannot draw). */
export type LegendKey = FillKey | 'gap';

export const FILL_KEYS: readonly FillKey[] = ['merah', 'kuning', 'hijau', 'hijau-a', 'hijau-b', 'none'];
export const LEGEND_KEYS: readonly LegendKey[] = ['merah', 'kuning', 'hijau-a', 'hijau-b', 'hijau', 'none', 'gap'];

/** The fill of a region: its zone, with A/B shades for hijau; `none` when not assessed (drawn hatched). */
export function fillKey(zone: Zone | null, category: Category | null): FillKey {
  if (zone === null) return 'none';
  if (zone === 'hijau' && category === 'A') return 'hijau-a';
  if (zone === 'hijau' && category === 'B') return 'hijau-b';
  return zone;
}

/** The CSS class for a fill (global.css defines `.zone-*` with `--zone-fill`). */
export function fillClass(key: FillKey): `zone-${FillKey}` {
  return `zone-${key}`;
}

/** The fill key from a class list, or null. */
export function fillFromClass(classes: Iterable<string>): FillKey | null {
  for (const c of classes) {
    const key = c.startsWith('zone-') ? c.slice(5) : '';
    if ((FILL_KEYS as readonly string[]).includes(key)) return key as FillKey;
  }
  return null;
}

export interface LegendItem {
  key: LegendKey;
  count: number;
  /** False for rows that do not apply this year (e.g. A/B shades before 2022); rendered hidden. */
  shown: boolean;
}

export interface Legend {
  items: LegendItem[];
  /** Regions per zone (A and B counted as hijau), plus `none` (not assessed) and `gap` (not drawn). */
  counts: Record<Zone | 'none' | 'gap', number>;
}

export interface LegendInput {
  /** The fill of every region in scope, including regions without geometry. */
  fills: Iterable<FillKey>;
  /** How many of the regions in scope have no geometry (see gaps.ts). */
  gaps: number;
  /** Whether the year is graded in categories A–E (2022+), which splits hijau into A and B. */
  categories: boolean;
}

/**
 * Legend rows with counts. Always shown: merah, kuning, the hijau row(s) of the
 * year's scheme, and "tidak dinilai" (hatched) so the hatching is explained even
 * at zero. Shown only when non-zero: a fill that does not belong to the scheme
 * (plain hijau without a category in a 2022+ year) and `gap`.
 */
export function legend({ fills, gaps, categories }: LegendInput): Legend {
  const byFill: Record<FillKey, number> = { merah: 0, kuning: 0, hijau: 0, 'hijau-a': 0, 'hijau-b': 0, none: 0 };
  for (const key of fills) byFill[key] += 1;
  const always = new Set<LegendKey>(['merah', 'kuning', 'none', ...(categories ? (['hijau-a', 'hijau-b'] as const) : (['hijau'] as const))]);
  const count = (key: LegendKey) => (key === 'gap' ? gaps : byFill[key]);
  return {
    items: LEGEND_KEYS.map((key) => ({ key, count: count(key), shown: always.has(key) || count(key) > 0 })),
    counts: {
      merah: byFill.merah,
      kuning: byFill.kuning,
      hijau: byFill.hijau + byFill['hijau-a'] + byFill['hijau-b'],
      none: byFill.none,
      gap: gaps,
    },
  };
}
