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
 * The drawing is `box.width` wide (d3-geo's fitWidth) unless that would make it taller
 * than `box.maxHeight` (then fitHeight); the viewBox is that size plus the padding,
 * rounded up to whole units, and the drawing is centred in it (fitExtent).
 * Throws when the object is empty or encloses most of the globe (a ring wound the
 * wrong way for d3-geo), because the fit would be meaningless.
 */
export function fitMap(object: GeoPermissibleObjects, box: FitBox): FittedMap {
  const padding = box.padding ?? 0;
  const projection = geoMercator().precision(0);
  const unit = drawnSize(projection.scale(1).translate([0, 0]), object);
  if (!(unit.width > 0 && unit.height > 0) || !Number.isFinite(unit.width) || !Number.isFinite(unit.height)) throw new Error('fitMap: nothing to fit');
  // A whole-globe extent in unit Mercator is 2π wide; Indonesia is about 0.8.
  if (unit.width > Math.PI) throw new Error('fitMap: the object spans most of the globe (wrong ring winding?)');
  let drawn = drawnSize(projection.fitWidth(box.width - 2 * padding, object), object);
  if (box.maxHeight !== undefined && drawn.height > box.maxHeight - 2 * padding) {
    drawn = drawnSize(projection.fitHeight(box.maxHeight - 2 * padding, object), object);
  }
  const width = wholeUnits(drawn.width + 2 * padding);
  const height = wholeUnits(drawn.height + 2 * padding);
  // Centre the drawing in its rounded-up box; the scale stays (up to float noise), as the box is at least the drawing's size.
  projection.fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    object,
  );
  return { projection, width, height };
}

/**
 * A size rounded up to whole map units, ignoring float noise: a drawing fitted to 5 960
 * units may measure 5 960.000000001, which must not make the viewBox a unit larger.
 */
function wholeUnits(size: number): number {
  return Math.ceil(size - 1e-6);
}

/** Width and height of `object` drawn with `projection`, in its units. */
function drawnSize(projection: GeoProjection, object: GeoPermissibleObjects): { width: number; height: number } {
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(object);
  return { width: x1 - x0, height: y1 - y0 };
}
