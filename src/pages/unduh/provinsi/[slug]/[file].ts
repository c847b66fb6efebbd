/**
 * /unduh/provinsi/<slug>/<year>.<id|en>.svg (PNG in the browser): a province's zone map of a year;
 * /unduh/provinsi/<slug>/zona.csv: the figures behind its maps, every year in one file;
 * /unduh/provinsi/<slug>/pengaduan.csv and pengaduan.<id|en>.svg: its Ombudsman office's intake chart.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadBody, intakeDownload, mapCsv, mapDownload } from '../../../../lib/download-files.ts';
import { DOWNLOAD_NAMES, downloadFile, downloadFiles, MAP_CSV_NAME, svgDownloadFiles, yearSegment } from '../../../../lib/paths.ts';
import { officeIntakePaths, provinceMapCsvPaths, provinceYearPaths } from '../../../../lib/routes.ts';
import type { Province } from '../../../../lib/types.ts';
import { siteData } from '../../../../lib/site-data.ts';

/** What the file is: the map of a year, the map's CSV, or the office's intake chart. */
type Props = { province: Province; file: { kind: 'map'; year: number } | { kind: 'map-csv' } | { kind: 'intake' } };

export const getStaticPaths = (() => {
  const { dataset } = siteData();
  return [
    ...provinceYearPaths(dataset).flatMap(({ params, props: { province, year } }) =>
      svgDownloadFiles(yearSegment(year)).map((file) => ({ params: { slug: params.slug, file }, props: { province, file: { kind: 'map', year } } as Props })),
    ),
    ...provinceMapCsvPaths(dataset).map(({ params, props: { province } }) => ({
      params: { slug: params.slug, file: downloadFile(MAP_CSV_NAME, 'csv', 'id') },
      props: { province, file: { kind: 'map-csv' } } as Props,
    })),
    ...officeIntakePaths(dataset).flatMap(({ params, props: { province } }) =>
      downloadFiles(DOWNLOAD_NAMES.officeIntake).map((file) => ({
        params: { slug: params.slug, file },
        props: { province, file: { kind: 'intake' } } as Props,
      })),
    ),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ params, props: { province, file } }) => {
  const { dataset } = siteData();
  if (file.kind === 'map-csv') return mapCsv(dataset, province);
  if (file.kind === 'intake') return downloadBody(params.file!, DOWNLOAD_NAMES.officeIntake, (locale) => intakeDownload(dataset, province, locale));
  return downloadBody(params.file!, yearSegment(file.year), (locale) => mapDownload(dataset, province, file.year, locale));
};
