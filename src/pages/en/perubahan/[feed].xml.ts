import type { APIRoute } from 'astro';
import { feedPaths, feedResponse } from '../../../lib/releases/site.ts';
import { siteData } from '../../../lib/site-data.ts';

/** `/en/perubahan/feed.xml`: the Atom feed of data releases, in English. */
export const getStaticPaths = feedPaths;
export const GET: APIRoute = ({ site }) => feedResponse(siteData().dataset, 'en', site);
