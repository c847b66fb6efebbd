/**
 * "Unduh" for the comparison (src/components/region/CompareWidget.astro). The selection
 * exists only in the browser, so the files are made here: the CSV of the figures behind the
 * chart (through the same writer as every other CSV: formula-safe, UTF-8 with BOM), the
 * chart as a standalone SVG with its title, a key to its lines and the source inside, and
 * that SVG drawn at 2× on a canvas for the PNG.
 */
import { toCsv } from '../lib/export/csv.ts';
import { COMPARISON_COLUMNS } from '../lib/export/comparison.ts';
import type { Row } from '../lib/export/table.ts';
import { save, svgToPng } from './picture-files.ts';
import { svgElement } from './svg-element.ts';

export interface ComparisonFigures {
  /** The figures behind the chart, as at build time (src/lib/export/comparison.ts): one row per assessment of each region. */
  rows: Row[];
  /** The drawn chart, or null before anything is selected. */
  svg: SVGSVGElement | null;
  title: string;
  source: string;
  /** One key per region in the chart's order: its name and the swatch of its chip (line, dash and marker). */
  legend: Array<{ name: string; swatch: SVGSVGElement }>;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const HEAD = 30;
const FOOT = 24;
const KEY_ROW = 20;
const KEY_SWATCH = 30;
const SOURCE_LINE = 14;

/** Widths of text in `font` (the page's own), measured on a canvas; null where the browser has no 2D canvas. */
function measurer(font: string): ((text: string) => number) | null {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return null;
  context.font = font;
  return (text) => context.measureText(text).width;
}

/** An SVG <text> holding `content` as text. */
function textElement(attrs: Record<string, string | number>, content: string): SVGTextElement {
  const node = svgElement('text', attrs);
  node.textContent = content;
  return node;
}

/** Words of `text` in lines no wider than `max` pixels in `font` (a word longer than that gets a line of its own). */
function wrapText(text: string, font: string, max: number): string[] {
  const measure = measurer(font);
  if (!measure) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > max) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  return [...lines, line];
}

/** A copy of an SVG drawn on the page with its CSS colours (variables, currentColor, text fill) written out. */
function resolvedCopy(original: SVGSVGElement): SVGSVGElement {
  const copy = original.cloneNode(true) as SVGSVGElement;
  const originals = [original, ...original.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const style = getComputedStyle(el);
    const target = copies[i]!;
    for (const prop of ['fill', 'stroke'] as const) {
      if (el.getAttribute(prop)?.includes('var(') || el.getAttribute(prop) === 'currentColor' || (el.tagName === 'text' && prop === 'fill')) {
        target.setAttribute(prop, style[prop]);
      }
    }
  });
  return copy;
}

/**
 * The key under the chart: each region's swatch and name, wrapped into rows that fit the
 * width (names measured in the page's font). On the page the chips above the chart are the
 * key; a downloaded picture needs its own.
 */
function legend(figures: ComparisonFigures, width: number, fontFamily: string, color: string): { group: SVGGElement; height: number } {
  const measure = measurer(`12px ${fontFamily}`);
  const group = svgElement('g', { 'data-legend': '' });
  let x = 8;
  let row = 0;
  for (const { name, swatch } of figures.legend) {
    const itemWidth = KEY_SWATCH + 6 + (measure?.(name) ?? name.length * 7) + 18;
    if (x > 8 && x + itemWidth > width - 8) {
      x = 8;
      row += 1;
    }
    const item = svgElement('g', { transform: `translate(${x},${row * KEY_ROW})` });
    const mark = resolvedCopy(swatch);
    mark.removeAttribute('aria-hidden');
    mark.removeAttribute('focusable');
    mark.setAttribute('y', '1');
    item.append(mark, textElement({ x: KEY_SWATCH + 6, y: 11, 'font-size': 12, fill: color }, name));
    group.append(item);
    x += itemWidth;
  }
  return { group, height: figures.legend.length ? (row + 1) * KEY_ROW + 4 : 0 };
}

/** The chart with colours resolved (no CSS variables), a background, the title above, the key and the source below. */
function standalone(figures: ComparisonFigures): { text: string; width: number; height: number } {
  const chart = figures.svg!;
  const width = Number(chart.getAttribute('width'));
  const height = Number(chart.getAttribute('height'));
  const copy = resolvedCopy(chart);
  const body = getComputedStyle(document.body);
  const key = legend(figures, width, body.fontFamily, body.color);
  key.group.setAttribute('transform', `translate(0,${HEAD + height + 4})`);
  const sourceLines = wrapText(figures.source, `11px ${body.fontFamily}`, width - 16);
  const total = height + HEAD + key.height + FOOT + (sourceLines.length - 1) * SOURCE_LINE;
  const out = svgElement('svg', { xmlns: SVG_NS, width, height: total, viewBox: `0 0 ${width} ${total}`, 'font-family': body.fontFamily });
  const text = (y: number, content: string, size: number, weight = 'normal') =>
    textElement({ x: 8, y, 'font-size': size, 'font-weight': weight, fill: body.color }, content);
  const background = svgElement('rect', { width, height: total, fill: body.backgroundColor });
  // The chart's text size is set on its root, which the copy does not keep.
  const group = svgElement('g', { transform: `translate(0,${HEAD})`, 'font-size': chart.getAttribute('font-size') ?? '12' });
  group.append(...copy.childNodes);
  const source = sourceLines.map((line, i) => text(total - 8 - (sourceLines.length - 1 - i) * SOURCE_LINE, line, 11));
  out.append(background, text(20, figures.title, 15, 'bold'), group, key.group, ...source);
  return { text: new XMLSerializer().serializeToString(out), width, height: total };
}

/** Wires the buttons in `[data-downloads]` to the current figures. */
export function attachDownloads(container: HTMLElement, current: () => ComparisonFigures): void {
  container.hidden = false;
  container.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-download]');
    if (!button) return;
    const figures = current();
    const name = `perbandingan-${figures.rows
      .map((r) => r.code)
      .filter((c, i, all) => all.indexOf(c) === i)
      .join('_')}`;
    if (button.dataset.download === 'csv') save(`${name}.csv`, new Blob([toCsv(COMPARISON_COLUMNS, figures.rows)], { type: 'text/csv;charset=utf-8' }));
    if (!figures.svg) return;
    if (button.dataset.download === 'svg') save(`${name}.svg`, new Blob([standalone(figures).text], { type: 'image/svg+xml' }));
    if (button.dataset.download === 'png') save(`${name}.png`, await svgToPng(standalone(figures)));
  });
}
