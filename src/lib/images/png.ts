import { frameSvg, type FrameInput } from './frame.ts';
import { rasterise, type PngResult, type RasterOptions } from './raster.ts';

/**
 * Downloads of a chart or map ("Unduh SVG" / "Unduh PNG"): the chart framed with
 * its title, legend, demo notice and source (frame.ts), as a standalone SVG or as a
 * PNG at 2× (for sharp screens and print). Made at build time; with `cacheDir` a
 * repeated build reads unchanged PNGs from disk (same bytes).
 *
 * Map SVGs (src/lib/map/render.ts) are detected by their `zp-regions` group and
 * drawn at their page size (viewBox ÷ UNITS_PER_PX: 1 200 px national, up to
 * 800 × 640 px for a province); pass `contentWidth` to draw any SVG at another width.
 */

export type { FrameInput, LegendItem } from './frame.ts';
export type { PngResult } from './raster.ts';

/** Output pixels per CSS px of the PNG downloads. */
export const PNG_SCALE = 2;

export interface ChartPngOptions extends RasterOptions {
  /** Output pixels per CSS px (default 2). */
  scale?: number;
}

/** The framed chart as a standalone SVG at 1× (the "Unduh SVG" file). */
export function chartSvg(input: FrameInput): string {
  return frameSvg(input, 1).svg;
}

/**
 * The PNG's pixel size without rendering it (for `width`/`height` on a download link):
 * it depends on the chart (a province map's shape), the title's lines, the legend and
 * the notice, so it is not a constant.
 */
export function chartPngSize(input: FrameInput, scale = PNG_SCALE): { width: number; height: number } {
  const framed = frameSvg(input, scale);
  return { width: Math.round(framed.width * scale), height: Math.round(framed.height * scale) };
}

/** The framed chart as PNG: `scale` × the frame's size, e.g. 2 × (720 + 40) px wide for the wide trend chart. */
export async function chartPng(input: FrameInput, options: ChartPngOptions = {}): Promise<PngResult> {
  const scale = options.scale ?? PNG_SCALE;
  if (!(scale > 0 && scale <= 8)) throw new Error(`images: scale must be in (0, 8], got ${scale}`);
  const framed = frameSvg(input, scale);
  const result = await rasterise(framed.svg, options);
  const expected = { width: Math.round(framed.width * scale), height: Math.round(framed.height * scale) }; // = chartPngSize()
  if (result.width !== expected.width || result.height !== expected.height) {
    throw new Error(`images: PNG is ${result.width}×${result.height}, expected ${expected.width}×${expected.height}`);
  }
  return result;
}
