/**
 * What every part of the map script shares (src/scripts/map.ts): the map's elements, its texts,
 * the year shown and that year's data; and the small helpers they all use.
 */
import { fillClass, fillKey, FILL_KEYS, type FillKey } from '../lib/map/legend.ts';
import type { MapRegionDatum, MapYearData } from '../lib/map/data.ts';
import type { Locale } from '../i18n/index.ts';
import type { Category, OpinionLevel, Zone } from '../lib/types.ts';

/** The map's texts (ZoneMap.astro's `data-text`). */
export interface MapText {
  sentence: string;
  sentenceWithNone: string;
  sentenceOpinion: string;
  svgTitle: string;
  svgDesc: string;
  score: string;
  zone: string;
  opinion: string;
  change: string;
  notAssessed: string;
  unrated: string;
  noScore: string;
  noChange: string;
  loading: string;
  failed: string;
  zones: Record<Zone, string>;
  opinions: Record<OpinionLevel, string>;
  grades: Record<Zone, string>;
  categories: Record<Category, string>;
  withCategory: string;
}

/** Zone years and opinion years are drawn with different legends: a map recolours in place only within one. */
export type Method = 'opinion' | 'zones';

export function methodGroup(method: string | null | undefined): Method {
  return method === 'opinion' ? 'opinion' : 'zones';
}

export interface MapView {
  root: HTMLElement;
  svg: SVGSVGElement;
  /** The regions (links), in document order. */
  regions: SVGAElement[];
  text: MapText;
  /** Province names by code, for the tooltip. */
  provinces: Record<string, string>;
  locale: Locale;
  /** The URL of a year's data, with `{year}`. */
  template: string;
  /** The method the map's legend and headings were built for. */
  method: Method;
  /** The year shown. */
  year: number;
  /** The data of the year shown once loaded (a year's data may arrive after the year changed again: check `data.year`). */
  data: MapYearData | null;
  /** The year whose data could not be loaded (the tooltip says so instead of "loading"). */
  failedYear: number | null;
}

export function readView(root: HTMLElement): MapView {
  const svg = root.querySelector<SVGSVGElement>('svg.zp-map__svg')!;
  return {
    root,
    svg,
    regions: [...svg.querySelectorAll<SVGAElement>('a[data-code]')],
    text: JSON.parse(root.dataset.text ?? '{}') as MapText,
    provinces: JSON.parse(root.dataset.provinces ?? '{}') as Record<string, string>,
    locale: (root.dataset.locale as Locale | undefined) ?? 'id',
    template: root.dataset.jsonTemplate ?? '',
    method: methodGroup(root.dataset.method),
    year: Number(root.dataset.year),
    data: null,
    failedYear: null,
  };
}

/** The region (link) an event happened in, or null. */
export function regionOf(view: MapView, target: EventTarget | null): SVGAElement | null {
  const element = target instanceof Element ? target.closest('a[data-code]') : null;
  return element instanceof SVGAElement && view.svg.contains(element) ? element : null;
}

const FILL_CLASSES = FILL_KEYS.map(fillClass);

/** A region's fill in a year's data (`none`: no published figure). */
export function datumFill(datum: MapRegionDatum | undefined): FillKey {
  return datum ? fillKey(datum[0], datum[1], datum[5] ?? null, true) : 'none';
}

export function setFill(element: Element, key: FillKey): void {
  element.classList.remove(...FILL_CLASSES);
  element.classList.add(fillClass(key));
}
