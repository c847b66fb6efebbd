import type { APIRoute } from 'astro';
import { searchIndexResponse } from '../lib/model/search-response.ts';
import { siteData } from '../lib/site-data.ts';

/** `/cari.json`: the region search index with links to the Indonesian pages (`/en/cari.json` for English). */
export const GET: APIRoute = () => searchIndexResponse(siteData().dataset, 'id');
