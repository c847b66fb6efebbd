/**
 * /peta/<year>.json: the small per-year data the map script recolours from and
 * fills its tooltips with (src/lib/map/data.ts): code → zone, category, score,
 * change, previous year. About 4 KB gzip for 514 regions.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../lib/json-response.ts';
import { siteData } from '../../lib/site-data.ts';
import { yearPaths } from '../../lib/routes.ts';
import { mapYearData } from '../../lib/map/data.ts';

export const getStaticPaths = (() => yearPaths(siteData().dataset).map(({ params }) => ({ params }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => jsonResponse(mapYearData(siteData().dataset, Number(params.year)));
