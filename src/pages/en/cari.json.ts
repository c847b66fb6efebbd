import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/json-response.ts';
import { localeSearchIndex } from '../../lib/model/search-index.ts';
import { siteData } from '../../lib/site-data.ts';

/** `/en/cari.json`: the region search index with links to the English pages. */
export const GET: APIRoute = () => jsonResponse(localeSearchIndex(siteData().dataset, 'en'));
