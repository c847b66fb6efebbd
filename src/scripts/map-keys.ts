/**
 * Keyboard on the map (src/scripts/map.ts): one tab stop for the whole map (roving tabindex);
 * arrow keys move to the nearest region in that direction (src/lib/map/spatial.ts), Home/End to
 * the first/last; Space pins the tooltip (for its link and close button); Enter follows the
 * region's link (native).
 */
import { nearestInDirection, type Direction, type Point } from '../lib/map/spatial.ts';
import { regionOf, type MapView } from './map-view.ts';

/** Makes the first region the map's tab stop and wires the keys; `pin` shows a region's tooltip pinned. */
export function attachKeys(view: MapView, pin: (region: SVGAElement) => void): void {
  const { svg, regions } = view;
  for (const region of regions) region.tabIndex = -1;
  const first = regions[0];
  if (first) first.tabIndex = 0;
  /** Region centres in the SVG's units, measured on first use. */
  let centers: Point[] | null = null;
  const nearest = (from: SVGAElement, ...direction: Direction): SVGAElement | null => {
    centers ??= regions.map((region) => {
      const box = region.getBBox();
      return [box.x + box.width / 2, box.y + box.height / 2] as const;
    });
    return regions[nearestInDirection(centers, regions.indexOf(from), direction)] ?? null;
  };

  svg.addEventListener('focusin', (event) => {
    const region = regionOf(view, event.target);
    if (!region) return;
    for (const other of regions) if (other !== region && other.tabIndex !== -1) other.tabIndex = -1;
    region.tabIndex = 0;
  });
  svg.addEventListener('keydown', (event) => {
    const region = regionOf(view, event.target);
    if (!region) return;
    let next: SVGAElement | null | undefined = null;
    switch (event.key) {
      case 'ArrowRight':
        next = nearest(region, 1, 0);
        break;
      case 'ArrowLeft':
        next = nearest(region, -1, 0);
        break;
      case 'ArrowDown':
        next = nearest(region, 0, 1);
        break;
      case 'ArrowUp':
        next = nearest(region, 0, -1);
        break;
      case 'Home':
        next = regions[0];
        break;
      case 'End':
        next = regions.at(-1);
        break;
      case ' ':
        // Space pins the tooltip for keyboard users who want the link and the close button.
        event.preventDefault();
        pin(region);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next && next !== region) next.focus();
  });
}
