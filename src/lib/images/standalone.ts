import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FILL_KEYS } from '../map/legend.ts';
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

/** The page's map CSS, read once (against `process.cwd()`, the project root, like src/lib/map/topology.ts). */
const MAP_CSS_FILE = 'src/styles/map-svg.css';
let mapCssText: string | undefined;
function mapCss(): string {
  return (mapCssText ??= readFileSync(resolve(process.cwd(), MAP_CSS_FILE), 'utf8'));
}

/**
 * The map's CSS as the page has it (src/styles/map-svg.css), made to stand alone: comments and
 * spacing dropped, colours concrete, and a non-scaling stroke's px width (screen px) multiplied by
 * `scale` (output pixels per CSS px). Then what only a download needs: each zone's fill (the page
 * sets --zone-fill per zone class, which SVG renderers such as librsvg do not read) and no
 * highlight layer.
 */
export function mapStyle(theme: Theme, scale: number): string {
  const px = (n: number) => `${Math.round(n * scale * 100) / 100}px`;
  const shared = mapCss()
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim()
    .replace(/[^{}]+\{[^}]*\}/g, (rule) =>
      rule.includes('vector-effect:non-scaling-stroke') ? rule.replace(/stroke-width:([\d.]+)px/g, (_m, n: string) => `stroke-width:${px(Number(n))}`) : rule,
    );
  // `none` is hatched and `unrated` grey by the shared rules.
  const fills = FILL_KEYS.filter((key) => key !== 'none' && key !== 'unrated')
    .map((key) => `.zp-regions a.zone-${key}{fill:${token(theme, `zone-${key}`)}}`)
    .join('');
  return `${resolveVars(shared, theme)}${fills}.zp-highlight{display:none}`;
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
