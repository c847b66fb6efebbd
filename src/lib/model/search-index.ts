/**
 * The search index (`/cari.json`, `/en/cari.json`): one entry per kabupaten/kota with its name,
 * province and page, in the short-key shape src/lib/model/search.ts (the browser's search)
 * reads. Pure.
 */
import { ascending } from 'd3-array';
import type { Locale } from '../../i18n/index.ts';
import { pageHref, regionPath } from '../paths.ts';
import type { FiguresData } from './figures-index.ts';
import type { SearchEntry } from './search.ts';

/** The search index (`/cari.json`): one entry per kabupaten/kota, province order then code. */
export function searchIndex(registry: Pick<FiguresData['registry'], 'regions' | 'provinces'>, href: (path: string) => string): SearchEntry[] {
  const provinces = new Map(registry.provinces.map((p) => [p.code, p.name]));
  return [...registry.regions]
    .sort((a, b) => ascending(a.code, b.code))
    .map((r) => ({ c: r.code, n: r.name, s: r.shortName, p: provinces.get(r.provinceCode) ?? r.provinceCode, u: href(regionPath(r)), k: r.kind }));
}

/** The search index of one language: its entries link to the pages in `locale` (`/cari.json`, `/en/cari.json`). */
export function localeSearchIndex({ registry }: { registry: Pick<FiguresData['registry'], 'regions' | 'provinces'> }, locale: Locale): SearchEntry[] {
  return searchIndex(registry, (path) => pageHref(path, locale));
}
