// @ts-check
import { defineConfig } from 'astro/config';

/**
 * Static site. Deployment location comes from the environment:
 * - ZP_SITE: absolute origin (used for canonical URLs), default http://localhost:4321
 * - ZP_BASE: path the site is served under, e.g. `/zona-pelayanan/`, default `/`
 * Data is read at build time from ZP_DATA_DIR (see src/lib/model/load.ts).
 * ZP_OUT_DIR and ZP_CACHE_DIR let several builds run side by side (tests, bench).
 */
const site = process.env.ZP_SITE || 'http://localhost:4321';
const base = process.env.ZP_BASE || '/';

export default defineConfig({
  site,
  base,
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
