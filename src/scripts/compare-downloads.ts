/**
 * "Unduh" for the comparison (src/components/region/CompareWidget.astro). The selection
 * exists only in the browser, so the files are made here: the CSV of the figures behind the
 * chart (through the same writer as every other CSV: formula-safe, UTF-8 with BOM), the
 * chart as a standalone SVG with its title and source inside, and that SVG drawn at 2× on
 * a canvas for the PNG.
 */
import { toCsv } from '../lib/export/csv.ts';
import type { Column, Row } from '../lib/export/table.ts';

export interface ComparisonFigures {
  /** One row per region per year on the axis: code, name, year, score, zone, category. */
  rows: Row[];
  /** The drawn chart, or null before anything is selected. */
  svg: SVGSVGElement | null;
  title: string;
  source: string;
}

const COLUMNS: Column[] = [
  { name: 'code', type: 'text', description: 'Kemendagri code' },
  { name: 'name', type: 'text', description: 'Name' },
  { name: 'year', type: 'integer', description: 'Year' },
  { name: 'score', type: 'number', description: 'Compliance score 0–100' },
  { name: 'zone', type: 'text', description: 'merah, kuning or hijau' },
  { name: 'category', type: 'text', description: 'A–E from 2022' },
];

function save(name: string, blob: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const HEAD = 30;
const FOOT = 24;

/** The chart with colours resolved (no CSS variables), a background, the title above and the source below. */
function standalone(figures: ComparisonFigures): { text: string; width: number; height: number } {
  const chart = figures.svg!;
  const width = Number(chart.getAttribute('width'));
  const height = Number(chart.getAttribute('height'));
  const copy = chart.cloneNode(true) as SVGSVGElement;
  const originals = [chart, ...chart.querySelectorAll('*')];
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
  const body = getComputedStyle(document.body);
  const out = document.createElementNS(SVG_NS, 'svg');
  const total = height + HEAD + FOOT;
  for (const [k, v] of Object.entries({ xmlns: SVG_NS, width, height: total, viewBox: `0 0 ${width} ${total}`, 'font-family': body.fontFamily })) out.setAttribute(k, String(v));
  const text = (y: number, content: string, size: number, weight = 'normal') => {
    const t = document.createElementNS(SVG_NS, 'text');
    for (const [k, v] of Object.entries({ x: 8, y, 'font-size': size, 'font-weight': weight, fill: body.color })) t.setAttribute(k, String(v));
    t.textContent = content;
    return t;
  };
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ width, height: total, fill: body.backgroundColor })) background.setAttribute(k, String(v));
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('transform', `translate(0,${HEAD})`);
  group.append(...copy.childNodes);
  out.append(background, text(20, figures.title, 15, 'bold'), group, text(total - 8, figures.source, 11));
  return { text: new XMLSerializer().serializeToString(out), width, height: total };
}

async function png(svg: { text: string; width: number; height: number }): Promise<Blob> {
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = svg.width * 2;
  canvas.height = svg.height * 2;
  const context = canvas.getContext('2d')!;
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  URL.revokeObjectURL(image.src);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG'))), 'image/png'));
}

/** Wires the buttons in `[data-downloads]` to the current figures. */
export function attachDownloads(container: HTMLElement, current: () => ComparisonFigures): void {
  container.hidden = false;
  container.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-download]');
    if (!button) return;
    const figures = current();
    const name = `perbandingan-${figures.rows.map((r) => r.code).filter((c, i, all) => all.indexOf(c) === i).join('_')}`;
    if (button.dataset.download === 'csv') save(`${name}.csv`, new Blob([toCsv(COLUMNS, figures.rows)], { type: 'text/csv;charset=utf-8' }));
    if (!figures.svg) return;
    if (button.dataset.download === 'svg') save(`${name}.svg`, new Blob([standalone(figures).text], { type: 'image/svg+xml' }));
    if (button.dataset.download === 'png') save(`${name}.png`, await png(standalone(figures)));
  });
}
