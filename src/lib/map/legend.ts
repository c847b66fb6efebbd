import type { Category, OpinionLevel, Zone } from '../types.ts';

/**
 * Map fills and legend counts. Pure and free of Node APIs: the client script
 * (src/scripts/map-legend.ts) uses the same functions to recolour a map in place.
 */

/**
 * A map fill. 2022–2024 categories A and B (both hijau) get a dark and a light green, as
 * ORI prints them. From 2025 the opinion levels get their own blue-to-pink scale, so a
 * 2025 map never reads as the old zones. `unrated`: a published figure with neither a
 * zone nor an opinion (a 2025 score printed without one); `none`: no published figure
 * (drawn hatched).
 */
export type FillKey = 'merah' | 'kuning' | 'hijau' | 'hijau-a' | 'hijau-b' | `opini-${OpinionLevel}` | 'unrated' | 'none';
export const OPINION_FILL_KEYS = ['opini-tertinggi', 'opini-tinggi', 'opini-sedang', 'opini-rendah'] as const satisfies readonly FillKey[];
/** Legend rows: the fills plus `gap` (regions the map cannot draw). */
export type LegendKey = FillKey | 'gap';

export const FILL_KEYS: readonly FillKey[] = ['merah', 'kuning', 'hijau', 'hijau-a', 'hijau-b', ...OPINION_FILL_KEYS, 'unrated', 'none'];
export const LEGEND_KEYS: readonly LegendKey[] = ['merah', 'kuning', 'hijau-a', 'hijau-b', 'hijau', 'unrated', 'none', 'gap'];
export const OPINION_LEGEND_KEYS: readonly LegendKey[] = [...OPINION_FILL_KEYS, 'unrated', 'none', 'gap'];

/**
 * The fill of a region: its zone, with A/B shades for hijau, or its 2025 opinion; `none`
 * without a published value (drawn hatched). Pass `published` for a region with a figure
 * but neither zone nor opinion: it is `unrated`, not `none`.
 */
export function fillKey(zone: Zone | null, category: Category | null, opinion: OpinionLevel | null = null, published = false): FillKey {
  if (zone === null) return opinion !== null ? `opini-${opinion}` : published ? 'unrated' : 'none';
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
  /**
   * Regions per zone (A and B counted as hijau) and per opinion level, plus `unrated` (a figure
   * without zone or opinion), `none` (no published figure) and `gap` (not drawn).
   */
  counts: Record<Zone | OpinionLevel | 'unrated' | 'none' | 'gap', number>;
}

export interface LegendInput {
  /** The fill of every region in scope, including regions without geometry. */
  fills: Iterable<FillKey>;
  /** How many of the regions in scope have no geometry (see gaps.ts). */
  gaps: number;
  /** Whether the year is graded in categories A–E (2022+), which splits hijau into A and B. */
  categories: boolean;
  /** Whether the year has opinions instead of zones (2025–): the legend lists the opinion levels. */
  opinions?: boolean;
}

/**
 * Legend rows with counts. Always shown: the year's rows — merah, kuning and the hijau
 * row(s) of its scheme, or the four opinion levels (2025–) — and "belum ada angka"
 * (hatched) so the hatching is explained even at zero. Shown only when non-zero: a fill
 * that does not belong to the scheme (plain hijau without a category in a 2022+ year),
 * `unrated` and `gap`. An opinion year lists only opinion rows (and `unrated`, `none`, `gap`).
 */
export function legend({ fills, gaps, categories, opinions = false }: LegendInput): Legend {
  const byFill = Object.fromEntries(FILL_KEYS.map((k) => [k, 0])) as Record<FillKey, number>;
  for (const key of fills) byFill[key] += 1;
  const always = new Set<LegendKey>(
    opinions ? [...OPINION_FILL_KEYS, 'none'] : ['merah', 'kuning', 'none', ...(categories ? (['hijau-a', 'hijau-b'] as const) : (['hijau'] as const))],
  );
  const count = (key: LegendKey) => (key === 'gap' ? gaps : byFill[key]);
  return {
    items: (opinions ? OPINION_LEGEND_KEYS : LEGEND_KEYS).map((key) => ({ key, count: count(key), shown: always.has(key) || count(key) > 0 })),
    counts: {
      merah: byFill.merah,
      kuning: byFill.kuning,
      hijau: byFill.hijau + byFill['hijau-a'] + byFill['hijau-b'],
      tertinggi: byFill['opini-tertinggi'],
      tinggi: byFill['opini-tinggi'],
      sedang: byFill['opini-sedang'],
      rendah: byFill['opini-rendah'],
      unrated: byFill.unrated,
      none: byFill.none,
      gap: gaps,
    },
  };
}

/** The placeholders of a legend sentence: `year` and every count, formatted (the page and the client script fill the same templates). */
export function legendSentenceParams(year: number, counts: Legend['counts'], fmt: (n: number) => string): Record<string, string | number> {
  const params: Record<string, string | number> = { year };
  for (const [key, n] of Object.entries(counts)) params[key] = fmt(n);
  return params;
}

/** Which legend sentence template (`map.legend.<key>`) a year's counts take. */
export function legendSentenceKey(counts: Legend['counts'], opinions: boolean): 'sentence' | 'sentenceWithNone' | 'sentenceOpinion' {
  return opinions ? 'sentenceOpinion' : counts.none > 0 ? 'sentenceWithNone' : 'sentence';
}
