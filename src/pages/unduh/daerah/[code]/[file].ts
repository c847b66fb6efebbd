/**
 * /unduh/daerah/<code>/<chart>.csv and <chart>.<id|en>.svg|png: the downloads of a
 * region's trend (`tren`) and complaints (`pengaduan`) charts (src/lib/chart-downloads.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadBody, downloadFileNames, regionChartDownload } from '../../../../lib/chart-downloads.ts';
import { loadDataset } from '../../../../lib/model/load.ts';

export const getStaticPaths = (() =>
  loadDataset().registry.regions.flatMap((region) =>
    (['tren', 'pengaduan'] as const)
      .filter((chart) => regionChartDownload(region, chart, 'id'))
      .flatMap((chart) => downloadFileNames(chart).map((file) => ({ params: { code: region.code, file }, props: { region, chart } }))),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => downloadBody(params.file!, props.chart, (locale) => regionChartDownload(props.region, props.chart, locale));
