/**
 * /sitemap.xml: every page but the embeds and the 404 page, with its language twins
 * (src/lib/sitemap.ts), from the page files themselves (src/lib/site-pages.ts). Written only
 * by a build with ZP_SITE: a sitemap must list absolute URLs, and a build without a public
 * origin has none to give (hence the parameter: no static path, no file). docs/DEPLOY.md.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sitePagePaths } from '../lib/site-pages.ts';
import { sitemapEntries, sitemapXml } from '../lib/sitemap.ts';
import { absoluteUrl } from '../lib/site-url.ts';
import { SITEMAP_NAME, withBase } from '../lib/paths.ts';
import { siteData } from '../lib/site-data.ts';

/** No sitemap without ZP_SITE, nor for demo data (every page of a demo build is `noindex`). */
export const getStaticPaths = (() =>
  import.meta.env.SITE && !siteData().dataset.manifest.demo ? [{ params: { sitemap: SITEMAP_NAME } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) => {
  const entries = sitemapEntries(sitePagePaths(siteData().dataset));
  const body = sitemapXml(entries, (path) => absoluteUrl(withBase(path), site)!);
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
