/**
 * The path of every page, embed, download file, share image and data file of the site, and
 * what the dynamic segments of src/pages hold (`[region]`, `[slug]`, `[year]`, `[code]`,
 * `[file]`): src/lib/routes.ts and the endpoints take their parameters from here, and links
 * take their paths from here, so a link and the page it points to cannot disagree
 * (tests/unit/paths.test.ts fills each route with its parameters and compares).
 *
 * Paths are without the base and the language prefix: `pageHref(path, locale)` (a page in a
 * language) or `withBase(path)` (a file shared by both languages) add them. Those and the other
 * language-prefix helpers (`localePath`, `splitLocalePath`) live in src/lib/url.ts and are
 * re-exported here, so every module takes its URLs from this one import. Pure and small: a
 * browser script may import it.
 */
import type { Locale } from '../i18n/index.ts';
import type { Province, Region } from './types.ts';

export { localePath, pageHref, splitLocalePath, withBase } from './url.ts';

/** A region page's charts, as they are named in URLs (`/embed/daerah/…/tren/`, `/unduh/daerah/…/tren.csv`). */
export type RegionChart = 'tren' | 'pengaduan';
/** The region charts in page order. */
export const REGION_CHARTS: readonly RegionChart[] = ['tren', 'pengaduan'];

type RegionRef = Pick<Region, 'code' | 'slug'>;
type ProvinceRef = Pick<Province, 'slug'>;
/** A year, or the placeholder `{year}` a browser script fills in (src/scripts/map-year.ts, map-legend.ts). */
export type YearOrTemplate = number | '{year}';

// --- Route segments: what the dynamic parts of src/pages hold ---

/** `[region]`: `18.09-kabupaten-pesawaran` (code first: unique and sortable; slug: readable). */
export const regionSegment = (region: RegionRef): string => `${region.code}-${region.slug}`;
/** `[slug]` of the province routes: `lampung`. */
export const provinceSegment = (province: ProvinceRef): string => province.slug;
/** `[year]`: `2024`. */
export const yearSegment = (year: YearOrTemplate): string => String(year);
/** `[code]` of a region's download folder: `18.09` (file names stay short; the slug may change, the code does not). */
export const codeSegment = (region: Pick<Region, 'code'>): string => region.code;

// --- Pages ---

/** The pages without parameters. */
export const PAGES = {
  home: '/',
  regions: '/daerah/',
  provinces: '/provinsi/',
  map: '/peta/',
  rankings: '/peringkat/',
  complaints: '/pengaduan/',
  compare: '/bandingkan/',
  data: '/data/',
  changes: '/perubahan/',
  methodology: '/metodologi/',
  about: '/tentang/',
} as const;

/** `/daerah/18.09-kabupaten-pesawaran/` */
export function regionPath(region: RegionRef): string {
  return `${PAGES.regions}${regionSegment(region)}/`;
}
/** `/provinsi/lampung/` */
export function provincePath(province: ProvinceRef): string {
  return `${PAGES.provinces}${provinceSegment(province)}/`;
}
/** `/provinsi/lampung/2024/`: a province's map of a year. */
export function provinceYearPath(province: ProvinceRef, year: YearOrTemplate): string {
  return `${provincePath(province)}${yearSegment(year)}/`;
}
/** `/peta/2024/`: the national map of a year. */
export function mapYearPath(year: YearOrTemplate): string {
  return `${PAGES.map}${yearSegment(year)}/`;
}
/** `/peringkat/2024/`: the rankings of a year. */
export function rankingsYearPath(year: number): string {
  return `${PAGES.rankings}${yearSegment(year)}/`;
}
/** `/bandingkan/`, or with regions chosen: `/bandingkan/?d=18.09,33.02`. */
export function comparePath(codes?: string): string {
  return codes ? `${PAGES.compare}?d=${encodeURIComponent(codes)}` : PAGES.compare;
}
/** `/perubahan/#r-2026-12-04`: a section of the changes page. */
export function changesPath(anchor: string): string {
  return `${PAGES.changes}#${anchor}`;
}

// --- Embeds: `/embed` + the path of the full page they come from ---

const embedOf = (pagePath: string): string => `/embed${pagePath}`;
/** Whether a path (without base and language) is an embed's. */
export const isEmbedPath = (path: string): boolean => path.startsWith(embedOf('/'));

