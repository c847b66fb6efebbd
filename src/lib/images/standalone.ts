import { UNITS_PER_PX } from '../map/projection.ts';
import { resolveVars, token, type Theme } from './palette.ts';

/**
 * Turns a chart or map SVG made for inlining in a page (src/lib/charts,
 * src/lib/map/render.ts) into one that renders the same on its own, in librsvg or
 * any viewer: concrete colours instead of CSS variables, the map's page CSS as an
 * embedded `<style>`, and the root `<svg>` reduced to what drawing needs, so it can
 * be nested in a frame at a given position and size.
 */

export interface SvgRoot {
  /** Attributes of the root `<svg>` (values as written, still escaped). */
  attributes: Map<string, string>;
  /** Everything inside the root element. */
  inner: string;
  viewBox: [number, number, number, number];
  /** Size in CSS px: the width/height attributes, else the viewBox (÷ UNITS_PER_PX for a map). */
  width: number;
  height: number;
  isMap: boolean;
}

const ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?<svg((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*>/;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g;

/** Parses the root element of a chart or map SVG string. Throws when it is not one. */
export function parseSvgRoot(svg: string): SvgRoot {
  const match = ROOT.exec(svg);
  const end = svg.lastIndexOf('</svg>');
  if (!match || end < match[0].length) throw new Error('images: expected markup starting with <svg …> and ending with </svg>');
  const attributes = new Map<string, string>();
  for (const m of match[1]!.matchAll(ATTRIBUTE)) attributes.set(m[1]!, m[2] ?? m[3] ?? '');
  const isMap = /class="[^"]*\bzp-regions\b/.test(svg);
  const numbers = (attributes.get('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const width = Number(attributes.get('width'));
  const height = Number(attributes.get('height'));
  let viewBox: [number, number, number, number];
  if (numbers.length === 4 && numbers.every(Number.isFinite) && numbers[2]! > 0 && numbers[3]! > 0) {
    viewBox = numbers as [number, number, number, number];
  } else if (width > 0 && height > 0) {
    viewBox = [0, 0, width, height];
  } else {
    throw new Error('images: the SVG has neither a viewBox nor a width and height');
  }
  const unit = isMap ? UNITS_PER_PX : 1;
  return {
    attributes,
    inner: svg.slice(match[0].length, end),
    viewBox,
    width: width > 0 ? width : viewBox[2] / unit,
    height: height > 0 ? height : viewBox[3] / unit,
    isMap,
  };
}

/** Root attributes that only matter in a page (placement, identity, accessibility). */
const PAGE_ONLY = /^(width|height|x|y|class|id|role|style|tabindex|focusable|xmlns(:.*)?|aria-.*|data-.*)$/;

/**
 * The map's page CSS (ZoneMap.astro) with concrete colours. Strokes use
 * `non-scaling-stroke`, so they are given in output pixels: multiplied by `scale`.
 */
export function mapStyle(theme: Theme, scale: number): string {
  const c = (name: string) => token(theme, name);
  const px = (n: number) => `${Math.round(n * scale * 100) / 100}px`;
  return (
    `.zone-merah{fill:${c('zone-merah')}}.zone-kuning{fill:${c('zone-kuning')}}.zone-hijau{fill:${c('zone-hijau')}}` +
    `.zone-hijau-a{fill:${c('zone-hijau-a')}}.zone-hijau-b{fill:${c('zone-hijau-b')}}.zone-none{fill:url(#zp-map-hatch)}` +
    `.zone-opini-tertinggi{fill:${c('zone-opini-tertinggi')}}.zone-opini-tinggi{fill:${c('zone-opini-tinggi')}}` +
    `.zone-opini-sedang{fill:${c('zone-opini-sedang')}}.zone-opini-rendah{fill:${c('zone-opini-rendah')}}.zone-unrated{fill:${c('zone-none')}}` +
    `.zp-regions path{stroke:${c('color-swatch-outline')};stroke-width:${px(0.5)};stroke-linejoin:round;vector-effect:non-scaling-stroke}` +
    `.zp-hatch-bg{fill:${c('color-surface')}}.zp-hatch-line{stroke:${c('color-muted')};stroke-width:8px}` +
    `.zp-borders,.zp-outline{fill:none;stroke:${c('color-text')};stroke-linejoin:round;vector-effect:non-scaling-stroke}` +
    `.zp-borders{stroke-width:${px(0.9)};stroke-opacity:0.8}.zp-outline{stroke-width:${px(1.2)}}.zp-highlight{display:none}`
  );
}

export interface NestOptions {
  x: number;
  y: number;
  width: number;
  height: number;
  theme: Theme;
  /** Output pixels per CSS px (for non-scaling strokes). */
  scale: number;
}

/**
 * The SVG as a nested `<svg>` at (x, y) with the given size: colours resolved,
 * `currentColor` = the theme's text colour, the frame's font. Its own `<title>`
 * and `<desc>` stay (harmless, and useful in the SVG download).
 */
export function nestSvg(root: SvgRoot, options: NestOptions): string {
  const kept: string[] = [];
  for (const [name, value] of root.attributes) if (!PAGE_ONLY.test(name) && name !== 'viewBox') kept.push(` ${name}="${value}"`);
  const style = root.isMap ? `<style>${mapStyle(options.theme, options.scale)}</style>` : '';
  return (
    `<svg x="${options.x}" y="${options.y}" width="${options.width}" height="${options.height}" viewBox="${root.viewBox.join(' ')}"` +
    ` color="${token(options.theme, 'color-text')}"${resolveVars(kept.join(''), options.theme)}>` +
    `${style}${resolveVars(root.inner, options.theme)}</svg>`
  );
}
