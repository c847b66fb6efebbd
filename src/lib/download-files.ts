/**
 * What the download files of each chart and map ("Unduh", /unduh/…) hold: the framed
 * picture (title, legend, demo notice and source inside it; src/lib/images/) and the table
 * of the figures behind it (src/lib/export/figures.ts). The page asks for the PNG's size and
 * the endpoints under src/pages/unduh/ for the files (named as in src/lib/paths.ts); both
 * come from here, memoised, so a chart is rendered once per language per build.
 */
import type { Locale } from '../i18n/index.ts';
import { translator } from '../i18n/index.ts';
import { renderComplaintsChart } from './charts/complaints.ts';
import { renderTrendChart } from './charts/trend.ts';
import { complaintFigures, mapFigures, trendFigures } from './export/figures.ts';
import type { Table } from './export/table.ts';
import { frameText } from './images/labels.ts';
import type { LegendItem } from './images/frame.ts';
import { complaintsLegend, mapLegend, trendLegend } from './images/legends.ts';
import { trendKey } from './charts/trend-key.ts';
import { chartPngSize, chartSvg, type FrameInput } from './images/png.ts';
import { tableToCsv } from './export/csv.ts';
import { loadTopology } from './map/topology.ts';
import { mapView } from './map/view.ts';
import type { Dataset } from './model/load.ts';
import { intakeSeries } from './model/complaints.ts';
import { complaintChartRows } from './model/complaint-entries.ts';
import { assessedYears, provinceMapYears } from './model/queries.ts';
import { intakeMeasures, renderIntakeChart } from './charts/intake.ts';
import { measureLabel } from './complaints/present.ts';
import { complaintFiguresTable } from './export/complaint-tables.ts';
import { regionProfile } from './model/figures-index.ts';
import { parseDownloadFile, type RegionChart } from './paths.ts';
import type { Province, Region } from './types.ts';
import { chartTools, intakeTools, mapTools, type ChartTools } from './share-tools.ts';

export interface ChartDownload {
  frame: FrameInput;
  /** Pixel size of the PNG (2×). */
  png: { width: number; height: number };
  table: Table;
}

const memo = new Map<string, ChartDownload | null>();
function remember(dataset: Dataset, key: string, make: () => ChartDownload | null): ChartDownload | null {
  const full = `${dataset.manifest.files.map((f) => f.sha256).join(',')}|${key}`;
  if (!memo.has(full)) memo.set(full, make());
  return memo.get(full)!;
}

function download(frame: FrameInput, table: Table): ChartDownload {
  return { frame, png: chartPngSize(frame), table };
}

/** A region's trend or complaints chart, or null when the region page shows no such chart. */
export function regionChartDownload(dataset: Dataset, region: Region, chart: RegionChart, locale: Locale): ChartDownload | null {
  return remember(dataset, `region|${region.code}|${chart}|${locale}`, () => {
    const t = translator(locale);
    const profile = regionProfile(dataset, region.code);
    if (!profile) return null;
    const text = frameText(locale, { demo: dataset.manifest.demo });
    if (chart === 'tren') {
      // The trend of a region without a figure draws only medians: no chart on its page, so no download (nor embed, src/lib/routes.ts).
      if (profile.points.length === 0) return null;
      const years = assessedYears(dataset.scores);
      const from = years[0];
      const to = years.at(-1);
      if (from === undefined || to === undefined) return null;
      const input = { name: region.name, from, to, points: profile.points, provinceMedians: profile.provinceMedians, nationalMedians: profile.nationalMedians };
      const svg = renderTrendChart({ ...input, id: 'trend', variant: 'wide', locale });
      return download(
        { svg, title: t('embed.trendTitle', { name: region.name }), legend: trendLegend(region.name, locale, trendKey(input)), ...text },
        trendFigures({ ...input, region, entries: profile.entries, mentions: dataset.mentions }),
      );
    }
    const rows = complaintChartRows(profile.complaints);
    if (rows.length === 0) return null;
    const svg = renderComplaintsChart({ id: 'complaints', name: region.name, rows, variant: 'wide', locale });
    return download(
      { svg, title: t('embed.complaintsTitle', { name: region.name }), legend: complaintsLegend(locale), ...text },
      complaintFigures(region, profile.complaints),
    );
  });
}

/** The years a zone map has: every assessed year (national), or those its kabupaten/kota have a figure in (a province). */
function mapYears(dataset: Dataset, province: Province | null): number[] {
  return province ? provinceMapYears(dataset, province.code) : assessedYears(dataset.scores);
}

/** The figures behind a zone map, every year it has in one table (its CSV, shared by the views of each year). */
export function mapTable(dataset: Dataset, province: Province | null): Table {
  const tables = mapTables.get(dataset) ?? new Map<string, Table>();
  mapTables.set(dataset, tables);
  const key = province?.code ?? '';
  if (!tables.has(key)) tables.set(key, mapFigures(dataset, mapYears(dataset, province), { provinceCode: province?.code ?? null }));
  return tables.get(key)!;
}
const mapTables = new WeakMap<Dataset, Map<string, Table>>();

