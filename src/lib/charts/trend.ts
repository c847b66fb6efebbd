import * as Plot from '@observablehq/plot';
import { t, type Locale } from '../../i18n/index.ts';
import { formatScore } from '../format.ts';
import { segments, type SeriesPoint } from '../model/series.ts';
import { gradePhrase } from '../model/summary.ts';
import type { OpinionLevel } from '../types.ts';
import { schemeFor } from '../zones.ts';
import { gradeRange, unpublishedYears } from './bands.ts';
import { hatchFill, hatchPattern } from './hatch.ts';
import { chartDocument, finishSvg } from './svg.ts';
import { background, scales, SIZES, type ChartVariant } from './trend-frame.ts';

/**
 * A region's compliance trend as build-time SVG: per-year zone bands (each year's
 * own scheme), a grey column for years without assessment (2020), a marker where the
 * scheme changes (2021 → 2022), the region's scores as dots joined only between
 * consecutive years (gaps stay gaps), and the province and national medians where
 * they exist (≥ 5 scores).
 *
 * Coverage is partial: an assessed year in which the region has no published figure
 * is hatched. Years under the 2025– opinion method have no zones: their column gets a
 * neutral background behind a dashed break and the label "Metode baru 2025"; the
 * region's opinion tints the column in its own (blue-to-pink) colour and is named in
 * it; a score printed that year is a square dot that no line reaches.
 *
 * The shared background (axes, bands, markers) is in trend-frame.ts; this module draws
 * the region's own layer over it.
 */

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
  /** The id of the other rendering on the page whose title and description label this one (finishSvg). */
  labelledBy?: string;
}

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
  // Nothing is derived from scores under the opinion method: no medians there.
  return [...medians]
    .filter(([year]) => year >= from && year <= to && schemeFor(year)?.method !== 'opinion')
    .map(([year, score]) => ({ year, score: score as number | null }));
}

/** What the region's layer draws, with its tooltips: the data of every mark in `regionMarks`. */
function regionLayer(input: TrendChartInput, locale: Locale) {
  const { from, to } = input;
  const fmt = (v: number) => formatScore(v, locale);
  const points = input.points.filter((p) => p.year >= from && p.year <= to);
  const isOpinion = (year: number) => schemeFor(year)?.method === 'opinion';
  const zonePoints = points.filter((p) => !isOpinion(p.year));
  const newMethod = points.filter((p) => isOpinion(p.year));
  const region = toLinePoints(zonePoints, (p) => {
    const point = zonePoints.find((x) => x.year === p.year)!;
    return t('chart.pointTip', { year: p.year, score: fmt(p.score), grade: gradePhrase(point, locale) }, locale);
  });
  const methodTip = (p: SeriesPoint) =>
    p.score === null
      ? t('chart.opinionTip', { year: p.year, grade: gradePhrase(p, locale) }, locale)
      : t('chart.opinionScoreTip', { year: p.year, score: fmt(p.score), grade: gradePhrase(p, locale) }, locale);
  const opinions = newMethod.filter((p) => p.opinion).map((p) => ({ year: p.year, level: p.opinion!.level, tip: methodTip(p) }));
  const methodDots = newMethod
    .filter((p) => p.score !== null)
    .map((p) => ({ year: p.year, score: p.score, level: p.opinion?.level ?? null, tip: methodTip(p) }));
  const unpublished = unpublishedYears(points, from, to).map((year) => ({ year, tip: t('chart.unpublishedTip', { year }, locale) }));
  const gradeRanges = zonePoints.flatMap((p) => {
    const range = gradeRange(p);
    return range ? [{ year: p.year, ...range, tip: t('chart.gradeOnlyTip', { year: p.year, grade: gradePhrase(p, locale) }, locale) }] : [];
  });
  const medianTip = (label: string) => (p: { year: number; score: number }) => t('chart.medianTip', { label, year: p.year, value: fmt(p.score) }, locale);
  const province = toLinePoints(medianPoints(input.provinceMedians, from, to), medianTip(t('chart.legendProvince', undefined, locale)));
  const national = toLinePoints(medianPoints(input.nationalMedians, from, to), medianTip(t('chart.legendNational', undefined, locale)));
  return { region, opinions, methodDots, unpublished, gradeRanges, province, national };
}

