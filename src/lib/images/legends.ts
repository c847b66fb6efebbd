import type { Locale } from '../../i18n/index.ts';
import type { TrendKey } from '../charts/trend-key.ts';
import type { LegendItem } from './frame.ts';
import { fill, shareText } from './labels.ts';

/**
 * Legends drawn inside chart and map images, matching the page's legends
 * (TrendLegend.astro, ComplaintsSection.astro, MapLegend.astro): line style and
 * marker shape as well as colour, so colour is never the only signal.
 */

/**
 * The trend chart's key: the entries of what the chart draws (`key`, from trendKey), as on the page
 * (TrendLegend.astro): the region's line, the medians, the zone bands, hatched years without a published
 * figure, bars for a grade without a score, the grey year without assessment and the opinion method.
 */
export function trendLegend(name: string, locale: Locale, key: TrendKey): LegendItem[] {
  const l = shareText(locale).legend;
  const items: LegendItem[] = [];
  if (key.region) items.push({ kind: 'line', label: fill(l.region, { name }), stroke: 'var(--color-text)', width: 2.75, marker: 'circle' });
  if (key.gradeOnly) items.push({ kind: 'bar', label: l.gradeOnly });
  if (key.provinceMedian) items.push({ kind: 'line', label: l.provinceMedian, stroke: 'var(--chart-province)', width: 1.75, dash: '6 3', marker: 'square' });
  if (key.nationalMedian) items.push({ kind: 'line', label: l.nationalMedian, stroke: 'var(--chart-national)', width: 1.5, dash: '1.5 3', marker: 'diamond' });
  items.push({ kind: 'swatch', label: l.bands, fills: ['var(--zone-merah)', 'var(--zone-kuning)', 'var(--zone-hijau-b)', 'var(--zone-hijau-a)'] });
  if (key.unpublished) items.push({ kind: 'swatch', label: l.unpublished, fills: [], hatch: true });
  if (key.gap) items.push({ kind: 'swatch', label: l.noAssessment, fills: ['var(--chart-gap)'] });
  if (key.opinionFrom !== null)
    items.push({
      kind: 'swatch',
      label: fill(l.opinion, { year: key.opinionFrom }),
      fills: ['var(--zone-opini-tertinggi)', 'var(--zone-opini-tinggi)', 'var(--zone-opini-sedang)', 'var(--zone-opini-rendah)'],
    });
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
