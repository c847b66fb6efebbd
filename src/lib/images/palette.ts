import type { FillKey } from '../map/legend.ts';

/**
 * The site's design tokens as concrete colours, for images rendered outside a page
 * (PNG, standalone SVG): librsvg (sharp) cannot resolve CSS custom properties, so
 * `var(--zone-merah)` in a chart is replaced with the value from here.
 * Mirrors src/styles/global.css (light `:root` and the dark media query);
 * tests/unit/images-palette.test.ts fails when the two drift apart.
 */

export type Theme = 'light' | 'dark';

/** Custom property name (without `--`) → colour. */
export type Palette = Readonly<Record<string, string>>;

const ZONES = {
  'zone-merah': '#8f1418',
  'zone-kuning': '#f4cf4a',
  'zone-hijau': '#2a9a72',
  'zone-hijau-a': '#136b5b',
  'zone-hijau-b': '#86cfa8',
  'zone-none': '#ececec',
  'zone-opini-tertinggi': '#1b3d7a',
  'zone-opini-tinggi': '#3d6bb3',
  'zone-opini-sedang': '#a9c4ea',
  'zone-opini-rendah': '#e8b4d4',
  'on-zone-opini-tertinggi': '#ffffff',
  'on-zone-opini-tinggi': '#ffffff',
  'on-zone-opini-sedang': '#111111',
  'on-zone-opini-rendah': '#111111',
  'on-zone-merah': '#ffffff',
  'on-zone-kuning': '#1a1a1a',
  'on-zone-hijau': '#111111',
  'on-zone-hijau-a': '#ffffff',
  'on-zone-hijau-b': '#111111',
  'on-zone-none': '#333333',
} as const;

export const PALETTES: Readonly<Record<Theme, Palette>> = {
  light: {
    ...ZONES,
    'color-bg': '#ffffff',
    'color-surface': '#f6f7f9',
    'color-text': '#1d2330',
    'color-muted': '#5c6470',
    'color-border': '#d5d9e0',
    'color-rule': '#e8eaee',
    'color-link': '#1d5fa8',
    'color-swatch-outline': 'rgba(0,0,0,0.25)',
    'color-banner-bg': '#fff4d6',
    'color-banner-text': '#5a3d00',
    'color-banner-border': '#e0b44c',
    'color-up': '#1d6b43',
    'color-down': '#a11d22',
    'chart-province': '#6a3d9a',
    'chart-national': '#4d5562',
    'chart-received': '#a9c1de',
    'chart-resolved': '#1d5fa8',
    'chart-gap': '#e4e6ea',
  },
  dark: {
    ...ZONES,
    'color-bg': '#16181d',
    'color-surface': '#1f232a',
    'color-text': '#e7e9ee',
    'color-muted': '#a8b0bb',
    'color-border': '#3a404b',
    'color-rule': '#2b3038',
    'color-link': '#8ab8f0',
    'color-swatch-outline': 'rgba(255,255,255,0.55)',
    'color-banner-bg': '#3a2e12',
    'color-banner-text': '#f7dc9a',
    'color-banner-border': '#8a6a1f',
    'color-up': '#7fd3a4',
    'color-down': '#f29b9b',
    'chart-province': '#c9a8f0',
    'chart-national': '#b4bcc8',
    'chart-received': '#3d5a80',
    'chart-resolved': '#8ab8f0',
    'chart-gap': '#2b3038',
  },
};

/** A token's colour; throws for an unknown token (a new CSS variable must be added here). */
export function token(theme: Theme, name: string): string {
  const value = PALETTES[theme][name];
  if (value === undefined) throw new Error(`images: no colour for --${name} (add it to src/lib/images/palette.ts)`);
  return value;
}

/** Fill colour of a map fill key (`none` is drawn hatched; this is its background). */
export function fillColor(theme: Theme, key: FillKey): string {
  return token(theme, key === 'none' ? 'color-surface' : `zone-${key}`);
}

/** Text colour on a fill (contrast ≥ 4.5:1, from global.css). */
export function onFillColor(theme: Theme, key: FillKey): string {
  return token(theme, `on-zone-${key}`);
}

/**
 * Replaces every `var(--name[, fallback])` with the palette's colour (or the fallback
 * when the palette has none). Handles one level of parentheses in the fallback
 * (`var(--x, rgb(0 0 0))`). Throws for an unknown variable without fallback.
 */
export function resolveVars(markup: string, theme: Theme): string {
  return markup.replace(/var\(\s*--([\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*?))?\s*\)/g, (_match, name: string, fallback: string | undefined) => {
    const value = PALETTES[theme][name];
    if (value !== undefined) return value;
    if (fallback !== undefined && fallback !== '') return resolveVars(fallback, theme);
    throw new Error(`images: no colour for var(--${name}) (add it to src/lib/images/palette.ts)`);
  });
}