type RegionLayer = ReturnType<typeof regionLayer>;

/** A whole year's column (0–100). */
const column = { x1: (d: { year: number }) => d.year - 0.5, x2: (d: { year: number }) => d.year + 0.5, y1: 0, y2: 100 };

/** The years without a published figure (hatched) and the opinion years (tinted, the opinion named). */
function columnMarks(layer: RegionLayer, chartId: string, narrow: boolean, locale: Locale) {
  return [
    // The region's years without a published figure: hatched over the bands.
    Plot.rect(layer.unpublished, { ...column, fill: hatchFill(chartId), title: 'tip', className: 'chart-unpublished', shapeRendering: 'crispEdges' }),
    // Its opinion (2025–): the column tinted in the opinion's colour, the opinion named in it.
    Plot.rect(layer.opinions, { ...column, fill: (d) => `var(--zone-opini-${d.level})`, fillOpacity: 0.38, title: 'tip', shapeRendering: 'crispEdges' }),
    Plot.text(layer.opinions, {
      x: 'year',
      y: 2,
      rotate: -90,
      textAnchor: 'start',
      text: (d: { level: OpinionLevel }) =>
        t(
          narrow ? 'chart.opinionShort' : 'grade.opinionBadge',
          { opinion: t(`grade.opinionLevel.${d.level}`, undefined, locale).replace(/ \(.*\)$/, '') },
          locale,
        ),
      fill: 'currentColor',
      stroke: 'var(--color-bg, #fff)',
      strokeWidth: 3,
      paintOrder: 'stroke',
      fontWeight: 600,
    }),
  ];
}

/** The grade-only bars, the medians, the region's line and dots, and the opinion method's square dots. */
function valueMarks(layer: RegionLayer) {
  const { region, province, national } = layer;
  return [
    // A zone or letter published without a score: a bar over the whole band it names.
    Plot.rect(layer.gradeRanges, {
      x1: (d) => d.year - 0.16,
      x2: (d) => d.year + 0.16,
      y1: 'y1',
      y2: 'y2',
      fill: 'currentColor',
      fillOpacity: 0.18,
      stroke: 'currentColor',
      strokeWidth: 2,
      title: 'tip',
      className: 'chart-grade-only',
    }),
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
    // A score under the opinion method: a square, never joined to the years before.
    Plot.dot(layer.methodDots, {
      x: 'year',
      y: 'score',
      r: 5,
      symbol: 'square',
      fill: (d) => (d.level ? `var(--zone-opini-${d.level})` : 'var(--color-bg, #fff)'),
      stroke: 'currentColor',
      strokeWidth: 2,
      title: 'tip',
      className: 'chart-points chart-points--method',
    }),
  ];
}

export function renderTrendChart(input: TrendChartInput): string {
  const locale = input.locale ?? 'id';
  const variant = input.variant ?? 'wide';
  const { fontSize, ...size } = SIZES[variant];
  const { from, to } = input;
  const layer = regionLayer(input, locale);

  // The region's marks only, on the same scales and margins as the shared background.
  const svg = Plot.plot({
    document: chartDocument(),
    ...size,
    ...scales(variant, from, to, locale, false),
    marks: [...columnMarks(layer, input.id, variant === 'narrow', locale), ...valueMarks(layer)],
  }) as unknown as Element;

  return finishSvg(svg, {
    id: input.id,
    title: t('chart.trendTitle', { name: input.name, from, to }, locale),
    desc: t('chart.trendDesc', undefined, locale),
    ...(input.labelledBy === undefined ? {} : { labelledBy: input.labelledBy }),
    className: `chart-svg chart-svg--${variant}`,
    fontSize,
    background: background(variant, from, to, locale) + (layer.unpublished.length ? hatchPattern(input.id) : ''),
  });
}
