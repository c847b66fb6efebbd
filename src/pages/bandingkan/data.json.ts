import type { APIRoute } from 'astro';
import { loadDataset } from '../../lib/model/load.ts';
import { compareData } from '../../lib/model/places.ts';

/** `/bandingkan/data.json`: every region's scores per year and each year's zone bands, for the comparison page. */
export const GET: APIRoute = () => new Response(JSON.stringify(compareData(loadDataset())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
