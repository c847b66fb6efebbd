/**
 * The base path and language prefix of the site's URLs. Import them from src/lib/paths.ts, the one
 * module for every URL, which re-exports them (tests/unit/url.test.ts tests this file directly).
 */
import type { Locale } from '../i18n/index.ts';

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

/** The path prefix of each site language: Indonesian at the root, English under `/en/`. */
const LOCALE_PREFIX: Record<Locale, string> = { id: '', en: '/en' };

/**
 * A page path in a site language, without the base: `localePath('/daerah/', 'en')` → `/en/daerah/`.
 * The same rule as Astro's i18n routing in astro.config.mjs (`prefixDefaultLocale: false`);
 * tests/unit/url.test.ts keeps the two in step.
 */
export function localePath(path: string, locale: Locale): string {
  const clean = `/${path.replace(/^\/+/, '')}`;
  return `${LOCALE_PREFIX[locale]}${clean}`;
}

/** A link to a page in a site language, with the base: `pageHref('/peringkat/', 'en')` → `/zona/en/peringkat/`. */
export function pageHref(path: string, locale: Locale, base?: string): string {
  return withBase(localePath(path, locale), base);
}

/**
 * Splits a URL path (as the browser sees it, base included) into the page's language
 * and its language-neutral path: `/zona/en/daerah/` → `{ locale: 'en', path: '/daerah/' }`.
 */
export function splitLocalePath(pathname: string, base: string = import.meta.env.BASE_URL ?? '/'): { locale: Locale; path: string } {
  const prefix = withBase('/', base);
  let rest = pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
  for (const [locale, localePrefix] of Object.entries(LOCALE_PREFIX) as Array<[Locale, string]>) {
    if (localePrefix && (rest === localePrefix || rest.startsWith(`${localePrefix}/`))) {
      rest = rest.slice(localePrefix.length) || '/';
      return { locale, path: rest };
    }
  }
  return { locale: 'id', path: rest };
}
