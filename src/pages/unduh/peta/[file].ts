/** /unduh/peta/<year>.csv and <year>.<id|en>.svg|png: the downloads of the national zone map of a year. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadBody, mapDownload } from '../../../lib/download-files.ts';
import { downloadFiles, yearSegment } from '../../../lib/paths.ts';
import { yearPaths } from '../../../lib/routes.ts';
import { siteData } from '../../../lib/site-data.ts';

export const getStaticPaths = (() =>
  yearPaths(siteData().dataset).flatMap(({ props: { year } }) =>
    downloadFiles(yearSegment(year)).map((file) => ({ params: { file }, props: { year } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  downloadBody(params.file!, yearSegment(props.year), (locale) => mapDownload(siteData().dataset, null, props.year, locale));
