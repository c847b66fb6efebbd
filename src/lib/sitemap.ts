/**
 * sitemap.xml and robots.txt (src/pages/[sitemap].xml.ts, src/pages/robots.txt.ts), from the
 * list of pages the build renders (src/lib/site-pages.ts). Pure.
 *
 * What is listed: every page except the embeds (`/embed/…`, `/en/embed/…`: fragments for other
 * sites' iframes, `noindex` with a canonical link to their full page) and the 404 page
 * (`noindex`). Each entry carries its language twins as `xhtml:link rel="alternate" hreflang`
 * (id, en, and x-default = the Indonesian page), as Google documents for multilingual sitemaps.
 */
import { LOCALES, type Locale } from '../i18n/index.ts';
import { escapeHtml } from './escape.ts';
import { isEmbedPath, localePath, splitLocalePath } from './paths.ts';

/** A page path without the base, ending in `/`: `/`, `/en/daerah/18.09-kabupaten-pesawaran/`. */
export type PagePath = string;

export interface SitemapEntry {
  path: PagePath;
  /** The page in every language it exists in, then x-default (the Indonesian page); empty when it has no twin. */
  alternates: Array<{ hreflang: Locale | 'x-default'; path: PagePath }>;
}

/** The sitemap protocol's limit of URLs per file (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * The URL paths a page file under src/pages renders: `daerah/[region].astro` with
 * `[{ region: '18.09-kabupaten-pesawaran' }]` → `['/daerah/18.09-kabupaten-pesawaran/']`.
 * `file` is relative to src/pages (`/` separators); `params` is null for a page without
 * parameters. `index` names its folder; `[...rest]` takes the whole value (or nothing).
 */
export function routePaths(file: string, params: ReadonlyArray<Readonly<Record<string, string | number | undefined>>> | null): PagePath[] {
  const segments = file
    .replace(/^\.?\/+/, '')
    .replace(/\.astro$/, '')
    .split('/');
  if (segments.at(-1) === 'index') segments.pop();
  const dynamic = segments.some((s) => /\[[^\]]+\]/.test(s));
  if (dynamic && params === null) throw new Error(`sitemap: ${file} has parameters but no static paths`);
  return (params ?? [{}]).map((values) => {
    const filled = segments.flatMap((segment) => {
      const value = segment.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_match, _rest: string | undefined, name: string) => {
        if (!Object.hasOwn(values, name)) throw new Error(`sitemap: ${file}: no value for parameter ${name}`);
        return String(values[name] ?? '');
      });
      return value.split('/').filter((part) => part !== '');
    });
    return filled.length === 0 ? '/' : `/${filled.join('/')}/`;
  });
}

/** Whether a page belongs in the sitemap: not an embed, not the 404 page. */
export function isListed(path: PagePath): boolean {
  const { path: neutral } = splitLocalePath(path, '/');
  return !isEmbedPath(neutral) && neutral !== '/404/';
}

/**
 * The sitemap's entries: the listed pages, sorted, each with its language twins among `paths`.
 * Throws past the protocol's 50,000 URLs (the site has a few thousand pages).
 */
export function sitemapEntries(paths: readonly PagePath[]): SitemapEntry[] {
  const listed = [...new Set(paths.filter(isListed))].sort();
  if (listed.length > SITEMAP_MAX_URLS) throw new Error(`sitemap: ${listed.length} pages, more than the ${SITEMAP_MAX_URLS} one sitemap may list`);
  const present = new Set(listed);
  return listed.map((path) => {
    const neutral = splitLocalePath(path, '/').path;
    const twins = LOCALES.map((locale) => ({ hreflang: locale, path: localePath(neutral, locale) })).filter((t) => present.has(t.path));
    if (twins.length < 2) return { path, alternates: [] };
    const fallback = twins.find((t) => t.hreflang === 'id') ?? twins[0]!;
    return { path, alternates: [...twins, { hreflang: 'x-default', path: fallback.path }] };
  });
}

/** The XML of a sitemap; `url` turns a page path into its absolute URL (base included). */
export function sitemapXml(entries: readonly SitemapEntry[], url: (path: PagePath) => string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const entry of entries) {
    lines.push('  <url>', `    <loc>${escapeHtml(url(entry.path))}</loc>`);
    for (const alt of entry.alternates) lines.push(`    <xhtml:link rel="alternate" hreflang="${alt.hreflang}" href="${escapeHtml(url(alt.path))}"/>`);
    lines.push('  </url>');
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}

/**
 * robots.txt: every path may be crawled. The embeds are not disallowed on purpose: a crawler
 * must fetch them to read their `noindex` and canonical link (a disallowed URL can still be
 * indexed, bare, from links to it), and to see the chart inside a newsroom's article. The
 * `Sitemap:` line only with an absolute sitemap URL (a build with ZP_SITE).
 */
export function robotsTxt(sitemapUrl: string | null): string {
  const lines = ['# Zona Pelayanan', 'User-agent: *', 'Allow: /'];
  if (sitemapUrl) lines.push('', `Sitemap: ${sitemapUrl}`);
  return `${lines.join('\n')}\n`;
}
