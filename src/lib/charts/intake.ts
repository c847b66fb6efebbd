import * as Plot from '@observablehq/plot';
import type { Locale } from '../../i18n/index.ts';
import { measureById } from '../complaints/measures.ts';
import { formatCount } from '../format.ts';
import type { IntakePoint } from '../model/complaints.ts';
import { chartDocument, finishSvg, NO_FONT_VARIANT } from './svg.ts';

/**
 * Reports taken in per year by the nation or one Ombudsman office, as build-time
 * SVG. Each measure is its own series (its own symbol, a line only between its own
 * points in consecutive years), so two definitions never share a line; a dashed
 * rule marks each year where the measure changes (named once in the legend, not on
 * the chart, where the labels of close years would collide). Labels come from the caller.
 */

export interface IntakeChartInput {
  id: string;
  title: string;
  desc: string;
  points: readonly IntakePoint[];
  /** "definisi berubah" / "definition changes": each dashed rule's tooltip (the legend names it once). */
  changeLabel: string;
  yLabel: string;
  locale?: Locale;
}

const SYMBOLS = ['circle', 'square', 'diamond', 'triangle', 'star', 'cross', 'wye', 'plus'] as const;
const COLORS = ['var(--chart-resolved, #1d5fa8)', 'var(--chart-province, #6a3d9a)', 'var(--color-text, #1d2330)', 'var(--chart-national, #4d5562)'];

/** Measures in order of first appearance, each with a symbol and colour (the legend uses the same order). */
export function intakeMeasures(points: readonly IntakePoint[]): { measure: string; symbol: (typeof SYMBOLS)[number]; color: string }[] {
  const order: string[] = [];
  for (const p of points) if (!order.includes(p.figure.measure)) order.push(p.figure.measure);
  return order.map((measure, i) => ({ measure, symbol: SYMBOLS[i % SYMBOLS.length]!, color: COLORS[i % COLORS.length]! }));
}

export function renderIntakeChart(input: IntakeChartInput): string {
  const locale = input.locale ?? 'id';
  const points = [...input.points].sort((a, b) => a.year - b.year);
  const measures = intakeMeasures(points);
  const data = points.map((p) => {
    const m = measureById(p.figure.measure);
    const label = m ? m.label[locale] : p.figure.measure;
    return {
      year: p.year,
      count: p.figure.count,
      measure: p.figure.measure,
      tip: `${p.year}: ${p.figure.approximate ? '± ' : ''}${formatCount(p.figure.count, locale)}${p.figure.bound ? '+' : ''} — ${label}`,
    };
  });
  // Lines join a measure's points in consecutive years only.
  const runs: (typeof data)[] = [];
  for (const d of data) {
    const run = runs.find((r) => r.at(-1)!.measure === d.measure && r.at(-1)!.year === d.year - 1);
    if (run) run.push(d);
    else runs.push([d]);
  }
  const lineData = runs.filter((r) => r.length > 1).flatMap((r, i) => r.map((d) => ({ ...d, run: i })));
  const changes = points.filter((p) => p.definitionChanged).map((p) => p.year - 0.5);
  const years = points.map((p) => p.year);
  const from = Math.min(...years);
  const to = Math.max(...years);
  const svg = Plot.plot({
    document: chartDocument(),
    width: 420,
    height: 240,
    marginLeft: 48,
    marginRight: 12,
    marginTop: 24,
    marginBottom: 26,
    x: {
      domain: [from - 0.5, to + 0.5],
      label: null,
      tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : ''),
      ticks: years.length > 8 ? undefined : years,
      tickSize: 0,
      ...NO_FONT_VARIANT,
    },
    y: { grid: true, nice: true, zero: true, label: input.yLabel, tickFormat: (d: number) => formatCount(d, locale), tickSize: 0, ...NO_FONT_VARIANT },
    marks: [
      Plot.ruleX(changes, { stroke: 'var(--color-muted, #5c6470)', strokeDasharray: '4 3', title: () => input.changeLabel }),
      // One pair of marks per measure, with constant styles (CSS variables are not colours Plot can scale).
      ...measures.flatMap((m) => [
        Plot.line(
          lineData.filter((d) => d.measure === m.measure),
          { x: 'year', y: 'count', z: 'run', stroke: m.color },
        ),
        Plot.dot(
          data.filter((d) => d.measure === m.measure),
          { x: 'year', y: 'count', symbol: m.symbol, fill: m.color, stroke: m.color, r: 4, title: 'tip' },
        ),
      ]),
      Plot.ruleY([0]),
    ],
  }) as unknown as Element;
  return finishSvg(svg, { id: input.id, title: input.title, desc: input.desc, className: 'chart-svg chart-svg--wide', fontSize: 12 });
}
