import { feature, mesh } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import { attr, escapeHtml } from '../escape.ts';
import { fillClass, type FillKey } from './legend.ts';
import { compactPath } from './path.ts';
import { fitMap, UNITS_PER_PX } from './projection.ts';
import { regionFeatures, type AreaFeature, type MapTopology } from './topology.ts';

/**
 * Build-time map rendering: projected geometry (cached; it does not change by
 * year) and the SVG string for one map (changes by year only in its classes).
 */

/** National map: 1 200 px reference width, like the measured budget. */
export const NATIONAL_WIDTH = 1200 * UNITS_PER_PX;
/** Province maps: 800 px reference width, at most 640 px tall. */
export const PROVINCE_WIDTH = 800 * UNITS_PER_PX;
export const PROVINCE_MAX_HEIGHT = 640 * UNITS_PER_PX;
const PADDING = 4 * UNITS_PER_PX;

export interface MapGeometry {
  width: number;
  height: number;
  /** One entry per kabupaten/kota with geometry, in code order; `d` is CompactPath data. */
  regions: Array<{ code: string; d: string }>;
  /** Borders between provinces (national map), '' on a province map. */
  borders: string;
  /**
   * The province's outline (province map), '' on the national map, where the
   * regions' own strokes draw the coast (a separate coastline would cost 9 KB gzip).
   */
  outline: string;
  /** [longitude, latitude] → map units, or null when the point cannot be projected. */
  project: (point: [number, number]) => [number, number] | null;
}

const cache = new WeakMap<MapTopology, Map<string, MapGeometry>>();

function cached(topology: MapTopology, key: string, make: () => MapGeometry): MapGeometry {
  let perTopology = cache.get(topology);
  if (!perTopology) cache.set(topology, (perTopology = new Map()));
  let geometry = perTopology.get(key);
  if (!geometry) perTopology.set(key, (geometry = make()));
  return geometry;
}

function build(
  topology: MapTopology,
  fitTo: AreaFeature | ReturnType<typeof feature>,
  box: { width: number; maxHeight?: number },
  regions: AreaFeature[],
  provinces: GeometryObject[],
  lines: 'borders' | 'outline',
): MapGeometry {
  const { projection, width, height } = fitMap(fitTo, { ...box, padding: PADDING });
  const collection = { type: 'GeometryCollection' as const, geometries: provinces };
  return {
    width,
    height,
    regions: regions.map((f) => ({ code: f.id, d: compactPath(projection, f) })),
    borders:
      lines === 'borders'
        ? compactPath(
            projection,
            mesh(topology, collection, (a, b) => a !== b),
          )
        : '',
    outline: lines === 'outline' ? compactPath(projection, mesh(topology, collection)) : '',
    project: (point) => projection(point),
  };
}

/** All kabupaten/kota of Indonesia, province borders over them, fitted to 1 200 px. */
export function nationalGeometry(topology: MapTopology): MapGeometry {
  return cached(topology, 'national', () => {
    const provinces = topology.objects.provinsi.geometries;
    return build(topology, feature(topology, topology.objects.provinsi), { width: NATIONAL_WIDTH }, regionFeatures(topology), provinces, 'borders');
  });
}

/**
 * One province's kabupaten/kota, fitted to the province (pass the province-detail
 * topology). Throws for a province without geometry.
 */
export function provinceGeometry(topology: MapTopology, provinceCode: string): MapGeometry {
  return cached(topology, `province:${provinceCode}`, () => {
    const outline = topology.objects.provinsi.geometries.find((g) => g.id === provinceCode);
    if (!outline) throw new Error(`map: no geometry for province ${provinceCode}`);
    return build(
      topology,
      feature(topology, outline) as AreaFeature,
      { width: PROVINCE_WIDTH, maxHeight: PROVINCE_MAX_HEIGHT },
      regionFeatures(topology, provinceCode),
      [outline],
      'outline',
    );
  });
}

export interface SvgRegion {
  code: string;
  /** Accessible name and native tooltip, e.g. `Kabupaten Pesawaran`. */
  name: string;
  /** The region's page; null in a picture on its own (a download), which links nowhere. */
  href: string | null;
  fill: FillKey;
}

export interface SvgOptions {
  /** Regions to draw, in tab order; regions without geometry are skipped (list them as gaps). */
  regions: readonly SvgRegion[];
  title: string;
  description: string;
  /** Prefix for element ids (title, description); unique per page. */
  idPrefix: string;
  /** Class on the root `<svg>`. */
  className?: string;
}

/** The id of the hatch pattern for regions without a score (one map per page). */
export const HATCH_ID = 'zp-map-hatch';

/**
 * The map as an SVG string: a link per region (title = name, class = fill),
 * then the outlines, then an empty highlight layer for the client script.
 * Every text and attribute passes through escape.ts; path data is digits only.
 * Returns the codes it could not draw as well, so callers can assert there are none.
 */
export function renderMapSvg(geometry: MapGeometry, options: SvgOptions): { svg: string; undrawn: string[] } {
  const paths = new Map(geometry.regions.map((r) => [r.code, r.d]));
  const undrawn: string[] = [];
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  const hatch = 6 * UNITS_PER_PX;
  let out =
    `<svg${attr('class', options.className)} viewBox="0 0 ${geometry.width} ${geometry.height}" role="group"` +
    `${attr('aria-labelledby', titleId)}${attr('aria-describedby', descId)}>` +
    `<title${attr('id', titleId)}>${escapeHtml(options.title)}</title>` +
    `<desc${attr('id', descId)}>${escapeHtml(options.description)}</desc>` +
    `<defs><pattern${attr('id', HATCH_ID)} patternUnits="userSpaceOnUse" width="${hatch}" height="${hatch}" patternTransform="rotate(45)">` +
    `<rect class="zp-hatch-bg" width="${hatch}" height="${hatch}"/><path class="zp-hatch-line" d="m0 0v${hatch}"/></pattern></defs>` +
    '<g class="zp-regions">';
  for (const region of options.regions) {
    const d = paths.get(region.code);
    if (d === undefined || d === '') {
      undrawn.push(region.code);
      continue;
    }
    out +=
      `<a${attr('href', region.href)}${attr('class', fillClass(region.fill))}${attr('data-code', region.code)}>` +
      `<title>${escapeHtml(region.name)}</title><path d="${d}"/></a>`;
  }
  out += '</g>';
  if (geometry.borders !== '') out += `<path class="zp-borders" d="${geometry.borders}"/>`;
  if (geometry.outline !== '') out += `<path class="zp-outline" d="${geometry.outline}"/>`;
  out += '<g class="zp-highlight" aria-hidden="true"><path class="zp-highlight-ring"/><path class="zp-highlight-line"/></g>';
  out += '</svg>';
  return { svg: out, undrawn };
}
