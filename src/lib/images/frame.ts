import { escapeHtml } from '../escape.ts';
import { resolveVars, token, type Theme } from './palette.ts';
import { nestSvg, parseSvgRoot } from './standalone.ts';
import { FONT_FAMILY, textWidth, wrap } from './text.ts';
import { ownValue } from '../own.ts';

/**
 * A chart or map framed for download: one standalone SVG with a background, the
 * title at the top, the chart (nested with its own viewBox), an optional legend,
 * an optional notice (the demo-data warning) and the source line at the bottom —
 * all inside the image, so a PNG shared on its own still says what it is and where
 * the figures come from. Every text is escaped (src/lib/escape.ts).
 */

/** A legend entry; colours may be `var(--token)` (resolved from the palette). */
export type LegendItem =
  | { kind: 'swatch'; label: string; fills: readonly string[]; hatch?: boolean }
  /** The trend chart's bar for a zone or letter published without a score: outlined, lightly filled. */
  | { kind: 'bar'; label: string }
  | { kind: 'line'; label: string; stroke: string; width?: number; dash?: string; marker?: 'circle' | 'square' | 'diamond' };

export interface FrameInput {
  /** The chart or map SVG (src/lib/charts, src/lib/map/render.ts). */
  svg: string;
  /** Default: the SVG's own `<title>` (charts and maps have one, e.g. "Skor kepatuhan Kabupaten Pesawaran, 2015–2024"). */
  title?: string;
  /** "Sumber: …", printed at the bottom. */
  source: string;
  /** Shown above the source in the banner colours, e.g. the demo-data warning. */
  notice?: string | null;
  legend?: readonly LegendItem[];
  theme?: Theme;
  /** Width in CSS px to draw the chart at (default: its own width; the map's from its viewBox). */
  contentWidth?: number;
  /** Smallest frame width in CSS px, so narrow charts still get a readable title (default 480). */
  minWidth?: number;
}

export interface FramedSvg {
  /** Standalone SVG; its width/height are `scale` × the layout size. */
  svg: string;
  /** Layout size in CSS px (at scale 1). */
  width: number;
  height: number;
}

const PAD = 20;
const TITLE_SIZE = 18;
const TITLE_LINE = 23;
const LEGEND_SIZE = 13;
const LEGEND_LINE = 20;
const NOTE_SIZE = 12;
const NOTE_LINE = 16;
const GAP = 12;

function r(n: number): number {
  return Math.round(n * 100) / 100;
}

function textLines(lines: readonly string[], x: number, y: number, lineHeight: number, attrs: string): string {
  return lines.map((line, i) => `<text x="${r(x)}" y="${r(y + i * lineHeight)}"${attrs}>${escapeHtml(line)}</text>`).join('');
}

function sample(item: LegendItem, x: number, y: number, theme: Theme): { markup: string; width: number } {
  const c = (v: string) => escapeHtml(resolveVars(v, theme));
  if (item.kind === 'line') {
    const mid = y - 4;
    const stroke = c(item.stroke);
    const dash = item.dash ? ` stroke-dasharray="${escapeHtml(item.dash)}"` : '';
    let marker = '';
    if (item.marker === 'circle') marker = `<circle cx="${x + 14}" cy="${mid}" r="4" fill="${stroke}"/>`;
    if (item.marker === 'square') marker = `<rect x="${x + 11}" y="${mid - 3}" width="6" height="6" fill="${stroke}"/>`;
    if (item.marker === 'diamond') marker = `<path d="M${x + 14} ${mid - 4}l4 4-4 4-4-4z" fill="${stroke}"/>`;
    return {
      markup: `<line x1="${x}" y1="${mid}" x2="${x + 28}" y2="${mid}" stroke="${stroke}" stroke-width="${item.width ?? 2}"${dash}/>${marker}`,
      width: 28,
    };
  }
  const size = 12;
  if (item.kind === 'bar') {
    const text = token(theme, 'color-text');
    return {
      markup: `<rect x="${x + 3}" y="${y - 11}" width="6" height="13" fill="${text}" fill-opacity="0.18" stroke="${text}" stroke-width="1.5"/>`,
      width: size,
    };
  }
  const outline = token(theme, 'color-swatch-outline');
  const parts = item.fills.map((fill, i) => `<rect x="${x + i * size}" y="${y - 10}" width="${size}" height="${size}" fill="${c(fill)}"/>`);
  if (item.hatch) {
    parts.push(
      `<rect x="${x}" y="${y - 10}" width="${size}" height="${size}" fill="${token(theme, 'color-surface')}"/>` +
        `<path d="M${x} ${y - 4}l6-6M${x} ${y + 2}l12-12M${x + 6} ${y + 2}l6-6" stroke="${token(theme, 'color-muted')}" stroke-width="1.5"/>`,
    );
  }
  const width = Math.max(1, item.fills.length) * size;
  parts.push(`<rect x="${x + 0.5}" y="${y - 9.5}" width="${width - 1}" height="${size - 1}" fill="none" stroke="${outline}"/>`);
  return { markup: parts.join(''), width };
}

