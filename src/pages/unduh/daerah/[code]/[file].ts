/**
 * /unduh/daerah/<code>/<chart>.csv and <chart>.<id|en>.svg|png: the downloads of a
 * region's trend (`tren`) and complaints (`pengaduan`) charts (src/lib/chart-downloads.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadBody, downloadFileNames, regionChartDownload } from '../../../../lib/chart-downloads.ts';
import { siteData } from '../../../../lib/site-data.ts';

export const getStaticPaths = (() => {
  const { dataset } = siteData();
  return dataset.registry.regions.flatMap((region) =>
    (['tren', 'pengaduan'] as const)
      .filter((chart) => regionChartDownload(dataset, region, chart, 'id'))
      .flatMap((chart) => downloadFileNames(chart).map((file) => ({ params: { code: region.code, file }, props: { region, chart } }))),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  downloadBody(params.file!, props.chart, (locale) => regionChartDownload(siteData().dataset, props.region, props.chart, locale));
