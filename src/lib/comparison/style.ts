/**
 * How each compared region is told apart: a colour, a dash pattern and a marker shape per
 * position in the selection (colour is never the only signal). Used by the chart, the chips
 * above it (their swatches are the key on the page) and so by the key of the downloads.
 */
import { svgNode } from './elements.ts';

export const COLORS = ['#0b4f9c', '#b34700', '#6a3d9a', '#00666b', '#a3005f', '#1d2330'];
export const DASHES = ['', '8 4', '2 3', '10 3 2 3', '14 4', '4 2'];
export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'circle-open', 'square-open'] as const;
export type Shape = (typeof SHAPES)[number];

/** A marker centred on (x, y); `children` go inside it (a `<title>` for the tooltip). */
export function marker(doc: Document, shape: Shape, x: number, y: number, color: string, ...children: Node[]): SVGElement {
  const open = shape.endsWith('-open');
  const paint = open ? { fill: 'var(--color-bg)', stroke: color, 'stroke-width': 2 } : { fill: color, stroke: 'var(--color-bg)', 'stroke-width': 1.5 };
  if (shape.startsWith('square')) return svgNode(doc, 'rect', { x: x - 4, y: y - 4, width: 8, height: 8, ...paint }, ...children);
  if (shape === 'triangle') return svgNode(doc, 'path', { d: `M${x},${y - 5}L${x + 5},${y + 4}L${x - 5},${y + 4}Z`, ...paint }, ...children);
  if (shape === 'diamond') return svgNode(doc, 'path', { d: `M${x},${y - 5.5}L${x + 5.5},${y}L${x},${y + 5.5}L${x - 5.5},${y}Z`, ...paint }, ...children);
  return svgNode(doc, 'circle', { cx: x, cy: y, r: 4.5, ...paint }, ...children);
}

/** The small picture of the `index`-th region's line and marker, 30 × 12 (its chip's swatch). */
export function swatch(doc: Document, index: number): SVGSVGElement {
  const color = COLORS[index]!;
  return svgNode(
    doc,
    'svg',
    { width: 30, height: 12, viewBox: '0 0 30 12', 'aria-hidden': 'true', focusable: 'false' },
    svgNode(doc, 'line', { x1: 1, y1: 6, x2: 29, y2: 6, stroke: color, 'stroke-width': 2.5, 'stroke-dasharray': DASHES[index]! }),
    marker(doc, SHAPES[index]!, 15, 6, color),
  );
}
