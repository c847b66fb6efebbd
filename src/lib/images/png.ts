import { frameSvg, type FrameInput } from './frame.ts';

/**
 * Downloads of a chart or map ("Unduh SVG" / "Unduh PNG"): the chart framed with
 * its title, legend, demo notice and source (frame.ts), as a standalone SVG. The PNG
 * is that SVG drawn at 2× in the reader's browser (src/scripts/png-download.ts); its
 * size, for the link's label, comes from here.
 *
 * Map SVGs (src/lib/map/render.ts) are detected by their `zp-regions` group and
 * drawn at their page size (viewBox ÷ UNITS_PER_PX: 1 200 px national, up to
 * 800 × 640 px for a province); pass `contentWidth` to draw any SVG at another width.
 */

export type { FrameInput, LegendItem } from './frame.ts';

/** Output pixels per CSS px of the PNG downloads. */
export const PNG_SCALE = 2;

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
