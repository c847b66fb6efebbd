import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { isListed, robotsTxt, routePaths, sitemapEntries, sitemapXml, SITEMAP_MAX_URLS } from '../../src/lib/sitemap.ts';
import { sitePagePaths, staticPathsName } from '../../src/lib/site-pages.ts';
import { loadDataset } from '../../src/lib/model/load.ts';

describe('routePaths: a page file and its parameters → URL paths', () => {
  it('static pages: index names its folder, other files end in /', () => {
    expect(routePaths('index.astro', null)).toEqual(['/']);
    expect(routePaths('en/index.astro', null)).toEqual(['/en/']);
    expect(routePaths('metodologi.astro', null)).toEqual(['/metodologi/']);
    expect(routePaths('peringkat/index.astro', null)).toEqual(['/peringkat/']);
    expect(routePaths('./en/tentang.astro', null)).toEqual(['/en/tentang/']);
  });

  it('fills parameters, several in one path, numbers too', () => {
    expect(routePaths('daerah/[region].astro', [{ region: '18.09-kabupaten-pesawaran' }, { region: '18.72-kota-metro' }])).toEqual([
      '/daerah/18.09-kabupaten-pesawaran/',
      '/daerah/18.72-kota-metro/',
    ]);
    expect(routePaths('en/provinsi/[slug]/[year].astro', [{ slug: 'lampung', year: 2024 }])).toEqual(['/en/provinsi/lampung/2024/']);
  });

  it('a rest parameter takes the whole value, or nothing', () => {
    expect(routePaths('docs/[...path].astro', [{ path: 'a/b' }, { path: undefined }])).toEqual(['/docs/a/b/', '/docs/']);
  });

  it('fails loudly on a page with parameters but no paths, or a missing value', () => {
    expect(() => routePaths('daerah/[region].astro', null)).toThrow(/no static paths/);
    expect(() => routePaths('daerah/[region].astro', [{ other: 'x' }])).toThrow(/no value for parameter region/);
  });
});

describe('staticPathsName: which routes.ts function a page uses', () => {
  it('reads `export const getStaticPaths = () => name(siteData().dataset);`', () => {
    expect(
      staticPathsName(
        "---\nimport { regionPaths } from '../../lib/routes.ts';\n\nexport const getStaticPaths = () => regionPaths(siteData().dataset);\n---\n<View />",
        'x.astro',
      ),
    ).toBe('regionPaths');
    expect(staticPathsName('---\nimport View from "../views/HomePage.astro";\n---\n<View />', 'index.astro')).toBeNull();
  });
  it('refuses any other way of writing it (the sitemap could not know the paths)', () => {
    expect(() => staticPathsName('export function getStaticPaths() { return []; }', 'x.astro')).toThrow(/x\.astro/);
    expect(() => staticPathsName('export const getStaticPaths = regionPaths;', 'x.astro')).toThrow(/siteData\(\)\.dataset/);
  });
});

describe('isListed', () => {
  it('lists pages, not embeds or the 404 page, in either language', () => {
    expect(isListed('/')).toBe(true);
    expect(isListed('/en/daerah/18.09-kabupaten-pesawaran/')).toBe(true);
    expect(isListed('/embed/peta/2024/')).toBe(false);
    expect(isListed('/en/embed/daerah/18.09-kabupaten-pesawaran/tren/')).toBe(false);
    expect(isListed('/404/')).toBe(false);
    expect(isListed('/embeddings/')).toBe(true);
  });
});

describe('sitemapEntries', () => {
  const paths = ['/', '/en/', '/data/', '/en/data/', '/404/', '/embed/peta/2024/', '/en/embed/peta/2024/', '/only-id/', '/en/only-en/'];
  const entries = sitemapEntries(paths);

  it('lists every page but the excluded ones, sorted, once', () => {
    expect(entries.map((e) => e.path)).toEqual(['/', '/data/', '/en/', '/en/data/', '/en/only-en/', '/only-id/']);
    expect(sitemapEntries([...paths, '/data/'])).toEqual(entries);
  });

  it('gives each page its twins: id, en and x-default (the Indonesian page), the same from both twins', () => {
    const twins = [
      { hreflang: 'id', path: '/data/' },
      { hreflang: 'en', path: '/en/data/' },
      { hreflang: 'x-default', path: '/data/' },
    ];
    expect(entries.find((e) => e.path === '/data/')!.alternates).toEqual(twins);
    expect(entries.find((e) => e.path === '/en/data/')!.alternates).toEqual(twins);
    expect(entries.find((e) => e.path === '/en/')!.alternates.map((a) => a.path)).toEqual(['/', '/en/', '/']);
  });

  it('a page without a twin has no alternates', () => {
    expect(entries.find((e) => e.path === '/only-id/')!.alternates).toEqual([]);
    expect(entries.find((e) => e.path === '/en/only-en/')!.alternates).toEqual([]);
  });

  it('refuses more URLs than one sitemap may hold', () => {
    const many = Array.from({ length: SITEMAP_MAX_URLS + 1 }, (_, i) => `/p${i}/`);
    expect(() => sitemapEntries(many)).toThrow(/50000/);
  });
});

