/**
 * /unduh/peta/<year>.<id|en>.svg (PNG in the browser): the national zone map of a year;
 * /unduh/peta/zona.csv: the figures behind it, every year in one file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadBody, mapCsv, mapDownload } from '../../../lib/download-files.ts';
import { downloadFile, MAP_CSV_NAME, svgDownloadFiles, yearSegment } from '../../../lib/paths.ts';
import { yearPaths } from '../../../lib/routes.ts';
import { siteData } from '../../../lib/site-data.ts';

/** `year` null: the map's CSV. */
type Props = { year: number | null };

export const getStaticPaths = (() => [
  ...yearPaths(siteData().dataset).flatMap(({ props: { year } }) =>
    svgDownloadFiles(yearSegment(year)).map((file) => ({ params: { file }, props: { year } as Props })),
  ),
  { params: { file: downloadFile(MAP_CSV_NAME, 'csv', 'id') }, props: { year: null } as Props },
]) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ params, props: { year } }) =>
  year === null
    ? mapCsv(siteData().dataset, null)
    : downloadBody(params.file!, yearSegment(year), (locale) => mapDownload(siteData().dataset, null, year, locale));
