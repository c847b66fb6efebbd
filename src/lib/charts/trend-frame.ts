import * as Plot from '@observablehq/plot';
import { t, type Locale } from '../../i18n/index.ts';
import { noAssessmentYears, opinionYears, schemeChanges, zoneBandRuns, zoneBands, type SchemeChange } from './bands.ts';
import { chartDocument, innerMarkup, NO_FONT_VARIANT } from './svg.ts';

/**
 * The frame of a region's trend chart: its sizes and scales, and the background every region
 * shares (axes, zone bands, the grey 2020 column, the opinion method's plain columns, the
 * scheme-change markers and their labels), rendered once per variant, range and locale.
 */

export type ChartVariant = 'wide' | 'narrow';

interface Sized {
  width: number;
  height: number;
  fontSize: number;
  marginLeft: number;
  marginRight: number;
  marginTop: number;
  marginBottom: number;
}

export const SIZES: Record<ChartVariant, Sized> = {
  wide: { width: 720, height: 340, fontSize: 12, marginLeft: 40, marginRight: 26, marginTop: 34, marginBottom: 30 },
  narrow: { width: 360, height: 330, fontSize: 12, marginLeft: 32, marginRight: 14, marginTop: 60, marginBottom: 28 },
};

/** Full-height columns over whole years (0–100): the grey of a year without assessment, the plain column of the opinion method. */
export function yearColumns(years: readonly number[], fill: string) {
  return Plot.rect(years, { x1: (y: number) => y - 0.5, x2: (y: number) => y + 0.5, y1: 0, y2: 100, fill, shapeRendering: 'crispEdges' });
}

/** The x (years) and y (0–100) scales; without axes for the region's layer over the background. */
export function scales(variant: ChartVariant, from: number, to: number, locale: Locale, axes: boolean) {
  const years: number[] = [];
  for (let y = from; y <= to; y += 1) years.push(y);
  const narrowYears = variant === 'narrow' && years.length > 7;
  return {
    x: {
      domain: [from - 0.5, to + 0.5],
      ticks: years,
      // Years as integers: never "2,019". Narrow charts with many years use "’19".
      tickFormat: narrowYears ? (d: number) => `’${String(d).slice(2)}` : 'd',
      label: null,
      tickSize: 0,
      ...NO_FONT_VARIANT,
      ...(axes ? {} : { axis: null }),
    },
    y: {
      domain: [0, 100],
      ticks: [0, 20, 40, 60, 80, 100],
      label: t('chart.yLabel', undefined, locale),
      tickSize: 0,
      ...NO_FONT_VARIANT,
      ...(axes ? {} : { axis: null }),
    },
  } as const;
}

/** Bold text with a halo in the background colour, readable over bands and markers. */
const HALO = { fill: 'currentColor', stroke: 'var(--color-bg, #fff)', strokeWidth: 3, paintOrder: 'stroke', fontWeight: 600 } as const;

/**
 * The labels of the scheme-change markers: the 2022 change at its marker, the opinion method's break at
 * the right edge, a line above the 2022 label when both show.
 */
function changeLabels(changes: readonly SchemeChange[], variant: ChartVariant, to: number, locale: Locale) {
  const methodChanges = changes.filter((c) => c.kind === 'method');
  const otherChanges = changes.filter((c) => c.kind !== 'method');
  const lift = otherChanges.length > 0 ? (variant === 'narrow' ? 36 : 16) : 0;
  return [
    Plot.text(otherChanges, {
      x: 'x',
      y: 100,
      dx: 4,
      dy: -6,
      lineAnchor: 'bottom',
      textAnchor: 'start',
      text: (c) => {
        const key = c.kind === 'categories' ? 'schemeChange' : 'schemeChangeOther';
        return t(`chart.${key}${variant === 'narrow' ? 'Narrow' : ''}`, { year: c.year }, locale);
      },
      ...HALO,
    }),
    Plot.text(methodChanges, {
      x: to + 0.5,
      y: 100,
      dx: variant === 'narrow' ? SIZES.narrow.marginRight : 0,
      dy: -6 - lift,
      lineAnchor: 'bottom',
      textAnchor: 'end',
      text: (c) => t('chart.methodBreak', { year: c.year }, locale),
      ...HALO,
    }),
  ];
}

function backgroundMarks(variant: ChartVariant, from: number, to: number, locale: Locale) {
  const bands = zoneBandRuns(from, to);
  const gaps = noAssessmentYears(from, to);
  const changes = schemeChanges(from, to);
  // Category letters (A–E) at the right edge of the last year column, wide variant only, when that year has
  // bands (not when the axis ends in an opinion year: letters there would read as 2025 grades).
  const lastBands = variant === 'wide' ? zoneBands(to, to).filter((b) => b.category !== null) : [];
  return [
    Plot.rect(bands, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: (d) => d.fill, fillOpacity: 0.32, inset: 0, shapeRendering: 'crispEdges' }),
    // Thin lines between bands, so D and E (both merah) stay apart.
    Plot.ruleY(
      bands.filter((b) => b.y1 > 0),
      { y: 'y1', x1: 'x1', x2: 'x2', stroke: 'var(--color-bg, #fff)', strokeOpacity: 0.9, shapeRendering: 'crispEdges' },
    ),
    yearColumns(gaps, 'var(--chart-gap, #e4e6ea)'),
    yearColumns(opinionYears(from, to), 'var(--color-surface, #f6f7f9)'),
    variant === 'wide'
      ? Plot.text(gaps, {
          x: (y: number) => y,
          y: 50,
          text: () => t('chart.noAssessment', undefined, locale),
          rotate: -90,
          fill: 'var(--color-muted, #5c6470)',
        })
      : null,
    Plot.ruleX(changes, { x: 'x', y1: 0, y2: 100, stroke: 'currentColor', strokeWidth: 1.5, strokeDasharray: '4 3' }),
    ...changeLabels(changes, variant, to, locale),
    Plot.text(lastBands, {
      x: to + 0.5,
      y: (b) => (b.y1 + b.y2) / 2,
      dx: 5,
      textAnchor: 'start',
      text: (b) => b.category,
      fill: 'var(--color-muted, #5c6470)',
    }),
  ];
}

/** The part every region shares, by variant, range and locale. */
const backgrounds = new Map<string, string>();

/** The shared background's markup (cached). */
export function background(variant: ChartVariant, from: number, to: number, locale: Locale): string {
  const key = `${variant}|${from}|${to}|${locale}`;
  const hit = backgrounds.get(key);
  if (hit !== undefined) return hit;
  const { fontSize: _fontSize, ...size } = SIZES[variant];
  const svg = Plot.plot({
    document: chartDocument(),
    ...size,
    ...scales(variant, from, to, locale, true),
    marks: backgroundMarks(variant, from, to, locale),
  }) as unknown as Element;
  const markup = innerMarkup(svg);
  backgrounds.set(key, markup);
  return markup;
}
