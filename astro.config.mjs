// @ts-check
import { defineConfig } from 'astro/config';
import { minifyHtmlIntegration } from './src/integrations/minify-html.ts';

/**
 * Static site. Deployment location comes from the environment:
 * - ZP_SITE: the public origin, e.g. `https://zona.example.org`: canonical, og:url, og:image,
 *   hreflang, JSON-LD and citation URLs, sitemap.xml. Unset (a local build or preview): no
 *   absolute URL to the site anywhere, no sitemap, and one warning per build (docs/DEPLOY.md).
 * - ZP_BASE: path the site is served under, e.g. `/zona-pelayanan/`, default `/`
 * Data is read at build time from ZP_DATA_DIR (see src/lib/model/load.ts).
 * ZP_OUT_DIR and ZP_CACHE_DIR let several builds run side by side (tests, bench).
 */
const site = process.env.ZP_SITE || undefined;
const base = process.env.ZP_BASE || '/';

/** Says once per build, not once per page, that a build without ZP_SITE is not for publishing. */
const siteWarning = {
  name: 'zona-pelayanan:site-warning',
  hooks: {
    /** @param {{ logger: import('astro').AstroIntegrationLogger }} options */
    'astro:build:start': ({ logger }) => {
      if (!site)
        logger.warn(
          'ZP_SITE is not set: this build has no canonical, og:url, og:image or absolute hreflang URLs, no sitemap.xml, ' +
            'and its embed codes and citations carry paths only. Fine for a local preview; to publish, build with ' +
            'ZP_SITE=https://your.domain (docs/DEPLOY.md).',
        );
    },
  },
};

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  // minify-html last: it rewrites the pages every other step has written.
  integrations: [siteWarning, minifyHtmlIntegration()],
  ...(process.env.ZP_OUT_DIR ? { outDir: process.env.ZP_OUT_DIR } : {}),
  ...(process.env.ZP_CACHE_DIR ? { cacheDir: process.env.ZP_CACHE_DIR } : {}),
  output: 'static',
  // Bahasa Indonesia at the root, English under /en/ (pages in src/pages/en/ render the
  // same views as src/pages/; src/lib/url.ts#localePath follows the same rule).
  i18n: {
    locales: ['id', 'en'],
    defaultLocale: 'id',
    routing: { prefixDefaultLocale: false },
  },
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Two pages at a time: the share images (sharp, off the main thread)
    // then overlap with rendering HTML on a 2-core machine.
    concurrency: 2,
    // Every stylesheet as a file under _astro/, none inlined: the same few KB of component
    // styles are otherwise repeated in each of ~3,800 pages (~13 MB of dist), and a reader
    // moving between pages gets them from the cache.
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      // Never inline scripts into the HTML (Astro inlines small ones by default): every
      // script is a file under _astro/, so the site runs under `script-src 'self'` (docs/DEPLOY.md).
      // Other assets (CSS, images) keep Vite's default limit.
      assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined),
    },
  },
  server: {
    port: 4321,
  },
});
