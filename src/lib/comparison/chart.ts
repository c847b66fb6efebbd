/**
 * The comparison's chart (/bandingkan/): the chosen regions' scores overlaid on the zone bands
 * of each year, as an SVG element made in the document it is given (no DOM globals, no Plot).
 * The browser draws it at the container's width; in Node, tests/unit/comparison.test.ts draws
 * it with linkedom and keeps a snapshot. Text goes in as text nodes.
 */
import type { Locale } from '../../i18n/index.ts';
import type { CompareData } from '../model/compare-data.ts';
import type { SchemeChangeKind } from '../zones.ts';
import { svgNode } from './elements.ts';
import { comparisonNumbers } from './numbers.ts';
import { COLORS, DASHES, marker, SHAPES } from './style.ts';

export interface ComparisonChartInput {
  data: CompareData;
  /** The chosen regions, in order: the n-th gets the n-th colour, dash and marker. */
  codes: readonly string[];
  /** A region's name (its code when unknown). */
  name: (code: string) => string;
  /** The width to draw at (the container's; 0 when unknown): clamped to 300–720 px. */
  width: number;
  locale: Locale;
  texts: ComparisonChartTexts;
}

/** Templates with `{year}`: the A–E categories' change (2022), another zone scheme's, the opinion method's (2025). */
export interface ComparisonChartTexts {
  chartTitle: string;
  yLabel: string;
  schemeChange: string;
  schemeChangeOther: string;
  methodBreak: string;
}

/** Margins: left (score labels), right, top (scheme-change labels: two lines), bottom (years). */
const LEFT = 34;
const RIGHT = 10;
const TOP = 34;
const BOTTOM = 30;
/** Line height of a scheme-change label; one more line goes on top when the method label needs its own. */
const LINE = 14;

/** The chart's geometry: its size and the year/score scales. */
interface Frame {
  W: number;
  H: number;
  /** Width of one year's column. */
  col: number;
  x: (year: number) => number;
  y: (score: number) => number;
}

function frame(width: number, first: number, last: number, extraTop = 0): Frame {
  // Drawn at the container's width so text stays 12 px on a phone.
  const W = Math.round(Math.max(300, Math.min(720, width || 720)));
  const H = (W < 500 ? 300 : 340) + extraTop;
  const top = TOP + extraTop;
  const x = (year: number) => LEFT + ((year - first + 0.5) / (last - first + 1)) * (W - LEFT - RIGHT);
  const y = (v: number) => top + (1 - v / 100) * (H - top - BOTTOM);
  return { W, H, col: (W - LEFT - RIGHT) / (last - first + 1), x, y };
}

/** A band's colour (global.css): its zone's, a dark and a light green for categories A and B. */
const bandFill = (zone: string, category: string | null) =>
  zone === 'hijau' && (category === 'A' || category === 'B')
    ? `var(--zone-hijau-${category.toLowerCase()})`
    : ['merah', 'kuning', 'hijau'].includes(zone)
      ? `var(--zone-${zone})`
      : 'none';

/** A year's column: its zone bands, or the grey of a year without assessment (2020). */
function yearColumn(doc: Document, f: Frame, year: number, bands: CompareData['bands'][string] | undefined, out: SVGElement[]): void {
  const left = f.x(year) - f.col / 2;
  if (!bands) {
    out.push(svgNode(doc, 'rect', { x: left, y: f.y(100), width: f.col, height: f.y(0) - f.y(100), fill: 'var(--chart-gap)' }));
    return;
  }
  if (!bands.length) {
    // The opinion method (2025): no zones, its own tint as in the trend chart.
    out.push(svgNode(doc, 'rect', { x: left, y: f.y(100), width: f.col, height: f.y(0) - f.y(100), fill: 'var(--color-surface)' }));
    return;
  }
  // Rules after all bands: a band drawn after a rule would cover it (D and E are both merah).
  const rules: SVGElement[] = [];
  let top = 100;
  for (const [min, zone, category] of bands) {
    out.push(
      svgNode(doc, 'rect', {
        x: left,
        y: f.y(top),
        width: f.col,
        height: f.y(min) - f.y(top),
        fill: bandFill(zone, category),
        'fill-opacity': 0.32,
        'shape-rendering': 'crispEdges',
      }),
    );
    if (min > 0)
      rules.push(
        svgNode(doc, 'line', { x1: left, x2: f.x(year) + f.col / 2, y1: f.y(min), y2: f.y(min), stroke: 'var(--color-bg)', 'shape-rendering': 'crispEdges' }),
      );
    top = min;
  }
  out.push(...rules);
}

/** A scheme change's label: its text and whether it is set on two lines ("Kategori A–E" / "sejak 2022"). */
interface ChangeLabel {
  year: number;
  kind: SchemeChangeKind;
  text: string;
  lines: string[];
}

function changeLabels(f: Frame, data: CompareData, texts: ComparisonChartTexts): ChangeLabel[] {
  const template = { categories: texts.schemeChange, other: texts.schemeChangeOther, method: texts.methodBreak };
  return data.changes.map(([year, kind]) => {
    const text = template[kind].replace('{year}', String(year));
    if (kind === 'method') return { year, kind, text, lines: [text] };
    // Two lines when one would run past the right edge.
    const cut = text.lastIndexOf(' ', text.lastIndexOf(' ') - 1);
    const bx = f.x(year) - f.col / 2;
    return { year, kind, text, lines: text.length * 6.5 > f.W - RIGHT - bx && cut > 0 ? [text.slice(0, cut), text.slice(cut + 1)] : [text] };
  });
}