/** Legend rows: items flow left to right and wrap at `width`. Returns markup and height. */
function legendRows(items: readonly LegendItem[], x: number, y: number, width: number, theme: Theme): { markup: string; height: number } {
  let cx = x;
  let row = 0;
  const out: string[] = [];
  for (const item of items) {
    const sampleWidth = item.kind === 'line' ? 28 : item.kind === 'bar' ? 12 : Math.max(1, item.fills.length) * 12;
    const itemWidth = sampleWidth + 6 + textWidth(item.label, LEGEND_SIZE) + 18;
    if (cx > x && cx + itemWidth > x + width) {
      cx = x;
      row += 1;
    }
    const baseline = y + row * LEGEND_LINE + LEGEND_SIZE;
    const s = sample(item, cx, baseline, theme);
    const label = wrap(item.label, width - sampleWidth - 6, LEGEND_SIZE, { maxLines: 1 })[0] ?? '';
    out.push(`${s.markup}<text x="${r(cx + s.width + 6)}" y="${baseline}" font-size="${LEGEND_SIZE}">${escapeHtml(label)}</text>`);
    cx += itemWidth;
  }
  return { markup: out.join(''), height: items.length === 0 ? 0 : (row + 1) * LEGEND_LINE };
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of the SVG's first `<title>`, unescaped, or '' when it has none. */
export function svgTitle(svg: string): string {
  const raw = /<title\b[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
  return raw.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (match, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ownValue(ENTITY, name) ?? match;
  });
}

/** The framed SVG at `scale` output pixels per CSS px (1 for the SVG download, 2 for PNG). */
export function frameSvg(input: FrameInput, scale = 1): FramedSvg {
  const theme = input.theme ?? 'light';
  const root = parseSvgRoot(input.svg);
  const titleText = input.title ?? svgTitle(input.svg);
  const contentWidth = input.contentWidth ?? root.width;
  const contentHeight = r((contentWidth * root.viewBox[3]) / root.viewBox[2]);
  const width = Math.ceil(Math.max(contentWidth + 2 * PAD, input.minWidth ?? 480));
  const inner = width - 2 * PAD;
  const text = token(theme, 'color-text');
  const muted = token(theme, 'color-muted');

  const parts: string[] = [];
  let y = PAD;
  const title = wrap(titleText, inner, TITLE_SIZE, { weight: 'bold', maxLines: 3 });
  parts.push(textLines(title, PAD, y + TITLE_SIZE - 3, TITLE_LINE, ` font-size="${TITLE_SIZE}" font-weight="bold"`));
  y += title.length * TITLE_LINE + GAP;

  const chartX = r(PAD + (inner - contentWidth) / 2);
  parts.push(nestSvg(root, { x: chartX, y, width: contentWidth, height: contentHeight, theme, scale }));
  y += contentHeight + GAP;

  if (input.legend && input.legend.length > 0) {
    const legend = legendRows(input.legend, PAD, y, inner, theme);
    parts.push(legend.markup);
    y += legend.height + GAP / 2;
  }
  if (input.notice) {
    const lines = wrap(input.notice, inner - 16, NOTE_SIZE, { weight: 'bold', maxLines: 3 });
    const boxHeight = lines.length * NOTE_LINE + 10;
    parts.push(
      `<rect x="${PAD}" y="${y}" width="${inner}" height="${boxHeight}" rx="3" fill="${token(theme, 'color-banner-bg')}" stroke="${token(theme, 'color-banner-border')}"/>` +
        textLines(lines, PAD + 8, y + 5 + NOTE_SIZE, NOTE_LINE, ` font-size="${NOTE_SIZE}" font-weight="bold" fill="${token(theme, 'color-banner-text')}"`),
    );
    y += boxHeight + GAP / 2;
  }
  const source = wrap(input.source, inner, NOTE_SIZE, { maxLines: 3 });
  parts.push(textLines(source, PAD, y + NOTE_SIZE, NOTE_LINE, ` font-size="${NOTE_SIZE}" fill="${muted}"`));
  y += source.length * NOTE_LINE + PAD - 4;

  const height = Math.ceil(y);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width * scale}" height="${height * scale}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${FONT_FAMILY}" fill="${text}">` +
    `<title>${escapeHtml(titleText)}</title>` +
    `<rect width="${width}" height="${height}" fill="${token(theme, 'color-bg')}"/>` +
    `${parts.join('')}</svg>`;
  return { svg, width, height };
}
