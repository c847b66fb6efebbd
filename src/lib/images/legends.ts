import type { Locale } from '../../i18n/index.ts';
import type { LegendItem } from './frame.ts';
import { fill, shareText } from './labels.ts';

/**
 * Legends drawn inside chart and map images, matching the page's legends
 * (TrendLegend.astro, ComplaintsSection.astro, MapLegend.astro): line style and
 * marker shape as well as colour, so colour is never the only signal.
 */

/** The trend chart: the region's line, the province and national medians, the zone bands, grey years. */
export function trendLegend(name: string, locale: Locale, options: { medians?: boolean; gap?: boolean } = {}): LegendItem[] {
  const l = shareText(locale).legend;
  const items: LegendItem[] = [{ kind: 'line', label: fill(l.region, { name }), stroke: 'var(--color-text)', width: 2.75, marker: 'circle' }];
  if (options.medians !== false) {
    items.push(
      { kind: 'line', label: l.provinceMedian, stroke: 'var(--chart-province)', width: 1.75, dash: '6 3', marker: 'square' },
      { kind: 'line', label: l.nationalMedian, stroke: 'var(--chart-national)', width: 1.5, dash: '1.5 3', marker: 'diamond' },
    );
  }
  items.push({ kind: 'swatch', label: l.bands, fills: ['var(--zone-merah)', 'var(--zone-kuning)', 'var(--zone-hijau-b)', 'var(--zone-hijau-a)'] });
  if (options.gap !== false) items.push({ kind: 'swatch', label: l.noAssessment, fills: ['var(--chart-gap)'] });
  return items;
}

/** The complaints chart: received (wide light bar) and resolved (narrow dark bar). */
export function complaintsLegend(locale: Locale): LegendItem[] {
  const l = shareText(locale).legend;
  return [
    { kind: 'swatch', label: l.received, fills: ['var(--chart-received)'] },
    { kind: 'swatch', label: l.resolved, fills: ['var(--chart-resolved)'] },
  ];
}

/**
 * A zone map of a year: hijau split into A and B from 2022 (`categories`), and the hatched
 * "no published figure"; from 2025 (`opinions`) the four opinion levels instead of zones.
 */
export function mapLegend(locale: Locale, categories: boolean, opinions = false): LegendItem[] {
  const l = shareText(locale).legend;
  if (opinions) {
    const o = shareText(locale).opinion;
    return [
      ...(['tertinggi', 'tinggi', 'sedang', 'rendah'] as const).map((level): LegendItem => ({
        kind: 'swatch',
        label: o[level],
        fills: [`var(--zone-opini-${level})`],
      })),
      { kind: 'swatch', label: l.none, fills: [], hatch: true },
    ];
  }
  const greens: LegendItem[] = categories
    ? [
        { kind: 'swatch', label: l.hijauA, fills: ['var(--zone-hijau-a)'] },
        { kind: 'swatch', label: l.hijauB, fills: ['var(--zone-hijau-b)'] },
      ]
    : [{ kind: 'swatch', label: l.hijau, fills: ['var(--zone-hijau)'] }];
  return [
    { kind: 'swatch', label: l.merah, fills: ['var(--zone-merah)'] },
    { kind: 'swatch', label: l.kuning, fills: ['var(--zone-kuning)'] },
    ...greens,
    { kind: 'swatch', label: l.none, fills: [], hatch: true },
  ];
}
