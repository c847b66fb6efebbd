/**
 * Absolute URLs on the site, from `ZP_SITE` (Astro's `site`, see astro.config.mjs). A build
 * without it (a local build or preview) knows no public origin: it writes no absolute URL to
 * the site at all — never `http://localhost:…` — and callers leave the URL out or fall back
 * to the path. docs/DEPLOY.md.
 */

/** The site's origin as Astro gives it (`Astro.site`): a URL, or undefined without ZP_SITE. */
export type Site = URL | string | null | undefined;

/**
 * `path` (already with the base, e.g. `/zona/daerah/18.09-kabupaten-pesawaran/`) as an absolute
 * URL on `site`, or null when there is no site. Only the origin of `site` is used: the base is
 * part of `path`.
 */
export function absoluteUrl(path: string, site: Site): string | null {
  if (!site) return null;
  const origin = new URL(String(site)).origin;
  return new URL(path, `${origin}/`).href;
}

/**
 * The address given to a reader (citations, the printed page): the absolute URL when the site is
 * known, else the path itself.
 */
export function pageAddress(path: string, site: Site): string {
  return absoluteUrl(path, site) ?? path;
}
