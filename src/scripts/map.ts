/**
 * Progressive enhancement for the build-time maps (src/components/map/ZoneMap.astro).
 * Without this script every map still shows, every region is a link with a
 * native tooltip, and the year control is links to per-year pages.
 *
 * With it:
 * - hover, keyboard focus and tap show a tooltip: name, score, zone, change vs the
 *   previous assessment (map-tooltip.ts, its text map-tip-text.ts). On touch screens a
 *   tap pins it (a bottom sheet on phones) with a link to the region page and a close
 *   button; Esc or a tap elsewhere closes it.
 * - one tab stop for the whole map; arrow keys move to the nearest region in that
 *   direction, Home/End to the first/last; Enter opens the region page (map-keys.ts).
 * - maps with `data-recolor`: a year link recolours in place from /peta/<year>.json
 *   (no geometry is reloaded), updates legend, headings and the URL (map-year.ts,
 *   map-legend.ts). Only within one method: a link to a year with opinions instead of
 *   zones (or back) is followed as a plain link, because that page has its own legend.
 * - the hatching keeps its spacing at any size (map-hatch.ts).
 *
 * No d3 here: the geometry is already drawn; this only swaps classes and text.
 * All data text goes in through textContent, never innerHTML.
 */
import { keepHatchFitted } from './map-hatch.ts';
import { attachKeys } from './map-keys.ts';
import { attachTooltip } from './map-tooltip.ts';
import { readView, type MapView } from './map-view.ts';
import { attachYearLinks, loadYear } from './map-year.ts';

/** Loads the data of the year shown (tooltips need it; recolouring loads its own); `loaded` is called either way. */
async function ensureData(view: MapView, loaded: () => void): Promise<void> {
  if (view.data?.year === view.year) return;
  try {
    const data = await loadYear(view.template, view.year);
    if (data.year === view.year) view.data = data;
  } catch {
    // The tooltip says the data could not be loaded; the map itself is unaffected.
    view.failedYear = view.year;
  }
  loaded();
}

function enhance(root: HTMLElement): void {
  const view = readView(root);
  root.dataset.enhanced = '';
  // The script's tooltip replaces the native one; the name stays as the link's label.
  for (const region of view.regions) {
    const title = region.querySelector('title');
    if (title) {
      region.setAttribute('aria-label', title.textContent ?? '');
      title.remove();
    }
  }
  for (const hint of root.querySelectorAll<HTMLElement>('[data-map-hint]')) hint.hidden = false;
  keepHatchFitted(view.svg);
  attachKeys(view, (region) => tooltip.pin(region));
  const tooltip = attachTooltip(view);
  if (root.dataset.recolor !== undefined) attachYearLinks(view, tooltip.refresh);
  void ensureData(view, tooltip.refresh);
}

for (const root of document.querySelectorAll<HTMLElement>('[data-zp-map]')) {
  if (root.querySelector('svg.zp-map__svg')) enhance(root);
}
