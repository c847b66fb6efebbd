import type { Region } from '../types.ts';
import { regionRows, type RegionRow, type ScoreData } from '../model/queries.ts';
import { formatCount } from '../format.ts';
import { t, type Locale } from '../../i18n/index.ts';
import { yearHasCategories, yearHasOpinions } from '../zones.ts';
import { geometryGapCodes, GEOMETRY_GAPS, type GeometryGap } from './gaps.ts';
import { fillKey, legend, legendSentenceKey, legendSentenceParams, type Legend } from './legend.ts';
import { nationalGeometry, provinceGeometry, renderMapSvg, type MapGeometry } from './render.ts';
import type { MapTopology } from './topology.ts';

/**
 * Everything a map component shows for one year and one scope (Indonesia or a
 * province): the SVG string, the legend with counts, the sentence that
 * summarises it, and the regions the map could not draw.
 */

export interface MapViewInput {
  data: ScoreData;
  year: number;
  /** A province code, or null for all of Indonesia. */
  provinceCode: string | null;
  /** National topology for Indonesia, province-detail topology for a province. */
  topology: MapTopology;
  /**
   * Link of a region's page (with the site's base path); null for a picture on its own (a
   * download): no links, and no base path that would make the same map differ per deployment.
   */
  regionHref: ((region: Region) => string) | null;
  idPrefix: string;
  locale?: Locale;
  gaps?: readonly GeometryGap[];
}

export interface MapView {
  year: number;
  categories: boolean;
  /** The year's results are opinions, not zones (2025–): legend, title and tooltips say so. */
  opinions: boolean;
  geometry: MapGeometry;
  /** Build-time SVG; every text in it is escaped (src/lib/escape.ts). */
  svg: string;
  legend: Legend;
  /** "2024, dari angka yang dipublikasikan: 61 merah, 203 kuning, 250 hijau." (with "; N belum ada angka" when N > 0) */
  sentence: string;
  /** Rows of every region in scope (registry order), as the tables show them. */
  rows: RegionRow[];
  /** Regions in scope that the map does not draw (gap list), in code order. */
  gapRegions: Region[];
}

/** The legend sentence for counts (shared with the client through the i18n templates). */
export function legendSentence(year: number, counts: Legend['counts'], locale: Locale = 'id', opinions = false): string {
  const params = legendSentenceParams(year, counts, (n) => formatCount(n, locale));
  return t(`map.legend.${legendSentenceKey(counts, opinions)}`, params, locale);
}

export function mapView(input: MapViewInput): MapView {
  const { data, year, provinceCode, topology, locale = 'id' } = input;
  const gapCodes = geometryGapCodes(input.gaps ?? GEOMETRY_GAPS);
  const rows = regionRows(data, year).filter((row) => provinceCode === null || row.region.provinceCode === provinceCode);
  const drawn = rows.filter((row) => !gapCodes.has(row.region.code));
  const gapRegions = rows.filter((row) => gapCodes.has(row.region.code)).map((row) => row.region);
  const categories = yearHasCategories(year);
  const opinions = yearHasOpinions(year);
  const fillOf = (row: RegionRow) => fillKey(row.zone, row.category, row.opinion?.level ?? null, row.published);
  const mapLegend = legend({ fills: rows.map(fillOf), gaps: gapRegions.length, categories, opinions });
  const sentence = legendSentence(year, mapLegend.counts, locale, opinions);
  const geometry = provinceCode === null ? nationalGeometry(topology) : provinceGeometry(topology, provinceCode);
  const province = provinceCode === null ? null : data.registry.provinces.find((p) => p.code === provinceCode);
  const count = formatCount(rows.length, locale);
  const title =
    province == null
      ? t(opinions ? 'map.svgTitleOpinion' : 'map.svgTitle', { count, year }, locale)
      : t(opinions ? 'map.svgTitleProvinceOpinion' : 'map.svgTitleProvince', { count, name: province.name, year }, locale);
  const { svg, undrawn } = renderMapSvg(geometry, {
    regions: drawn.map((row) => ({
      code: row.region.code,
      name: row.region.name,
      href: input.regionHref?.(row.region) ?? null,
      fill: fillOf(row),
    })),
    title,
    description: t('map.svgDesc', { sentence }, locale),
    idPrefix: input.idPrefix,
    className: 'zp-map__svg',
  });
  if (undrawn.length > 0) {
    // A region with no geometry that is not in the gap list would silently vanish: fail the build instead.
    throw new Error(`map: no geometry for ${undrawn.join(', ')}; add them to src/lib/map/gaps.ts with a reason`);
  }
  return { year, categories, opinions, geometry, svg, legend: mapLegend, sentence, rows, gapRegions };
}
