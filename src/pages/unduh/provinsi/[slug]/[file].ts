/** /unduh/provinsi/<slug>/<year>.csv and <year>.<id|en>.svg|png: the downloads of a province's zone map of a year. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadBody, downloadFileNames, mapDownload } from '../../../../lib/chart-downloads.ts';
import { provinceYearPaths } from '../../../../lib/routes.ts';

export const getStaticPaths = (() =>
  provinceYearPaths().flatMap(({ params, props }) =>
    downloadFileNames(String(props.year)).map((file) => ({ params: { slug: params.slug, file }, props })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  downloadBody(params.file!, String(props.year), (locale) => mapDownload(props.province, props.year, locale));
