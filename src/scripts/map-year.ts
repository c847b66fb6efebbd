/**
 * Year links on maps with `data-recolor` (src/scripts/map.ts): a year recolours the map in place
 * from /peta/<year>.json (no geometry is reloaded) and updates the legend, headings and the URL
 * (history API; back and forward work). Only within one method: a link to a year with opinions
 * instead of zones (or back) is followed as a plain link, because that page has its own legend.
 */
import type { MapYearData } from '../lib/map/data.ts';
import { showYear } from './map-legend.ts';
import { methodGroup, type MapView } from './map-view.ts';

interface HistoryState {
  zpMapYear?: number;
}

/** Data per year, shared by all maps on the page (one request per year). */
const yearData = new Map<string, Promise<MapYearData>>();

/** A year's data (`template`: its URL with `{year}`). */
export function loadYear(template: string, year: number): Promise<MapYearData> {
  const url = template.replace('{year}', String(year));
  let promise = yearData.get(url);
  if (!promise) {
    promise = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<MapYearData>;
    });
    promise.catch(() => yearData.delete(url)); // let a later attempt retry
    yearData.set(url, promise);
  }
  return promise;
}

function status(view: MapView, message: string): void {
  const el = view.root.querySelector('[data-map-status]');
  if (el) el.textContent = message;
}

/** Wires the year links and back/forward; `shown` is called once a year is on the map. */
export function attachYearLinks(view: MapView, shown: () => void): void {
  let request = 0;
  async function setYear(year: number, href: string | null): Promise<void> {
    const current = ++request;
    view.root.setAttribute('aria-busy', 'true');
    let data: MapYearData;
    try {
      data = await loadYear(view.template, year);
    } catch {
      if (current !== request) return;
      view.root.removeAttribute('aria-busy');
      status(view, view.text.failed);
      return;
    }
    if (current !== request) return; // a later click won
    if (methodGroup(data.method) !== view.method) {
      // Back/forward to a year of the other method: load its page (its own legend and headings).
      window.location.assign(href ?? window.location.href);
      return;
    }
    view.year = year;
    view.data = data;
    const sentence = showYear(view, year, data);
    view.root.removeAttribute('aria-busy');
    status(view, sentence);
    if (href !== null) history.pushState({ ...(history.state as object | null), zpMapYear: year } satisfies HistoryState, '', href);
    shown();
  }

  for (const link of view.root.querySelectorAll<HTMLAnchorElement>('a[data-year-link]')) {
    link.addEventListener('click', (event) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      // Another method (zones ↔ opinions): its own page has the right legend; follow the link.
      if (methodGroup(link.dataset.yearMethod) !== view.method) return;
      event.preventDefault();
      void setYear(Number(link.dataset.yearLink), link.href);
    });
  }
  history.replaceState({ ...(history.state as object | null), zpMapYear: view.year } satisfies HistoryState, '');
  window.addEventListener('popstate', (event) => {
    const year = (event.state as HistoryState | null)?.zpMapYear;
    if (typeof year === 'number' && year !== view.year) void setYear(year, null);
  });
}
