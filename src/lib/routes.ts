/**
 * The static paths of every dynamic page, shared by the Indonesian pages in
 * src/pages/ and their English twins in src/pages/en/ (Astro's i18n routing maps
 * both to the same view in src/views/). What each parameter holds comes from src/lib/paths.ts,
 * which also gives the links to these pages. Each takes the dataset the page shows
 * (`export const getStaticPaths = () => regionPaths(siteData().dataset);`, src/lib/site-data.ts).
 */
import type { Dataset } from './model/load.ts';
import { assessedYears, provinceMapYears, regionsWithFigures } from './model/queries.ts';
import { intakeSeries } from './model/complaints.ts';
import { complaintChartRows } from './model/complaint-entries.ts';
import type { Province, Region } from './types.ts';
import { provinceSegment, REGION_CHARTS, regionSegment, yearSegment, type RegionChart } from './paths.ts';

interface StaticPath<Params, Props> {
  params: Params;
  props: Props;
}

/** `/peta/<year>/` and `/peringkat/<year>/`: every assessed year. */
export function yearPaths(dataset: Pick<Dataset, 'scores'>): Array<StaticPath<{ year: string }, { year: number }>> {
  return assessedYears(dataset.scores).map((year) => ({ params: { year: yearSegment(year) }, props: { year } }));
}

/** `/provinsi/<slug>/`: every province. */
export function provincePaths(dataset: Pick<Dataset, 'registry'>): Array<StaticPath<{ slug: string }, { province: Province }>> {
  return dataset.registry.provinces.map((province) => ({ params: { slug: provinceSegment(province) }, props: { province } }));
}

/** `/provinsi/<slug>/<year>/`, its embed and downloads: every province in every year one of its kabupaten/kota has a figure. */
export function provinceYearPaths(
  dataset: Pick<Dataset, 'registry' | 'scores'>,
): Array<StaticPath<{ slug: string; year: string }, { province: Province; year: number }>> {
  return dataset.registry.provinces.flatMap((province) =>
    provinceMapYears(dataset, province.code).map((year) => ({
      params: { slug: provinceSegment(province), year: yearSegment(year) },
      props: { province, year },
    })),
  );
}

/** `/unduh/provinsi/<slug>/zona.csv`: every province whose map has at least one year (provinceYearPaths). */
export function provinceMapCsvPaths(dataset: Pick<Dataset, 'registry' | 'scores'>): Array<StaticPath<{ slug: string }, { province: Province }>> {
  return provincePaths(dataset).filter(({ props }) => provinceMapYears(dataset, props.province.code).length > 0);
}

/** `/daerah/<code>-<slug>/`: every kabupaten/kota. */
export function regionPaths(dataset: Pick<Dataset, 'registry'>): Array<StaticPath<{ region: string }, { region: Region }>> {
  return dataset.registry.regions.map((region) => ({ params: { region: regionSegment(region) }, props: { region } }));
}

/**
 * A region's chart embeds, as its downloads (src/lib/download-files.ts): `/embed/daerah/<code>-<slug>/tren/`
 * for a region with a published figure (without one, its page's chart shows only the medians of its
 * province and the nation: not its chart to embed); `…/pengaduan/` for a region whose per-government
 * complaint entries (complaints.json: a user's own extract — ORI publishes none) give a complaints chart.
 */
export function regionChartPaths(
  dataset: Pick<Dataset, 'registry' | 'complaints' | 'scores'>,
): Array<StaticPath<{ region: string; chart: RegionChart }, { region: Region; chart: RegionChart }>> {
  // The chart's own rule (complaintChartRows): entries with only breakdowns draw no chart, so no embed.
  const withChart = {
    tren: regionsWithFigures(dataset.scores),
    pengaduan: new Set(complaintChartRows(dataset.complaints.filter((c) => c.level !== 'provinsi')).map((c) => c.code)),
  };
  return regionPaths(dataset).flatMap(({ params, props }) =>
    REGION_CHARTS.filter((chart) => withChart[chart].has(props.region.code)).map((chart) => ({
      params: { ...params, chart },
      props: { ...props, chart },
    })),
  );
}

/** `/embed/provinsi/<slug>/pengaduan/` and its downloads: provinces whose Ombudsman office has a published intake figure. */
export function officeIntakePaths(dataset: Pick<Dataset, 'registry' | 'complaintFigures'>): Array<StaticPath<{ slug: string }, { province: Province }>> {
  const scope = (code: string) => ({ kind: 'office' as const, provinceCode: code });
  return dataset.registry.provinces
    .filter((province) => intakeSeries(dataset.complaintFigures, scope(province.code)).length > 0)
    .map((province) => ({ params: { slug: provinceSegment(province) }, props: { province } }));
}
