import * as Plot from '@observablehq/plot';
import { t, type Locale } from '../../i18n/index.ts';
import { formatScore } from '../format.ts';
import { segments, type SeriesPoint } from '../model/series.ts';
import { gradePhrase } from '../model/summary.ts';
import { schemeFor } from '../zones.ts';
import { noAssessmentYears, opinionYears, schemeChanges, zoneBandRuns } from './bands.ts';
import { yearColumns } from './trend-frame.ts';
import { chartDocument, finishSvg, innerMarkup } from './svg.ts';

/**
 * A small trend for the province page's small multiples: the same encoding as the
 * region trend (per-year zone bands, grey years without assessment, the scheme
 * change, dots joined only between consecutive years) without axes. Years under the
 * 2025– opinion method get a plain column; a score printed there is a square that no
 * line reaches, and it is not part of the summary's range.
 */

export interface MiniChartInput {
  id: string;
  name: string;
  from: number;
  to: number;
  points: readonly SeriesPoint[];
  locale?: Locale;
}

const isOpinionYear = (year: number) => schemeFor(year)?.method === 'opinion';

/** The accessible summary: "31,08 (2017) sampai 88,54 (2024)", then any opinion year ("; 2025: opini Kualitas Tinggi"). */
export function miniSummary(points: readonly SeriesPoint[], locale: Locale = 'id'): string {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const scored = sorted.filter((p) => p.score !== null && !isOpinionYear(p.year));
  const first = scored[0];
  const last = scored.at(-1);
  const parts: string[] = [];
  if (first && last && first === last) parts.push(t('places.chart.miniOnce', { score: formatScore(first.score, locale), year: first.year }, locale));
  else if (first && last) {
    parts.push(
      t(
        'places.chart.miniRange',
        { first: formatScore(first.score, locale), firstYear: first.year, last: formatScore(last.score, locale), lastYear: last.year },
        locale,
      ),
    );
  }
  for (const p of sorted.filter((x) => isOpinionYear(x.year) && (x.opinion || x.score !== null))) {
    parts.push(t('places.chart.miniOpinion', { year: p.year, grade: p.opinion ? gradePhrase(p, locale) : formatScore(p.score, locale) }, locale));
  }
  return parts.length ? parts.join('; ') : t('places.chart.miniNone', undefined, locale);
}

const SIZE = { width: 200, height: 84, margin: 3 };
/** Bands, 2020 and the scheme change are the same for every region: rendered once per range. */
const backgrounds = new Map<string, string>();

function background(from: number, to: number): string {
  const key = `${from}|${to}`;
  const hit = backgrounds.get(key);
  if (hit !== undefined) return hit;
  const svg = Plot.plot({
    document: chartDocument(),
    ...SIZE,
    x: { domain: [from - 0.5, to + 0.5], axis: null },
    y: { domain: [0, 100], axis: null },
    marks: [
      Plot.rect(zoneBandRuns(from, to), { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: (d) => d.fill, fillOpacity: 0.32, shapeRendering: 'crispEdges' }),
      yearColumns(noAssessmentYears(from, to), 'var(--chart-gap, #e4e6ea)'),
      yearColumns(opinionYears(from, to), 'var(--color-surface, #f6f7f9)'),
      Plot.ruleX(schemeChanges(from, to), { x: 'x', stroke: 'currentColor', strokeDasharray: '3 2' }),
    ],
  }) as unknown as Element;
  const markup = innerMarkup(svg);
  backgrounds.set(key, markup);
  return markup;
}

export function renderMiniChart(input: MiniChartInput): string {
  const locale = input.locale ?? 'id';
  const { from, to } = input;
  const points = input.points.filter((p) => p.year >= from && p.year <= to && p.score !== null);
  const line = segments(points.filter((p) => !isOpinionYear(p.year))).flatMap((run, seg) => run.map((p) => ({ year: p.year, score: p.score, seg })));
  const method = points.filter((p) => isOpinionYear(p.year)).map((p) => ({ year: p.year, score: p.score, level: p.opinion?.level ?? null }));
  const svg = Plot.plot({
    document: chartDocument(),
    ...SIZE,
    x: { domain: [from - 0.5, to + 0.5], axis: null },
    y: { domain: [0, 100], axis: null },
    marks: [
      Plot.line(line, { x: 'year', y: 'score', z: 'seg', stroke: 'currentColor', strokeWidth: 2 }),
      Plot.dot(line, { x: 'year', y: 'score', r: 2.75, fill: 'currentColor' }),
      Plot.dot(method, {
        x: 'year',
        y: 'score',
        r: 3,
        symbol: 'square',
        fill: (d) => (d.level ? `var(--zone-opini-${d.level})` : 'var(--color-bg, #fff)'),
        stroke: 'currentColor',
        strokeWidth: 1.5,
      }),
    ],
  }) as unknown as Element;
  return finishSvg(svg, {
    id: input.id,
    title: t('places.chart.miniLabel', { name: input.name, summary: miniSummary(input.points, locale) }, locale),
    className: 'chart-svg chart-svg--mini',
    fontSize: 10,
    background: background(from, to),
  });
}
