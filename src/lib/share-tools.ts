/**
 * What the "Sematkan" (embed) and "Unduh" (download) tools under each chart and map offer
 * (src/components/ShareTools.astro): the embed's path and iframe height, and the download
 * files' paths (src/lib/paths.ts, as the embed pages under src/pages/embed/ and the endpoints
 * under src/pages/unduh/ are built) with the PNG's size.
 *
 * Pictures carry text (title, source line, axis labels), so the SVG is made per language;
 * the PNG is drawn from it in the browser at 2× (src/scripts/png-download.ts) — the sizes
 * here label its link. The CSV holds figures with English column names and is shared.
 */
import type { Locale } from '../i18n/index.ts';
import {
  intakeDownloadPath,
  intakeEmbedPath,
  mapCsvPath,
  nationalMapSvgPath,
  nationalMapEmbedPath,
  provinceMapSvgPath,
  provinceMapEmbedPath,
  regionDownloadPath,
  regionEmbedPath,
  type RegionChart,
} from './paths.ts';
import type { Province, Region } from './types.ts';

export interface ChartTools {
  embedPath: string;
  embedHeight: number;
  downloads: { svg: string; pngWidth: number; pngHeight: number; csv: string };
}

/** Heights of the embeds' iframes without the auto-height script. */
export const EMBED_HEIGHT = { tren: 620, pengaduan: 560, map: 640, provinceMap: 720, compare: 720, intake: 600 } as const;

/** The intake chart of the nation (`province` null) or one Ombudsman office: embed and downloads. */
export function intakeTools(province: Pick<Province, 'slug'> | null, size: { width: number; height: number }, locale: Locale): ChartTools {
  return {
    embedPath: intakeEmbedPath(province),
    embedHeight: EMBED_HEIGHT.intake,
    downloads: {
      svg: intakeDownloadPath(province, 'svg', locale),
      pngWidth: size.width,
      pngHeight: size.height,
      csv: intakeDownloadPath(province, 'csv', locale),
    },
  };
}

/** Embed and downloads of a region's chart; `size`: its PNG's (regionChartDownload in download-files.ts). */
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

/** Embed and downloads of a zone map of a year; `size`: its PNG's (mapDownload in download-files.ts). */
export function mapTools(province: Province | null, year: number, size: { width: number; height: number }, locale: Locale): ChartTools {
  const svg = province ? provinceMapSvgPath(province, year, locale) : nationalMapSvgPath(year, locale);
  return {
    embedPath: province ? provinceMapEmbedPath(province, year) : nationalMapEmbedPath(year),
    embedHeight: province ? EMBED_HEIGHT.provinceMap : EMBED_HEIGHT.map,
    downloads: { svg, pngWidth: size.width, pngHeight: size.height, csv: mapCsvPath(province) },
  };
}
