// @ts-check
import { defineConfig } from 'astro/config';

/**
 * Static site. Deployment location comes from the environment:
 * - ZP_SITE: absolute origin (used for canonical URLs), default http://localhost:4321
 * - ZP_BASE: path the site is served under, e.g. `/zona-pelayanan/`, default `/`
 * Data is read at build time from ZP_DATA_DIR (see src/lib/model/load.ts).
 */
const site = process.env.ZP_SITE || 'http://localhost:4321';
const base = process.env.ZP_BASE || '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
  },
  server: {
    port: 4321,
  },
});
