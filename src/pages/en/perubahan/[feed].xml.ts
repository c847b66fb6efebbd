import type { APIRoute } from 'astro';
import { feedPaths, feedResponse } from '../../../lib/releases/site.ts';
import { siteData } from '../../../lib/site-data.ts';

/** `/en/perubahan/feed.xml`: the Atom feed of data releases, in English. */
export const getStaticPaths = () => feedPaths(siteData().releases);
export const GET: APIRoute = ({ site }) => {
  const data = siteData();
  return feedResponse(data.dataset, data.releases, 'en', site);
};
