import * as Plot from '@observablehq/plot';
import { t, type Locale } from '../../i18n/index.ts';
import { formatScore } from '../format.ts';
import { segments, type SeriesPoint } from '../model/series.ts';
import { gradePhrase } from '../model/summary.ts';
import type { OpinionLevel } from '../types.ts';
import { schemeFor } from '../zones.ts';
import { noAssessmentYears, schemeChanges, zoneBandRuns, zoneBands } from './bands.ts';
import { chartDocument, finishSvg, innerMarkup, NO_FONT_VARIANT } from './svg.ts';

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
  narrow: { width: 360, height: 330, fontSize: 12, marginLeft: 32, marginRight: 14, marginTop: 60, marginBottom: 28 },
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
  // Nothing is derived from scores under the opinion method: no medians there.
  return [...medians]
    .filter(([year]) => year >= from && year <= to && schemeFor(year)?.method !== 'opinion')
    .map(([year, score]) => ({ year, score: score as number | null }));
}

/** Years from `from` to `to` under the 2025– opinion method (no zones, no cut-offs). */
/** Full-height columns over whole years (0–100): the grey of a year without assessment, the plain column of the opinion method. */
export function yearColumns(years: readonly number[], fill: string) {
  return Plot.rect(years, { x1: (y: number) => y - 0.5, x2: (y: number) => y + 0.5, y1: 0, y2: 100, fill, shapeRendering: 'crispEdges' });
}

export function opinionYears(from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= to; y += 1) if (schemeFor(y)?.method === 'opinion') years.push(y);
  return years;
}

/** Assessed years from `from` to `to` in which the region has no published figure (drawn hatched). */
export function unpublishedYears(points: readonly { year: number }[], from: number, to: number): number[] {
  const have = new Set(points.map((p) => p.year));
  const years: number[] = [];
  for (let y = from; y <= to; y += 1) if (schemeFor(y) !== null && !have.has(y)) years.push(y);
  return years;
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
      ...NO_FONT_VARIANT,
      ...(axes ? {} : { axis: null }),
    },
    y: {
      domain: [0, 100],
      ticks: [0, 20, 40, 60, 80, 100],
      label: t('places.chart.yLabel', undefined, locale),
      tickSize: 0,
      ...NO_FONT_VARIANT,
      ...(axes ? {} : { axis: null }),
    },
  } as const;
}

