/**
 * /robots.txt: everything may be crawled; with ZP_SITE (and real data), where the sitemap is.
 * Under a sub-path (ZP_BASE) crawlers read only the host's own /robots.txt: docs/DEPLOY.md.
 */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/sitemap.ts';
import { absoluteUrl } from '../lib/site-url.ts';
import { SITEMAP_PATH, withBase } from '../lib/paths.ts';
import { siteData } from '../lib/site-data.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = siteData().dataset.manifest.demo ? null : absoluteUrl(withBase(SITEMAP_PATH), site);
  return new Response(robotsTxt(sitemap), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
