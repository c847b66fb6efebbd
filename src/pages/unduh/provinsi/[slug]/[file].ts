/**
 * /unduh/provinsi/<slug>/<year>.csv and <year>.<id|en>.svg|png: the downloads of a province's zone map of a year;
 * /unduh/provinsi/<slug>/pengaduan.csv and pengaduan.<id|en>.svg|png: its Ombudsman office's intake chart.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadBody, intakeDownload, mapDownload } from '../../../../lib/download-files.ts';
import { DOWNLOAD_NAMES, downloadFiles, yearSegment } from '../../../../lib/paths.ts';
import { officeIntakePaths, provinceYearPaths } from '../../../../lib/routes.ts';
import type { Province } from '../../../../lib/types.ts';
import { siteData } from '../../../../lib/site-data.ts';

type Props = { province: Province; year: number | null };

export const getStaticPaths = (() => [
  ...provinceYearPaths(siteData().dataset).flatMap(({ params, props }) =>
    downloadFiles(yearSegment(props.year)).map((file) => ({
      params: { slug: params.slug, file },
      props: { province: props.province, year: props.year } as Props,
    })),
  ),
  ...officeIntakePaths(siteData().dataset).flatMap(({ params, props }) =>
    downloadFiles(DOWNLOAD_NAMES.officeIntake).map((file) => ({
      params: { slug: params.slug, file },
      props: { province: props.province, year: null } as Props,
    })),
  ),
]) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ params, props }) =>
  props.year === null
    ? downloadBody(params.file!, DOWNLOAD_NAMES.officeIntake, (locale) => intakeDownload(siteData().dataset, props.province, locale))
    : downloadBody(params.file!, yearSegment(props.year), (locale) => mapDownload(siteData().dataset, props.province, props.year!, locale));
