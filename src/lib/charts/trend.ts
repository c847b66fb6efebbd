import * as Plot from '@observablehq/plot';
import { t, type Locale } from '../../i18n/index.ts';
import { formatScore } from '../format.ts';
import { segments, type SeriesPoint } from '../model/series.ts';
import { gradePhrase } from '../model/summary.ts';
import { noAssessmentYears, schemeChanges, zoneBands } from './bands.ts';
import { chartDocument, finishSvg, innerMarkup } from './svg.ts';

/**
 * A region's compliance trend as build-time SVG: per-year zone bands (each year's
 * own scheme), a grey column for years without assessment, a marker where the
 * scheme changes (2021 → 2022), the region's scores as dots joined only between
 * consecutive years (gaps stay gaps), and the province and national medians.
 */

export type ChartVariant = 'wide' | 'narrow';

export interface TrendChartInput {
  /** Unique on the page (the SVG's id; title and description ids derive from it). */
  id: string;
  /** Region name (title, legend, tooltips). */
  name: string;
  /** First and last year on the axis (inclusive). */
  from: number;
  to: number;
  points: readonly SeriesPoint[];
  provinceMedians?: ReadonlyMap<number, number> | null;
  nationalMedians?: ReadonlyMap<number, number> | null;
  variant?: ChartVariant;
  locale?: Locale;
}

interface Sized {
  width: number;
  height: number;
  fontSize: number;
  marginLeft: number;
  marginRight: number;
  marginTop: number;
  marginBottom: number;
}

const SIZES: Record<ChartVariant, Sized> = {
  wide: { width: 720, height: 340, fontSize: 12, marginLeft: 40, marginRight: 26, marginTop: 34, marginBottom: 30 },
  narrow: { width: 360, height: 320, fontSize: 12, marginLeft: 32, marginRight: 14, marginTop: 46, marginBottom: 28 },
};

interface LinePoint {
  year: number;
  score: number | null;
  /** Segment key for Plot's `z` channel: a line is drawn within a segment only. */
  seg: number;
  tip: string;
}

function toLinePoints(points: readonly { year: number; score: number | null }[], tip: (p: { year: number; score: number }) => string): LinePoint[] {
  const out: LinePoint[] = [];
  segments(points).forEach((run, seg) => {
    for (const p of run) out.push({ year: p.year, score: p.score, seg, tip: tip({ year: p.year, score: p.score! }) });
  });
  return out;
}

function medianPoints(medians: ReadonlyMap<number, number> | null | undefined, from: number, to: number) {
  if (!medians) return [];
  return [...medians]
    .filter(([year]) => year >= from && year <= to)
    .map(([year, score]) => ({ year, score: score as number | null }));
}

/** The part every region shares (axes, bands, 2020, the scheme change), rendered once per variant and range. */
const backgrounds = new Map<string, string>();

function scales(variant: ChartVariant, from: number, to: number, locale: Locale, axes: boolean) {
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
      ...(axes ? {} : { axis: null }),
    },
    y: {
      domain: [0, 100],
      ticks: [0, 20, 40, 60, 80, 100],
      label: t('places.chart.yLabel', undefined, locale),
      tickSize: 0,
      ...(axes ? {} : { axis: null }),
    },
  } as const;
}