/** Lines the method label is lifted by: above the other changes' labels, which start left of it. */
function methodLift(labels: readonly ChangeLabel[]): number {
  return labels.some((l) => l.kind === 'method') ? Math.max(0, ...labels.filter((l) => l.kind !== 'method').map((l) => l.lines.length)) : 0;
}

/**
 * A scheme change: the dashed line at the change and its label. A zone-scheme label starts at the line;
 * the method label (2025) ends at the right edge, a line above the others so the two never overlap.
 */
function schemeChange(doc: Document, f: Frame, label: ChangeLabel, lift: number, out: SVGElement[]): void {
  const bx = f.x(label.year) - f.col / 2;
  const line = svgNode(doc, 'line', { x1: bx, x2: bx, y1: f.y(100), y2: f.y(0), stroke: 'currentColor', 'stroke-width': 1.5, 'stroke-dasharray': '4 3' });
  const method = label.kind === 'method';
  const x = method ? f.W - RIGHT : bx + 4;
  const baseline = f.y(100) - 8 - (method ? lift * LINE : (label.lines.length - 1) * LINE);
  const text = svgNode(doc, 'text', { x, y: baseline, 'font-weight': 600, fill: 'currentColor', ...(method ? { 'text-anchor': 'end' } : {}) });
  if (label.lines.length === 1) text.append(label.text);
  else text.append(...label.lines.map((part, i) => svgNode(doc, 'tspan', { x, ...(i ? { dy: LINE } : {}) }, part)));
  out.push(line, text);
}

/** The background: every year's column, and each scheme change with its label. */
function background(doc: Document, f: Frame, data: CompareData, labels: readonly ChangeLabel[]): SVGElement[] {
  const out: SVGElement[] = [];
  for (const year of data.years) yearColumn(doc, f, year, data.bands[year], out);
  const lift = methodLift(labels);
  for (const label of labels) schemeChange(doc, f, label, lift, out);
  return out;
}

/** The score axis (0–100, its label at the top left) and the years below (`’19` when a column is narrow). */
function axes(doc: Document, f: Frame, years: readonly number[], yLabel: string): SVGElement[] {
  return [
    svgNode(doc, 'text', { x: 4, y: 14, fill: 'currentColor' }, `↑ ${yLabel}`),
    ...[0, 20, 40, 60, 80, 100].map((v) =>
      svgNode(doc, 'text', { x: LEFT - 8, y: f.y(v), 'text-anchor': 'end', 'dominant-baseline': 'middle', fill: 'currentColor' }, String(v)),
    ),
    ...years.map((year) =>
      svgNode(
        doc,
        'text',
        { x: f.x(year), y: f.H - BOTTOM + 18, 'text-anchor': 'middle', fill: 'currentColor' },
        f.col < 42 ? `’${String(year).slice(2)}` : String(year),
      ),
    ),
  ];
}

/** One region: its line, broken wherever a year is missing (a gap stays a gap), and a marker with a tooltip per score. */
function regionLine(doc: Document, f: Frame, input: ComparisonChartInput, index: number, score: (v: number) => string): SVGGElement {
  const code = input.codes[index]!;
  const points = (input.data.series[code] ?? []).filter((p) => p[1] !== null);
  const color = COLORS[index]!;
  let path = '';
  points.forEach((p, j) => {
    const prev = points[j - 1];
    path += `${prev && prev[0] === p[0] - 1 ? 'L' : 'M'}${f.x(p[0]).toFixed(1)},${f.y(p[1]!).toFixed(1)}`;
  });
  return svgNode(
    doc,
    'g',
    { 'data-code': code },
    svgNode(doc, 'path', { d: path, fill: 'none', stroke: color, 'stroke-width': 2.5, 'stroke-dasharray': DASHES[index]!, 'stroke-linejoin': 'round' }),
    ...points.map((p) => marker(doc, SHAPES[index]!, f.x(p[0]), f.y(p[1]!), color, svgNode(doc, 'title', {}, `${input.name(code)} ${p[0]}: ${score(p[1]!)}`))),
  );
}

/** The chart as an <svg> made in `doc`, or null when there is nothing to draw (no region chosen, no year). */
export function drawComparison(input: ComparisonChartInput, doc: Document): SVGSVGElement | null {
  const { data, codes, texts } = input;
  const first = data.years[0];
  const last = data.years.at(-1);
  if (!codes.length || first === undefined || last === undefined) return null;
  // The labels decide the top margin: a line more when the method label sits above two-line labels.
  const labels = changeLabels(frame(input.width, first, last), data, texts);
  const f = frame(input.width, first, last, Math.max(0, methodLift(labels) - 1) * LINE);
  const { score } = comparisonNumbers(input.locale);
  return svgNode(
    doc,
    'svg',
    { viewBox: `0 0 ${f.W} ${f.H}`, width: f.W, height: f.H, role: 'img', class: 'compare-svg', 'font-size': 12 },
    svgNode(doc, 'title', {}, `${texts.chartTitle}: ${codes.map((code) => input.name(code)).join(', ')}`),
    ...background(doc, f, data, labels),
    ...axes(doc, f, data.years, texts.yLabel),
    ...codes.map((_, i) => regionLine(doc, f, input, i, score)),
  );
}
