/**
 * /unduh/provinsi/<slug>/<year>.csv and <year>.<id|en>.svg|png: the downloads of a province's zone map of a year;
 * /unduh/provinsi/<slug>/pengaduan.csv and pengaduan.<id|en>.svg|png: its Ombudsman office's intake chart.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadBody, downloadFileNames, intakeDownload, mapDownload } from '../../../../lib/chart-downloads.ts';
import { officeIntakePaths, provinceYearPaths } from '../../../../lib/routes.ts';
import type { Province } from '../../../../lib/types.ts';
import { siteData } from '../../../../lib/site-data.ts';

type Props = { province: Province; year: number | null };

export const getStaticPaths = (() => [
  ...provinceYearPaths(siteData().dataset).flatMap(({ params, props }) =>
    downloadFileNames(String(props.year)).map((file) => ({
      params: { slug: params.slug, file },
      props: { province: props.province, year: props.year } as Props,
    })),
  ),
  ...officeIntakePaths(siteData().dataset).flatMap(({ params, props }) =>
    downloadFileNames('pengaduan').map((file) => ({ params: { slug: params.slug, file }, props: { province: props.province, year: null } as Props })),
  ),
]) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ params, props }) =>
  props.year === null
    ? downloadBody(params.file!, 'pengaduan', (locale) => intakeDownload(siteData().dataset, props.province, locale))
    : downloadBody(params.file!, String(props.year), (locale) => mapDownload(siteData().dataset, props.province, props.year!, locale));