/** `/embed/daerah/18.09-kabupaten-pesawaran/tren/` */
export function regionEmbedPath(region: RegionRef, chart: RegionChart): string {
  return embedOf(`${regionPath(region)}${chart}/`);
}
/** `/embed/peta/2024/` */
export function nationalMapEmbedPath(year: number): string {
  return embedOf(mapYearPath(year));
}
/** `/embed/provinsi/lampung/2024/` */
export function provinceMapEmbedPath(province: ProvinceRef, year: number): string {
  return embedOf(provinceYearPath(province, year));
}
/** The intake chart of the nation (`province` null), `/embed/pengaduan/`, or of one Ombudsman office, `/embed/provinsi/lampung/pengaduan/`. */
export function intakeEmbedPath(province: ProvinceRef | null): string {
  return embedOf(province ? `${provincePath(province)}pengaduan/` : PAGES.complaints);
}
/** The ids of the intake panels on /pengaduan/ (the nation) and a province page (its office). */
export const INTAKE_PANEL_ID = { national: 'complaints-national', office: 'complaints-office' } as const;
/** The id of an intake panel's totals table caption (src/components/complaints/IntakePanel.astro). */
export const intakeTotalsCaptionId = (panelId: string): string => `${panelId}-totals-caption`;
/**
 * The id of a chart's figures table on its full page: an embed links to `<page>#<id>` instead
 * of repeating the table (src/components/FiguresTable.astro). Region charts use these ids on
 * the region page; the intake panels' on /pengaduan/ and the province pages.
 */
export const FIGURES_TABLE_ID = {
  tren: 'trend-caption',
  pengaduan: 'complaints-caption',
  intakeNational: intakeTotalsCaptionId(INTAKE_PANEL_ID.national),
  intakeOffice: intakeTotalsCaptionId(INTAKE_PANEL_ID.office),
} as const;
/** `/embed/bandingkan/` (the regions come in the query, as on the page). */
export const COMPARE_EMBED_PATH = embedOf(PAGES.compare);

// --- Download files (`/unduh/…`): a CSV shared by both languages, an SVG per language ---

export type DownloadFormat = 'csv' | 'svg';

/** The languages an SVG download is made in (the site's LOCALES; tests/unit/paths.test.ts keeps them in step). */
const SVG_LOCALES: readonly Locale[] = ['id', 'en'];

/** The file names of a download called `name`. */
export const DOWNLOAD_NAMES = { nationalIntake: 'nasional', officeIntake: 'pengaduan' } as const;

/**
 * A download's file name: `<name>.csv` (the figures, English column names, shared) or
 * `<name>.<locale>.svg` (the picture has text in it, so one per language).
 */
export function downloadFile(name: string, format: DownloadFormat, locale: Locale): string {
  return format === 'csv' ? `${name}.csv` : `${name}.${locale}.svg`;
}
/** Every file of a download called `name`: the CSV, then the SVG in each language (the `[file]` parameters of its endpoint). */
export function downloadFiles(name: string): string[] {
  return [downloadFile(name, 'csv', 'id'), ...SVG_LOCALES.map((locale) => downloadFile(name, 'svg', locale))];
}
/** What a file of `downloadFiles(name)` is; null for any other name. The CSV reads as Indonesian (its text does not depend on the language). */
export function parseDownloadFile(file: string, name: string): { format: DownloadFormat; locale: Locale } | null {
  for (const format of ['csv', 'svg'] as const)
    for (const locale of format === 'csv' ? (['id'] as const) : SVG_LOCALES) if (file === downloadFile(name, format, locale)) return { format, locale };
  return null;
}

const DOWNLOADS = '/unduh';

