/**
 * /unduh/pengaduan/nasional.csv and nasional.<id|en>.svg|png: the downloads of the national intake chart —
 * only when there is one (data without published national figures, e.g. the demo data, builds without them).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadBody, intakeDownload } from '../../../lib/download-files.ts';
import { intakeSeries } from '../../../lib/model/complaints.ts';
import { siteData } from '../../../lib/site-data.ts';
import { DOWNLOAD_NAMES, downloadFiles } from '../../../lib/paths.ts';

export const getStaticPaths = (() =>
  intakeSeries(siteData().dataset.complaintFigures, { kind: 'nasional' }).length > 0
    ? downloadFiles(DOWNLOAD_NAMES.nationalIntake).map((file) => ({ params: { file } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  downloadBody(params.file!, DOWNLOAD_NAMES.nationalIntake, (locale) => intakeDownload(siteData().dataset, null, locale));
