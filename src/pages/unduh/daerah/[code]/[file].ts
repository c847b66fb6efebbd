/**
 * /unduh/daerah/<code>/<chart>.csv and <chart>.<id|en>.svg|png: the downloads of a
 * region's trend (`tren`) and complaints (`pengaduan`) charts (src/lib/download-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadBody, regionChartDownload } from '../../../../lib/download-files.ts';
import { loadDataset } from '../../../../lib/model/load.ts';
import { codeSegment, downloadFiles, REGION_CHARTS } from '../../../../lib/paths.ts';

export const getStaticPaths = (() =>
  loadDataset().registry.regions.flatMap((region) =>
    REGION_CHARTS.filter((chart) => regionChartDownload(region, chart, 'id')).flatMap((chart) =>
      downloadFiles(chart).map((file) => ({ params: { code: codeSegment(region), file }, props: { region, chart } })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => downloadBody(params.file!, props.chart, (locale) => regionChartDownload(props.region, props.chart, locale));