/** `/unduh/daerah/18.09/tren.csv`, `/unduh/daerah/18.09/tren.en.svg` */
export function regionDownloadPath(region: Pick<Region, 'code'>, chart: RegionChart, format: DownloadFormat, locale: Locale): string {
  return `${DOWNLOADS}/daerah/${codeSegment(region)}/${downloadFile(chart, format, locale)}`;
}
/** The name of a map's CSV: one file with every year of the map (a `year` column), shared by the views of each year. */
export const MAP_CSV_NAME = 'zona';
/** The SVG files of a download called `name`, one per language (a map of a year: its CSV is the map's, MAP_CSV_NAME). */
export function svgDownloadFiles(name: string): string[] {
  return SVG_LOCALES.map((locale) => downloadFile(name, 'svg', locale));
}
/** `/unduh/peta/2024.id.svg`: the national map of a year. */
export function nationalMapSvgPath(year: number, locale: Locale): string {
  return `${DOWNLOADS}/peta/${downloadFile(yearSegment(year), 'svg', locale)}`;
}
/** `/unduh/provinsi/lampung/2024.en.svg`: a province's map of a year. */
export function provinceMapSvgPath(province: ProvinceRef, year: number, locale: Locale): string {
  return `${DOWNLOADS}/provinsi/${provinceSegment(province)}/${downloadFile(yearSegment(year), 'svg', locale)}`;
}
/** `/unduh/peta/zona.csv` (the nation, `province` null), `/unduh/provinsi/lampung/zona.csv`: every year of a zone map in one CSV. */
export function mapCsvPath(province: ProvinceRef | null): string {
  const folder = province ? `provinsi/${provinceSegment(province)}` : 'peta';
  return `${DOWNLOADS}/${folder}/${downloadFile(MAP_CSV_NAME, 'csv', 'id')}`;
}
/** The intake chart's files: `/unduh/pengaduan/nasional.csv` (nation, `province` null), `/unduh/provinsi/lampung/pengaduan.id.svg` (an office). */
export function intakeDownloadPath(province: ProvinceRef | null, format: DownloadFormat, locale: Locale): string {
  return province
    ? `${DOWNLOADS}/provinsi/${provinceSegment(province)}/${downloadFile(DOWNLOAD_NAMES.officeIntake, format, locale)}`
    : `${DOWNLOADS}/pengaduan/${downloadFile(DOWNLOAD_NAMES.nationalIntake, format, locale)}`;
}
/** The name a download is saved under, which says what it is: `/unduh/daerah/18.09/tren.id.svg` → `zona-pelayanan-daerah-18.09-tren.id.svg`. */
export function savedFileName(downloadPath: string): string {
  return `zona-pelayanan-${downloadPath.replace(/^\/unduh\//, '').replaceAll('/', '-')}`;
}

// --- Share images (Open Graph, one per place for both languages) ---

/** `[file]` of a region's share image: `18.09.png`. */
export const regionShareImageFile = (region: Pick<Region, 'code'>): string => `${region.code}.png`;
/** `[file]` of a province's share image: `lampung.png`. */
export const provinceShareImageFile = (province: ProvinceRef): string => `${province.slug}.png`;
/** `/og/daerah/18.09.png` */
export function regionShareImagePath(region: Pick<Region, 'code'>): string {
  return `/og/daerah/${regionShareImageFile(region)}`;
}
/** `/og/provinsi/lampung.png` */
export function provinceShareImagePath(province: ProvinceRef): string {
  return `/og/provinsi/${provinceShareImageFile(province)}`;
}

// --- Data files and feeds ---

/** `/peta/2024.json`: what the map script recolours a year from (`{year}` as a template for it). */
export function mapYearDataPath(year: YearOrTemplate): string {
  return `${PAGES.map}${yearSegment(year)}.json`;
}
/** The region search index, per language (`/cari.json`, `/en/cari.json`: the links in it are to that language's pages). */
export const SEARCH_INDEX_PATH = '/cari.json';
/** Every region's series and the zone bands, for the comparison page (shared by both languages). */
export const COMPARE_DATA_PATH = `${PAGES.compare}data.json`;
/** `[feed]` of the changes feed. */
export const FEED_NAME = 'feed';
/** The Atom feed of data releases, per language (`/perubahan/feed.xml`, `/en/perubahan/feed.xml`). */
export const CHANGES_FEED_PATH = `${PAGES.changes}${FEED_NAME}.xml`;
/** `/data/scores.csv`, `/data/geo/…`: a file of the data package (`file`: its path in the package). */
export function dataFilePath(file: string): string {
  return `${PAGES.data}${file}`;
}
/** `[sitemap]` of the sitemap endpoint. */
export const SITEMAP_NAME = 'sitemap';
/** `/sitemap.xml` (only in a build with ZP_SITE). */
export const SITEMAP_PATH = `/${SITEMAP_NAME}.xml`;
