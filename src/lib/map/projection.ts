import { geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/**
 * Map coordinates are in fifths of a CSS pixel of the reference size: the
 * national map's viewBox is 6 000 units wide for a 1 200 px drawing. Integer
 * path coordinates then keep 0.2 px precision (see path.ts), below what a
 * 2× screen can show at that size.
 */
export const UNITS_PER_PX = 5;

export interface FitBox {
  /** Width of the drawing in map units. */
  width: number;
  /** Tallest allowed drawing in map units; a tall area is fitted to this height (and gets narrower). */
  maxHeight?: number;
  /** Empty margin on every side, in map units. */
  padding?: number;
}

export interface FittedMap {
  projection: GeoProjection;
  /** viewBox size in map units (integers). */
  width: number;
  height: number;
}

/**
 * A Mercator projection fitted to `object` (Indonesia straddles the equator, so
 * Mercator's distortion is small and north stays up). Resampling is off: the
 * geometry is already simplified, and resampling at 0.1 px would only add points.
 *
 * The drawing is `box.width` wide unless that would make it taller than
 * `box.maxHeight`; the height follows from the object's shape.
 * Throws when the object is empty or encloses most of the globe (a ring wound the
 * wrong way for d3-geo), because the fit would be meaningless.
 */
export function fitMap(object: GeoPermissibleObjects, box: FitBox): FittedMap {
  const padding = box.padding ?? 0;
  const unit = geoMercator().precision(0).scale(1).translate([0, 0]);
  const [[x0, y0], [x1, y1]] = geoPath(unit).bounds(object);
  const dx = x1 - x0;
  const dy = y1 - y0;
  if (!(dx > 0 && dy > 0) || !Number.isFinite(dx) || !Number.isFinite(dy)) throw new Error('fitMap: nothing to fit');
  // A whole-globe extent in unit Mercator is 2π wide; Indonesia is about 0.8.
  if (dx > Math.PI) throw new Error('fitMap: the object spans most of the globe (wrong ring winding?)');
  const innerWidth = box.width - 2 * padding;
  let scale = innerWidth / dx;
  if (box.maxHeight !== undefined && dy * scale > box.maxHeight - 2 * padding) scale = (box.maxHeight - 2 * padding) / dy;
  const width = Math.ceil(dx * scale + 2 * padding);
  const height = Math.ceil(dy * scale + 2 * padding);
  // Centre the drawing in its (rounded-up) box.
  const offsetX = (width - dx * scale) / 2;
  const offsetY = (height - dy * scale) / 2;
  const projection = geoMercator()
    .precision(0)
    .scale(scale)
    .translate([offsetX - x0 * scale, offsetY - y0 * scale]);
  return { projection, width, height };
}
