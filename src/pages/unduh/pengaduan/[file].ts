/** /unduh/pengaduan/nasional.csv and nasional.<id|en>.svg|png: the downloads of the national intake chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadBody, downloadFileNames, intakeDownload } from '../../../lib/chart-downloads.ts';

export const getStaticPaths = (() => downloadFileNames('nasional').map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => downloadBody(params.file!, 'nasional', (locale) => intakeDownload(null, locale));
