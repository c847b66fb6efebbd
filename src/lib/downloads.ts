/**
 * Where each chart's and map's embed and downloads live. Pages link here
 * (src/components/ShareTools.astro) and the endpoints under src/pages/unduh/ and the
 * embed pages under src/pages/embed/ build exactly these paths, so a link cannot point
 * to a file that is not built (tests/e2e/quality/links.test.ts checks it too).
 *
 * Pictures carry text (title, source line, axis labels), so the SVG is made per language;
 * the PNG is drawn from it in the browser at 2× (src/scripts/png-download.ts) — the sizes
 * here label its link. The CSV holds figures with English column names and is shared.
 */
import type { Locale } from '../i18n/index.ts';
import type { RegionChart } from './chart-downloads.ts';
import type { Province, Region } from './types.ts';

export type { RegionChart };

export interface ChartTools {
  embedPath: string;
  embedHeight: number;
  downloads: { svg: string; pngWidth: number; pngHeight: number; csv: string };
}

/** Heights of the embeds' iframes without the auto-height script. */
export const EMBED_HEIGHT = { tren: 620, pengaduan: 560, map: 640, provinceMap: 720, compare: 720, intake: 600 } as const;

/** The intake chart of the nation (`province` null) or one Ombudsman office: embed and downloads. */
export function intakeTools(province: Pick<Province, 'slug'> | null, size: { width: number; height: number }, locale: Locale): ChartTools {
  const stem = province ? `/unduh/provinsi/${province.slug}/pengaduan` : '/unduh/pengaduan/nasional';
  return {
    embedPath: province ? `/embed/provinsi/${province.slug}/pengaduan/` : '/embed/pengaduan/',
    embedHeight: EMBED_HEIGHT.intake,
    downloads: { svg: `${stem}.${locale}.svg`, pngWidth: size.width, pngHeight: size.height, csv: `${stem}.csv` },
  };
}

const regionKey = (region: Pick<Region, 'code' | 'slug'>) => `${region.code}-${region.slug}`;

export function regionEmbedPath(region: Pick<Region, 'code' | 'slug'>, chart: RegionChart): string {
  return `/embed/daerah/${regionKey(region)}/${chart}/`;
}
export function nationalMapEmbedPath(year: number): string {
  return `/embed/peta/${year}/`;
}
export function provinceMapEmbedPath(province: Pick<Province, 'slug'>, year: number): string {
  return `/embed/provinsi/${province.slug}/${year}/`;
}

/** Download files of a region chart: `/unduh/daerah/18.09/tren.csv`, `/unduh/daerah/18.09/tren.en.svg`. */
export function regionDownloadPath(region: Pick<Region, 'code'>, chart: RegionChart, ext: 'csv' | 'svg', locale: Locale): string {
  return `/unduh/daerah/${region.code}/${chart}${ext === 'csv' ? '' : `.${locale}`}.${ext}`;
}
export function nationalMapDownloadPath(year: number, ext: 'csv' | 'svg', locale: Locale): string {
  return `/unduh/peta/${year}${ext === 'csv' ? '' : `.${locale}`}.${ext}`;
}
export function provinceMapDownloadPath(province: Pick<Province, 'slug'>, year: number, ext: 'csv' | 'svg', locale: Locale): string {
  return `/unduh/provinsi/${province.slug}/${year}${ext === 'csv' ? '' : `.${locale}`}.${ext}`;
}

/** Embed and downloads of a region's chart; `size`: its PNG's (regionChartDownload in chart-downloads.ts). */
export function chartTools(region: Region, chart: RegionChart, size: { width: number; height: number }, locale: Locale): ChartTools {
  return {
    embedPath: regionEmbedPath(region, chart),
    embedHeight: EMBED_HEIGHT[chart],
    downloads: {
      svg: regionDownloadPath(region, chart, 'svg', locale),
      pngWidth: size.width,
      pngHeight: size.height,
      csv: regionDownloadPath(region, chart, 'csv', locale),
    },
  };
}

/** Embed and downloads of a zone map of a year; `size`: its PNG's (mapDownload in chart-downloads.ts). */
export function mapTools(province: Province | null, year: number, size: { width: number; height: number }, locale: Locale): ChartTools {
  const path = (ext: 'csv' | 'svg') => (province ? provinceMapDownloadPath(province, year, ext, locale) : nationalMapDownloadPath(year, ext, locale));
  return {
    embedPath: province ? provinceMapEmbedPath(province, year) : nationalMapEmbedPath(year),
    embedHeight: province ? EMBED_HEIGHT.provinceMap : EMBED_HEIGHT.map,
    downloads: { svg: path('svg'), pngWidth: size.width, pngHeight: size.height, csv: path('csv') },
  };
}