function background(variant: ChartVariant, from: number, to: number, locale: Locale): string {
  const key = `${variant}|${from}|${to}|${locale}`;
  const hit = backgrounds.get(key);
  if (hit !== undefined) return hit;
  const { fontSize: _fontSize, ...size } = SIZES[variant];
  const bands = zoneBands(from, to);
  const gaps = noAssessmentYears(from, to);
  const changes = schemeChanges(from, to);
  // Category letters (A–E) at the right edge of the last year column, wide variant only.
  const lastBands = variant === 'wide' ? bands.filter((b) => b.year === to && b.category !== null) : [];
  const svg = Plot.plot({
    document: chartDocument(),
    ...size,
    ...scales(variant, from, to, locale, true),
    marks: [
      Plot.rect(bands, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: (d) => d.fill, fillOpacity: 0.32, inset: 0, shapeRendering: 'crispEdges' }),
      // Thin lines between bands, so D and E (both merah) stay apart.
      Plot.ruleY(bands.filter((b) => b.y1 > 0), { y: 'y1', x1: 'x1', x2: 'x2', stroke: 'var(--color-bg, #fff)', strokeOpacity: 0.9, shapeRendering: 'crispEdges' }),
      Plot.rect(gaps, { x1: (y: number) => y - 0.5, x2: (y: number) => y + 0.5, y1: 0, y2: 100, fill: 'var(--chart-gap, #e4e6ea)', shapeRendering: 'crispEdges' }),
      variant === 'wide'
        ? Plot.text(gaps, {
            x: (y: number) => y,
            y: 50,
            text: () => t('places.chart.noAssessment', undefined, locale),
            rotate: -90,
            fill: 'var(--color-muted, #5c6470)',
          })
        : null,
      Plot.ruleX(changes, { x: 'x', y1: 0, y2: 100, stroke: 'currentColor', strokeWidth: 1.5, strokeDasharray: '4 3' }),
      Plot.text(changes, {
        x: 'x',
        y: 100,
        dx: 4,
        dy: -6,
        lineAnchor: 'bottom',
        textAnchor: 'start',
        text: (c) => {
          const key = c.categories ? 'schemeChange' : 'schemeChangeOther';
          return t(`places.chart.${key}${variant === 'narrow' ? 'Narrow' : ''}`, { year: c.year }, locale);
        },
        fill: 'currentColor',
        stroke: 'var(--color-bg, #fff)',
        strokeWidth: 3,
        paintOrder: 'stroke',
        fontWeight: 600,
      }),
      Plot.text(lastBands, {
        x: to + 0.5,
        y: (b) => (b.y1 + b.y2) / 2,
        dx: 5,
        textAnchor: 'start',
        text: (b) => b.category,
        fill: 'var(--color-muted, #5c6470)',
      }),
    ],
  }) as unknown as Element;
  const markup = innerMarkup(svg);
  backgrounds.set(key, markup);
  return markup;
}

export function renderTrendChart(input: TrendChartInput): string {
  const locale = input.locale ?? 'id';
  const variant = input.variant ?? 'wide';
  const { fontSize, ...size } = SIZES[variant];
  const { from, to } = input;
  const fmt = (v: number) => formatScore(v, locale);

  const points = input.points.filter((p) => p.year >= from && p.year <= to);
  const region = toLinePoints(points, (p) => {
    const point = points.find((x) => x.year === p.year)!;
    return t('places.chart.pointTip', { year: p.year, score: fmt(p.score), grade: gradePhrase(point, locale) }, locale);
  });
  const provinceLabel = t('places.chart.legendProvince', undefined, locale);
  const nationalLabel = t('places.chart.legendNational', undefined, locale);
  const province = toLinePoints(medianPoints(input.provinceMedians, from, to), (p) =>
    t('places.chart.medianTip', { label: provinceLabel, year: p.year, value: fmt(p.score) }, locale),
  );
  const national = toLinePoints(medianPoints(input.nationalMedians, from, to), (p) =>
    t('places.chart.medianTip', { label: nationalLabel, year: p.year, value: fmt(p.score) }, locale),
  );

  // The region's marks only, on the same scales and margins as the shared background.
  const svg = Plot.plot({
    document: chartDocument(),
    ...size,
    ...scales(variant, from, to, locale, false),
    marks: [
      Plot.line(national, { x: 'year', y: 'score', z: 'seg', stroke: 'var(--chart-national, #4d5562)', strokeWidth: 1.5, strokeDasharray: '1.5 3' }),
      Plot.dot(national, { x: 'year', y: 'score', r: 2.5, symbol: 'diamond2', fill: 'var(--chart-national, #4d5562)', title: 'tip' }),
      Plot.line(province, { x: 'year', y: 'score', z: 'seg', stroke: 'var(--chart-province, #6a3d9a)', strokeWidth: 1.75, strokeDasharray: '6 3' }),
      Plot.dot(province, { x: 'year', y: 'score', r: 3, symbol: 'square2', fill: 'var(--chart-province, #6a3d9a)', title: 'tip' }),
      Plot.line(region, { x: 'year', y: 'score', z: 'seg', stroke: 'currentColor', strokeWidth: 2.75 }),
      Plot.dot(region, {
        x: 'year',
        y: 'score',
        r: 4.5,
        fill: 'currentColor',
        stroke: 'var(--color-bg, #fff)',
        strokeWidth: 1.5,
        title: 'tip',
        className: 'chart-points',
      }),
    ],
  }) as unknown as Element;

  return finishSvg(svg, {
    id: input.id,
    title: t('places.chart.trendTitle', { name: input.name, from, to }, locale),
    desc: t('places.chart.trendDesc', undefined, locale),
    className: `chart-svg chart-svg--${variant}`,
    fontSize,
    background: background(variant, from, to, locale),
  });
}