function background(variant: ChartVariant, from: number, to: number, locale: Locale): string {
  const key = `${variant}|${from}|${to}|${locale}`;
  const hit = backgrounds.get(key);
  if (hit !== undefined) return hit;
  const { fontSize: _fontSize, ...size } = SIZES[variant];
  const bands = zoneBandRuns(from, to);
  const gaps = noAssessmentYears(from, to);
  const changes = schemeChanges(from, to);
  const methodYears = opinionYears(from, to);
  // The opinion method's break gets its label at the right edge, a line above the 2022 label when both show.
  const methodChanges = changes.filter((c) => c.scheme.method === 'opinion');
  const otherChanges = changes.filter((c) => c.scheme.method !== 'opinion');
  const lift = otherChanges.length > 0 ? (variant === 'narrow' ? 36 : 16) : 0;
  // Category letters (A–E) at the right edge of the last year column, wide variant only, when that year has
  // bands (not when the axis ends in an opinion year: letters there would read as 2025 grades).
  const lastBands = variant === 'wide' ? zoneBands(to, to).filter((b) => b.category !== null) : [];
  const svg = Plot.plot({
    document: chartDocument(),
    ...size,
    ...scales(variant, from, to, locale, true),
    marks: [
      Plot.rect(bands, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: (d) => d.fill, fillOpacity: 0.32, inset: 0, shapeRendering: 'crispEdges' }),
      // Thin lines between bands, so D and E (both merah) stay apart.
      Plot.ruleY(
        bands.filter((b) => b.y1 > 0),
        { y: 'y1', x1: 'x1', x2: 'x2', stroke: 'var(--color-bg, #fff)', strokeOpacity: 0.9, shapeRendering: 'crispEdges' },
      ),
      yearColumns(gaps, 'var(--chart-gap, #e4e6ea)'),
      yearColumns(methodYears, 'var(--color-surface, #f6f7f9)'),
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
      Plot.text(otherChanges, {
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
      Plot.text(methodChanges, {
        x: to + 0.5,
        y: 100,
        dx: variant === 'narrow' ? SIZES.narrow.marginRight : 0,
        dy: -6 - lift,
        lineAnchor: 'bottom',
        textAnchor: 'end',
        text: (c) => t('places.chart.methodBreak', { year: c.year }, locale),
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

/**
 * The score range a published zone or letter stands for in its year (hijau in 2018: 81–100;
 * kuning in 2022: 54–78), for a year with a grade and no score; null with a score or no grade.
 */
export function gradeRange(p: Pick<SeriesPoint, 'year' | 'score' | 'zone' | 'category'>): { y1: number; y2: number } | null {
  if (p.score !== null || p.zone === null) return null;
  const bands = zoneBands(p.year, p.year).filter((b) => b.zone === p.zone && (p.category === null || b.category === p.category));
  if (!bands.length) return null;
  return { y1: Math.min(...bands.map((b) => b.y1)), y2: Math.max(...bands.map((b) => b.y2)) };
}

/** The hatch pattern for years without a published figure (the map's "not assessed" look, washed over the bands). */
function addHatch(svg: Element, id: string): void {
  const document = chartDocument();
  const ns = 'http://www.w3.org/2000/svg';
  const defs = document.createElementNS(ns, 'defs');
  const pattern = document.createElementNS(ns, 'pattern');
  for (const [k, v] of Object.entries({ id, patternUnits: 'userSpaceOnUse', width: '6', height: '6', patternTransform: 'rotate(45)' }))
    pattern.setAttribute(k, v);
  const wash = document.createElementNS(ns, 'rect');
  for (const [k, v] of Object.entries({ width: '6', height: '6', fill: 'var(--color-bg, #fff)', 'fill-opacity': '0.6' })) wash.setAttribute(k, v);
  const line = document.createElementNS(ns, 'path');
  for (const [k, v] of Object.entries({ d: 'M0 0V6', stroke: 'var(--color-muted, #5c6470)', 'stroke-width': '1.5', 'stroke-opacity': '0.7' }))
    line.setAttribute(k, v);
  pattern.append(wash, line);
  defs.append(pattern);
  svg.prepend(defs);
}

export function renderTrendChart(input: TrendChartInput): string {
  const locale = input.locale ?? 'id';
  const variant = input.variant ?? 'wide';
  const { fontSize, ...size } = SIZES[variant];
  const { from, to } = input;
  const fmt = (v: number) => formatScore(v, locale);

  const points = input.points.filter((p) => p.year >= from && p.year <= to);
  const isOpinion = (year: number) => schemeFor(year)?.method === 'opinion';
  const zonePoints = points.filter((p) => !isOpinion(p.year));
  const newMethod = points.filter((p) => isOpinion(p.year));
  const region = toLinePoints(zonePoints, (p) => {
    const point = zonePoints.find((x) => x.year === p.year)!;
    return t('places.chart.pointTip', { year: p.year, score: fmt(p.score), grade: gradePhrase(point, locale) }, locale);
  });
  const methodTip = (p: SeriesPoint) =>
    p.score === null
      ? t('places.chart.opinionTip', { year: p.year, grade: gradePhrase(p, locale) }, locale)
      : t('places.chart.opinionScoreTip', { year: p.year, score: fmt(p.score), grade: gradePhrase(p, locale) }, locale);
  const opinions = newMethod.filter((p) => p.opinion).map((p) => ({ year: p.year, level: p.opinion!.level, tip: methodTip(p) }));
  const methodDots = newMethod
    .filter((p) => p.score !== null)
    .map((p) => ({ year: p.year, score: p.score, level: p.opinion?.level ?? null, tip: methodTip(p) }));
  const unpublished = unpublishedYears(points, from, to).map((year) => ({ year, tip: t('places.chart.unpublishedTip', { year }, locale) }));
  const gradeRanges = zonePoints.flatMap((p) => {
    const range = gradeRange(p);
    return range ? [{ year: p.year, ...range, tip: t('places.chart.gradeOnlyTip', { year: p.year, grade: gradePhrase(p, locale) }, locale) }] : [];
  });
  const hatchId = `${input.id}-hatch`;
  const narrow = variant === 'narrow';
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
      // The region's years without a published figure: hatched over the bands.
      Plot.rect(unpublished, {
        x1: (d) => d.year - 0.5,
        x2: (d) => d.year + 0.5,
        y1: 0,
        y2: 100,
        fill: `url(#${hatchId})`,
        title: 'tip',
        className: 'chart-unpublished',
        shapeRendering: 'crispEdges',
      }),
      // Its opinion (2025–): the column tinted in the opinion's colour, the opinion named in it.
      Plot.rect(opinions, {
        x1: (d) => d.year - 0.5,
        x2: (d) => d.year + 0.5,
        y1: 0,
        y2: 100,
        fill: (d) => `var(--zone-opini-${d.level})`,
        fillOpacity: 0.38,
        title: 'tip',
        shapeRendering: 'crispEdges',
      }),
      Plot.text(opinions, {
        x: 'year',
        y: 2,
        rotate: -90,
        textAnchor: 'start',
        text: (d: { level: OpinionLevel }) =>
          t(
            narrow ? 'places.chart.opinionShort' : 'places.grade.opinionBadge',
            { opinion: t(`places.opinion.${d.level}`, undefined, locale).replace(/ \(.*\)$/, '') },
            locale,
          ),
        fill: 'currentColor',
        stroke: 'var(--color-bg, #fff)',
        strokeWidth: 3,
        paintOrder: 'stroke',
        fontWeight: 600,
      }),
      // A zone or letter published without a score: a bar over the whole band it names.
      Plot.rect(gradeRanges, {
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
      Plot.dot(methodDots, {
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
    ],
  }) as unknown as Element;
  if (unpublished.length) addHatch(svg, hatchId);

  return finishSvg(svg, {
    id: input.id,
    title: t('places.chart.trendTitle', { name: input.name, from, to }, locale),
    desc: t('places.chart.trendDesc', undefined, locale),
    className: `chart-svg chart-svg--${variant}`,
    fontSize,
    background: background(variant, from, to, locale),
  });
}
