/**
 * /unduh/daerah/<code>/<chart>.csv and <chart>.<id|en>.svg|png: the downloads of a
 * region's trend (`tren`) and complaints (`pengaduan`) charts (src/lib/download-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadBody, regionChartDownload } from '../../../../lib/download-files.ts';
import { siteData } from '../../../../lib/site-data.ts';
import { codeSegment, downloadFiles, REGION_CHARTS } from '../../../../lib/paths.ts';

export const getStaticPaths = (() => {
  const { dataset } = siteData();
  return dataset.registry.regions.flatMap((region) =>
    REGION_CHARTS.filter((chart) => regionChartDownload(dataset, region, chart, 'id')).flatMap((chart) =>
      downloadFiles(chart).map((file) => ({ params: { code: codeSegment(region), file }, props: { region, chart } })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  downloadBody(params.file!, props.chart, (locale) => regionChartDownload(siteData().dataset, props.region, props.chart, locale));
