import * as Plot from '@observablehq/plot';
import { t, type Locale } from '../../i18n/index.ts';
import { formatScore } from '../format.ts';
import type { SeriesPoint } from '../model/series.ts';
import { gradePhrase } from '../model/summary.ts';
import { GRADE_BAR_HALF, isOpinionYear, miniBackground, miniRegionMarks, opinionFill } from './mini-marks.ts';
import { hatchFill, hatchPattern } from './hatch.ts';
import { yearColumns } from './trend-frame.ts';
import { chartDocument, finishSvg, innerMarkup } from './svg.ts';

/**
 * A small trend for the province page's small multiples: the marks of mini-marks.ts (the
 * share card draws the same ones) drawn with Plot, without axes. The encoding is the region
 * trend's: per-year zone bands, grey years without assessment, the scheme change, hatched
 * years without a published figure, a bar for a zone without a score, dots joined only
 * between consecutive years. Years under the 2025– opinion method get a plain column, tinted
 * with the region's opinion; a score printed there is a square that no line reaches, and it
 * is not part of the summary's range.
 */

export interface MiniChartInput {
  id: string;
  name: string;
  from: number;
  to: number;
  points: readonly SeriesPoint[];
  locale?: Locale;
}

/**
 * The accessible summary: "31,08 (2017) sampai 88,54 (2024)", then any zone printed without a score
 * ("; tanpa skor: zona kuning (2019)"), then any opinion year ("; 2025: opini Kualitas Tinggi").
 */
export function miniSummary(points: readonly SeriesPoint[], locale: Locale = 'id'): string {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const scored = sorted.filter((p) => p.score !== null && !isOpinionYear(p.year));
  const first = scored[0];
  const last = scored.at(-1);
  const parts: string[] = [];
  if (first && last && first === last) parts.push(t('chart.miniOnce', { score: formatScore(first.score, locale), year: first.year }, locale));
  else if (first && last) {
    parts.push(
      t(
        'chart.miniRange',
        { first: formatScore(first.score, locale), firstYear: first.year, last: formatScore(last.score, locale), lastYear: last.year },
        locale,
      ),
    );
  }
  // A zone or category printed without a score: the chart draws it as a bar, so the summary names it.
  const gradeOnly = sorted.filter((x) => x.score === null && !isOpinionYear(x.year) && x.zone !== null);
  if (gradeOnly.length > 0) {
    const grades = gradeOnly.map((x) => t('chart.miniGradeYear', { grade: gradePhrase(x, locale), year: x.year }, locale));
    parts.push(t('chart.miniGradeOnly', { grades: grades.join(', ') }, locale));
  }
  for (const p of sorted.filter((x) => isOpinionYear(x.year) && (x.opinion || x.score !== null))) {
    parts.push(t('chart.miniOpinion', { year: p.year, grade: p.opinion ? gradePhrase(p, locale) : formatScore(p.score, locale) }, locale));
  }
  return parts.length ? parts.join('; ') : t('chart.miniNone', undefined, locale);
}

const SIZE = { width: 200, height: 84, margin: 3 };
/** The options every mini chart's plots share: the size and the year and score scales (no axes). */
function plotFrame(from: number, to: number) {
  return {
    document: chartDocument(),
    ...SIZE,
    x: { domain: [from - 0.5, to + 0.5], axis: null },
    y: { domain: [0, 100], axis: null },
  };
}

/** Bands, 2020, the opinion method's columns and the scheme change are the same for every region: rendered once per range. */
const backgrounds = new Map<string, string>();

function background(from: number, to: number): string {
  const key = `${from}|${to}`;
  const hit = backgrounds.get(key);
  if (hit !== undefined) return hit;
  const marks = miniBackground(from, to);
  const svg = Plot.plot({
    ...plotFrame(from, to),
    marks: [
      Plot.rect(marks.bands, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: (d) => d.fill, fillOpacity: 0.32, shapeRendering: 'crispEdges' }),
      Plot.ruleY(marks.edges, {
        y: 'y',
        x1: 'x1',
        x2: 'x2',
        stroke: 'var(--color-bg, #fff)',
        strokeOpacity: 0.9,
        strokeWidth: 0.75,
        shapeRendering: 'crispEdges',
      }),
      yearColumns(marks.gaps, 'var(--chart-gap, #e4e6ea)'),
      yearColumns(marks.methodYears, 'var(--color-surface, #f6f7f9)'),
      Plot.ruleX(marks.changes, { x: (x: number) => x, stroke: 'currentColor', strokeDasharray: '3 2' }),
    ],
  }) as unknown as Element;
  const markup = innerMarkup(svg);
  backgrounds.set(key, markup);
  return markup;
}

const column = { x1: (year: number) => year - 0.5, x2: (year: number) => year + 0.5, y1: 0, y2: 100, shapeRendering: 'crispEdges' } as const;

export function renderMiniChart(input: MiniChartInput): string {
  const locale = input.locale ?? 'id';
  const { from, to } = input;
  const marks = miniRegionMarks(
    input.points.map((p) => ({ year: p.year, score: p.score, zone: p.zone, category: p.category, opinion: p.opinion?.level ?? null })),
    from,
    to,
  );
  const line = marks.runs.flatMap((run, seg) => run.map((p) => ({ ...p, seg })));
  const svg = Plot.plot({
    ...plotFrame(from, to),
    marks: [
      Plot.rect(marks.unpublished, { ...column, fill: hatchFill(input.id), className: 'chart-unpublished' }),
      Plot.rect(marks.opinions, {
        ...column,
        x1: (d) => d.year - 0.5,
        x2: (d) => d.year + 0.5,
        fill: (d) => opinionFill(d.level),
        fillOpacity: 0.38,
        className: 'chart-opinion',
      }),
      Plot.rect(marks.gradeBars, {
        x1: (d) => d.year - GRADE_BAR_HALF,
        x2: (d) => d.year + GRADE_BAR_HALF,
        y1: 'y1',
        y2: 'y2',
        fill: 'fill',
        stroke: 'currentColor',
        strokeWidth: 1,
        className: 'chart-grade-only',
      }),
      Plot.line(line, { x: 'year', y: 'score', z: 'seg', stroke: 'currentColor', strokeWidth: 2 }),
      Plot.dot(line, { x: 'year', y: 'score', r: 2.75, fill: 'currentColor', className: 'chart-points' }),
      Plot.dot(marks.squares, {
        x: 'year',
        y: 'score',
        r: 3,
        symbol: 'square',
        fill: (d) => (d.level ? opinionFill(d.level) : 'var(--color-bg, #fff)'),
        stroke: 'currentColor',
        strokeWidth: 1.5,
        className: 'chart-points chart-points--method',
      }),
    ],
  }) as unknown as Element;
  return finishSvg(svg, {
    id: input.id,
    title: t('chart.miniLabel', { name: input.name, summary: miniSummary(input.points, locale) }, locale),
    className: 'chart-svg chart-svg--mini',
    fontSize: 10,
    background: (marks.unpublished.length ? hatchPattern(input.id) : '') + background(from, to),
  });
}
