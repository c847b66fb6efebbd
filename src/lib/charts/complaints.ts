import * as Plot from '@observablehq/plot';
import { t, type Locale } from '../../i18n/index.ts';
import { formatCount } from '../format.ts';
import type { ChartVariant } from './trend-frame.ts';
import { chartDocument, finishSvg, NO_FONT_VARIANT } from './svg.ts';

/**
 * Complaints received and resolved per year, as build-time SVG: a wide light bar
 * (received) with a narrower dark bar in front (resolved, never more than received).
 * Years are a band scale of strings, so they never print as "2,019".
 */

export interface ComplaintYear {
  year: number;
  received: number | null;
  resolved: number | null;
}

export interface ComplaintsChartInput {
  id: string;
  name: string;
  rows: readonly ComplaintYear[];
  variant?: ChartVariant;
  locale?: Locale;
}

/**
 * One rendering serves all screens (unlike the trend chart): 420 px wide keeps its
 * 12 px text at ≥ 10 px on a 375 px phone and ≤ 15 px at the figure's max width.
 */
const SIZES = {
  wide: { width: 420, height: 240, marginLeft: 40, marginBottom: 26 },
  narrow: { width: 360, height: 240, marginLeft: 40, marginBottom: 26 },
} as const;

export function renderComplaintsChart(input: ComplaintsChartInput): string {
  const locale = input.locale ?? 'id';
  const variant = input.variant ?? 'wide';
  const size = SIZES[variant];
  const rows = [...input.rows].sort((a, b) => a.year - b.year);
  const years = rows.map((r) => String(r.year));
  const many = variant === 'narrow' && years.length > 7;
  const data = rows.map((r) => ({
    year: String(r.year),
    received: r.received,
    resolved: r.resolved,
    tip: t('chart.complaintsTip', { year: r.year, received: formatCount(r.received, locale), resolved: formatCount(r.resolved, locale) }, locale),
  }));
  const svg = Plot.plot({
    document: chartDocument(),
    width: size.width,
    height: size.height,
    marginLeft: size.marginLeft,
    marginRight: 8,
    marginTop: 24,
    marginBottom: size.marginBottom,
    x: { domain: years, label: null, tickSize: 0, padding: 0.2, tickFormat: many ? (d: string) => `’${d.slice(2)}` : undefined, ...NO_FONT_VARIANT },
    y: {
      grid: true,
      nice: true,
      label: t('chart.yCount', undefined, locale),
      tickFormat: (d: number) => formatCount(d, locale),
      tickSize: 0,
      ...NO_FONT_VARIANT,
    },
    marks: [
      Plot.barY(
        data.filter((d) => d.received !== null),
        { x: 'year', y: 'received', fill: 'var(--chart-received, #a9c1de)', title: 'tip' },
      ),
      Plot.barY(
        data.filter((d) => d.resolved !== null),
        { x: 'year', y: 'resolved', fill: 'var(--chart-resolved, #1d5fa8)', insetLeft: 5, insetRight: 5, title: 'tip' },
      ),
      Plot.ruleY([0]),
    ],
  }) as unknown as Element;
  const first = rows[0]?.year ?? '';
  const last = rows.at(-1)?.year ?? '';
  return finishSvg(svg, {
    id: input.id,
    title: t('chart.complaintsTitle', { name: input.name, from: first, to: last }, locale),
    desc: t('chart.complaintsDesc', undefined, locale),
    className: `chart-svg chart-svg--${variant}`,
    fontSize: 12,
  });
}
