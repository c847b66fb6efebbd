import type { APIRoute } from 'astro';
import { searchIndexResponse } from '../../lib/model/search-response.ts';
import { siteData } from '../../lib/site-data.ts';

/** `/en/cari.json`: the region search index with links to the English pages. */
export const GET: APIRoute = () => searchIndexResponse(siteData().dataset, 'en');
