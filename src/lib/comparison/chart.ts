/**
 * The comparison's chart (/bandingkan/): the chosen regions' scores overlaid on the zone bands
 * of each year, as an SVG element made in the document it is given (no DOM globals, no Plot).
 * The browser draws it at the container's width; in Node, tests/unit/comparison.test.ts draws
 * it with linkedom and keeps a snapshot. Text goes in as text nodes.
 */
import type { Locale } from '../../i18n/index.ts';
import type { CompareData } from '../model/places.ts';
import { svgNode } from './elements.ts';
import { comparisonNumbers } from './numbers.ts';
import { COLOURS, DASHES, marker, SHAPES } from './style.ts';

export interface ComparisonChartInput {
  data: CompareData;
  /** The chosen regions, in order: the n-th gets the n-th colour, dash and marker. */
  codes: readonly string[];
  /** A region's name (its code when unknown). */
  name: (code: string) => string;
  /** The width to draw at (the container's; 0 when unknown): clamped to 300–720 px. */
  width: number;
  locale: Locale;
  texts: { chartTitle: string; schemeChange: string; yLabel: string };
}

/** Margins: left (score labels), right, top (scheme-change labels), bottom (years). */
const LEFT = 34;
const RIGHT = 10;
const TOP = 34;
const BOTTOM = 30;

/** The chart's geometry: its size and the year/score scales. */
interface Frame {
  W: number;
  H: number;
  /** Width of one year's column. */
  col: number;
  x: (year: number) => number;
  y: (score: number) => number;
}

function frame(width: number, first: number, last: number): Frame {
  // Drawn at the container's width so text stays 12 px on a phone.
  const W = Math.round(Math.max(300, Math.min(720, width || 720)));
  const H = W < 500 ? 300 : 340;
  const x = (year: number) => LEFT + ((year - first + 0.5) / (last - first + 1)) * (W - LEFT - RIGHT);
  const y = (v: number) => TOP + (1 - v / 100) * (H - TOP - BOTTOM);
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
      out.push(
        svgNode(doc, 'line', { x1: left, x2: f.x(year) + f.col / 2, y1: f.y(min), y2: f.y(min), stroke: 'var(--color-bg)', 'shape-rendering': 'crispEdges' }),
      );
    top = min;
  }
}

/** The dashed line where the zone scheme changes, and its label. */
function schemeChange(doc: Document, f: Frame, year: number, template: string, out: SVGElement[]): void {
  const bx = f.x(year) - f.col / 2;
  const line = svgNode(doc, 'line', { x1: bx, x2: bx, y1: f.y(100), y2: f.y(0), stroke: 'currentColor', 'stroke-width': 1.5, 'stroke-dasharray': '4 3' });
  const text = template.replace('{year}', String(year));
  const label = svgNode(doc, 'text', { x: bx + 4, y: f.y(100) - 8, 'font-weight': 600, fill: 'currentColor' });
  // Two lines when one would run past the right edge ("Kategori A–E" / "sejak 2022").
  const cut = text.lastIndexOf(' ', text.lastIndexOf(' ') - 1);
  if (text.length * 6.5 > f.W - RIGHT - bx && cut > 0) {
    label.append(
      svgNode(doc, 'tspan', { x: bx + 4, dy: '-1.1em' }, text.slice(0, cut)),
      svgNode(doc, 'tspan', { x: bx + 4, dy: '1.1em' }, text.slice(cut + 1)),
    );
  } else label.append(text);
  out.push(line, label);
}

/** The background: every year's column, and a marked scheme change wherever the scheme differs from the last assessed year's. */
function background(doc: Document, f: Frame, data: CompareData, template: string): SVGElement[] {
  const out: SVGElement[] = [];
  let previousScheme: string | null = null;
  for (const year of data.years) {
    const bands = data.bands[year];
    yearColumn(doc, f, year, bands, out);
    if (!bands) continue;
    const scheme = data.schemes[year] ?? null;
    if (previousScheme && scheme && scheme !== previousScheme) schemeChange(doc, f, year, template, out);
    if (scheme) previousScheme = scheme;
  }
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
  const colour = COLOURS[index]!;
  let path = '';
  points.forEach((p, j) => {
    const prev = points[j - 1];
    path += `${prev && prev[0] === p[0] - 1 ? 'L' : 'M'}${f.x(p[0]).toFixed(1)},${f.y(p[1]!).toFixed(1)}`;
  });
  return svgNode(
    doc,
    'g',
    { 'data-code': code },
    svgNode(doc, 'path', { d: path, fill: 'none', stroke: colour, 'stroke-width': 2.5, 'stroke-dasharray': DASHES[index]!, 'stroke-linejoin': 'round' }),
    ...points.map((p) => marker(doc, SHAPES[index]!, f.x(p[0]), f.y(p[1]!), colour, svgNode(doc, 'title', {}, `${input.name(code)} ${p[0]}: ${score(p[1]!)}`))),
  );
}

/** The chart as an <svg> made in `doc`, or null when there is nothing to draw (no region chosen, no year). */
export function drawComparison(input: ComparisonChartInput, doc: Document): SVGSVGElement | null {
  const { data, codes, texts } = input;
  const first = data.years[0];
  const last = data.years.at(-1);
  if (!codes.length || first === undefined || last === undefined) return null;
  const f = frame(input.width, first, last);
  const { score } = comparisonNumbers(input.locale);
  return svgNode(
    doc,
    'svg',
    { viewBox: `0 0 ${f.W} ${f.H}`, width: f.W, height: f.H, role: 'img', class: 'compare-svg', 'font-size': 12 },
    svgNode(doc, 'title', {}, `${texts.chartTitle}: ${codes.map((code) => input.name(code)).join(', ')}`),
    ...background(doc, f, data, texts.schemeChange),
    ...axes(doc, f, data.years, texts.yLabel),
    ...codes.map((_, i) => regionLine(doc, f, input, i, score)),
  );
}