/** The body of a zone map's CSV (`/unduh/peta/zona.csv`, `/unduh/provinsi/<slug>/zona.csv`). */
export function mapCsv(dataset: Dataset, province: Province | null): Response {
  return new Response(tableToCsv(mapTable(dataset, province)));
}

/** The zone map of a year, national (`province` null) or of one province; its table is the map's, every year (mapTable). */
export function mapDownload(dataset: Dataset, province: Province | null, year: number, locale: Locale): ChartDownload {
  return remember(dataset, `map|${province?.code ?? ''}|${year}|${locale}`, () => {
    const t = translator(locale);
    const view = mapView({
      data: dataset,
      year,
      provinceCode: province?.code ?? null,
      topology: loadTopology(province ? 'province' : 'national'),
      regionHref: null,
      idPrefix: 'map',
      locale,
    });
    const title = province ? t('embed.provinceTitle', { name: province.name, year }) : t('embed.nationalTitle', { year });
    const { svg } = view;
    return download(
      { svg, title, legend: mapLegend(locale, view.categories, view.opinions), ...frameText(locale, { demo: dataset.manifest.demo, map: true }) },
      mapTable(dataset, province),
    );
  })!;
}

/** Reports taken in per year by the nation (`province` null) or one Ombudsman office; null without figures. */
export function intakeDownload(dataset: Dataset, province: Province | null, locale: Locale): ChartDownload | null {
  return remember(dataset, `intake|${province?.code ?? ''}|${locale}`, () => {
    const t = translator(locale);
    const scope = province ? ({ kind: 'office', provinceCode: province.code } as const) : ({ kind: 'nasional' } as const);
    const points = intakeSeries(dataset.complaintFigures, scope);
    if (points.length === 0) return null;
    const years = points.map((p) => p.year);
    const scopeName = province ? t('complaints.officeScope', { province: province.name }) : t('complaints.chartNational');
    const title = t('complaints.chartTitle', { scope: scopeName, from: Math.min(...years), to: Math.max(...years) });
    const svg = renderIntakeChart({
      id: 'intake',
      title,
      desc: t('complaints.chartDesc'),
      points,
      changeLabel: t('complaints.changeLabel'),
      yLabel: t('complaints.yLabel'),
      locale,
    });
    const legend: LegendItem[] = intakeMeasures(points).map((m) => ({
      kind: 'line' as const,
      label: measureLabel(m.measure, locale),
      stroke: m.color,
      marker: m.symbol === 'square' || m.symbol === 'diamond' ? m.symbol : ('circle' as const),
    }));
    if (points.some((p) => p.definitionChanged)) legend.push({ kind: 'line', label: t('complaints.changeLabel'), stroke: 'var(--color-muted)', dash: '4 3' });
    return download(
      { svg, title, legend, ...frameText(locale, { demo: dataset.manifest.demo }) },
      complaintFiguresTable(
        points.map((p) => p.figure),
        province ? `pengaduan-${province.slug}` : 'pengaduan-nasional',
        'Reports received per year as published, one measure per point',
      ),
    );
  });
}

/** Sematkan/Unduh under a region's chart (src/components/ShareTools.astro), or null when the page shows no such chart. */
export function regionChartTools(dataset: Dataset, region: Region, chart: RegionChart, locale: Locale): ChartTools | null {
  const item = regionChartDownload(dataset, region, chart, locale);
  return item ? chartTools(region, chart, item.png, locale) : null;
}

/** Sematkan/Unduh under the intake chart of the nation (`province` null) or one Ombudsman office, or null without figures (no chart). */
export function intakeChartTools(dataset: Dataset, province: Province | null, locale: Locale): ChartTools | null {
  const item = intakeDownload(dataset, province, locale);
  return item ? intakeTools(province, item.png, locale) : null;
}

/** Sematkan/Unduh under a zone map of a year, national (`province` null) or of one province. */
export function mapChartTools(dataset: Dataset, province: Province | null, year: number, locale: Locale): ChartTools {
  return mapTools(province, year, mapDownload(dataset, province, year, locale).png, locale);
}

/** The body of the file `file` of the download called `name` (src/lib/paths.ts downloadFiles), for the chart `get(locale)` returns. */
export function downloadBody(file: string, name: string, get: (locale: Locale) => ChartDownload | null): Response {
  const parsed = parseDownloadFile(file, name);
  const item = parsed ? get(parsed.locale) : null;
  if (!parsed || !item) throw new Error(`downloads: no file ${file}`);
  return new Response(parsed.format === 'csv' ? tableToCsv(item.table) : chartSvg(item.frame));
}
