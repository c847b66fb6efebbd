/**
 * Joins the site's base path (Astro's `import.meta.env.BASE_URL`, e.g. `/` or
 * `/zona-pelayanan/`) and an internal path, with exactly one `/` between them.
 *
 *   withBase('/')                → '/zona-pelayanan/'
 *   withBase('/daerah/18.09/')   → '/zona-pelayanan/daerah/18.09/'
 *   withBase('favicon.svg')      → '/zona-pelayanan/favicon.svg'
 *
 * The path is kept as given otherwise (the site uses `trailingSlash: 'always'`,
 * so page links should end in `/`). Absolute URLs (`https:`, `mailto:`, `//host`)
 * and in-page fragments (`#main`) are returned unchanged.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(path)) return path;
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const rest = path.replace(/^\/+/, '');
  return `${prefix}/${rest}`;
}