describe('sitemapXml', () => {
  const entries = sitemapEntries(['/', '/en/', '/cari/?q=a&b/']);
  const xml = sitemapXml(entries, (path) => new URL(path.slice(1), 'https://example.org/zona/').href);

  it('is well-formed sitemap XML with the xhtml namespace, absolute URLs, escaped', () => {
    const { document } = parseHTML(xml.replace(/^<\?xml[^>]*>\s*/, ''));
    const urls = [...document.querySelectorAll('url')];
    expect(urls).toHaveLength(3);
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
      ),
    ).toBe(true);
    expect(urls.map((u) => u.querySelector('loc')!.textContent)).toEqual([
      'https://example.org/zona/',
      'https://example.org/zona/cari/?q=a&b/',
      'https://example.org/zona/en/',
    ]);
    expect(xml).toContain('<loc>https://example.org/zona/cari/?q=a&amp;b/</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://example.org/zona/en/"/>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/zona/"/>');
    expect(xml.endsWith('</urlset>\n')).toBe(true);
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap when there is one', () => {
    expect(robotsTxt('https://example.org/zona/sitemap.xml')).toBe(
      '# Zona Pelayanan\nUser-agent: *\nAllow: /\n\nSitemap: https://example.org/zona/sitemap.xml\n',
    );
  });
  it('has no Sitemap line without an absolute sitemap URL (no ZP_SITE)', () => {
    expect(robotsTxt(null)).toBe('# Zona Pelayanan\nUser-agent: *\nAllow: /\n');
    expect(robotsTxt(null)).not.toMatch(/sitemap|disallow/i);
  });
});

describe('sitePagePaths: the pages of src/pages for a dataset', () => {
  let paths: string[] = [];
  beforeAll(() => {
    paths = sitePagePaths(loadDataset('tests/fixtures/processed-sample'));
  });

  it('has every static page of both languages and each page with parameters, once, sorted', () => {
    for (const path of [
      '/',
      '/en/',
      '/data/',
      '/en/data/',
      '/metodologi/',
      '/en/tentang/',
      '/daerah/18.09-kabupaten-pesawaran/',
      '/en/provinsi/lampung/',
      '/404/',
    ])
      expect(paths).toContain(path);
    expect(new Set(paths).size).toBe(paths.length);
    expect([...paths].sort()).toEqual(paths);
    expect(paths.filter((p) => p.startsWith('/daerah/') && p !== '/daerah/')).toHaveLength(4);
  });

  it('covers every .astro file under src/pages (none left without a path)', () => {
    const files = readdirSync(join('src', 'pages'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));
    expect(files.length).toBeGreaterThan(30);
    const prefixes = files.map((f) =>
      `/${
        f
          .split('\\')
          .join('/')
          .replace(/\.astro$/, '')
          .replace(/(^|\/)index$/, '')
          .split('[')[0]!
      }`
        .replace(/\/?$/, '/')
        .replace(/^\/\/$/, '/'),
    );
    for (const prefix of prefixes)
      expect(
        paths.some((p) => p.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it('in the sitemap: every page of both languages with its twin, but no embed and no 404', () => {
    const entries = sitemapEntries(paths);
    expect(entries.some((e) => e.path.includes('/embed/'))).toBe(false);
    expect(entries.some((e) => e.path === '/404/')).toBe(false);
    for (const entry of entries)
      expect(
        entry.alternates.map((a) => a.hreflang),
        entry.path,
      ).toEqual(['id', 'en', 'x-default']);
  });
});
