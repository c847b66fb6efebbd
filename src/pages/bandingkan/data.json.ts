import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/json-response.ts';
import { siteData } from '../../lib/site-data.ts';
import { compareData } from '../../lib/model/compare-data.ts';

/** `/bandingkan/data.json`: every region's scores per year and each year's zone bands, for the comparison page. */
export const GET: APIRoute = () => jsonResponse(compareData(siteData().dataset));
