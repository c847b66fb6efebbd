/**
 * Found and cited:
 * - on the e2e build, made without ZP_SITE: no absolute URL to localhost anywhere, no sitemap,
 *   robots.txt without a Sitemap line, hreflang as paths, JSON-LD without URLs, cite boxes with
 *   the page's path, and the embed code completed with the page's origin in the browser;
 * - on a build of one province with ZP_SITE and a base path (built here): sitemap.xml lists every
 *   HTML page in dist except the embeds and 404.html, with its language twins; robots.txt points
 *   at it; canonical, og:url and hreflang are absolute; the JSON-LD of /data/ and a region page
 *   parses, has what Google Dataset Search reads, and every contentUrl is a file in dist;
 * - the cite box: selectable without JavaScript, copied by its button (or selected when the
 *   browser refuses), at 1280 and 375 px.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDataset } from '../../src/lib/model/load.ts';
import { regionPath } from '../../src/lib/paths.ts';
import { releaseDate } from '../../src/lib/citation.ts';
import { formatDate } from '../../src/lib/format.ts';
import { shownReleases, siteReleases } from '../../src/lib/releases/site.ts';
import { readReleases } from '../../src/lib/releases/store.ts';
import { t } from '../../src/i18n/index.ts';
import { collectErrors, launchBrowser } from './support/browser.ts';
import { listPages, tags } from './quality/site.ts';
import { extraSite, ZONA_BASE, ZONA_SITE } from './support/extra-sites.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const dataset = loadDataset(inject('dataDir'));
const pesawaran = dataset.registry.regions.find((r) => r.code === '18.09')!;
const REGION = regionPath(pesawaran);
const SITE = ZONA_SITE;
const BASE = ZONA_BASE;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Json = Record<string, unknown>;

/** The JSON-LD blocks of a page, parsed (from the document: the built pages are minified, attribute quotes and order vary). */
function jsonLd(html: string): Json[] {
  return [...parseHTML(html).document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as Json);
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const pageFile = (path: string) => `${path.replace(/^\//, '')}index.html`;

/** Google Dataset Search's required fields and the recommended ones this site gives. */
function expectDataset(d: Json) {
  expect(d['@context']).toBe('https://schema.org');
  expect(d['@type']).toBe('Dataset');
  expect(typeof d.name).toBe('string');
  expect((d.description as string).length).toBeGreaterThanOrEqual(50);
  expect((d.description as string).length).toBeLessThanOrEqual(5000);
  expect(d.creator).toMatchObject({ '@type': 'Organization', name: 'Ombudsman Republik Indonesia' });
  expect(d.publisher).toMatchObject({ '@type': 'Organization', name: 'Zona Pelayanan' });
  expect((d.license as unknown[]).length).toBeGreaterThan(0);
  expect(d.temporalCoverage).toMatch(/^\d{4}(\/\d{4})?$/);
  expect(d.spatialCoverage).toMatchObject({ name: expect.any(String) });
  expect((d.variableMeasured as unknown[]).length).toBeGreaterThan(0);
}

describe('a build without ZP_SITE (the e2e build)', () => {
  it('writes no absolute URL to localhost in any page, feed or data file', () => {
    const offenders = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(html|xml|txt|json|csv|svg|js|css)$/.test(f))
      .filter((f) => /localhost|127\.0\.0\.1/.test(read(distDir, f)));
    expect(offenders).toEqual([]);
  });

  it('has no sitemap, and robots.txt allows everything without naming one', () => {
    expect(existsSync(join(distDir, 'sitemap.xml'))).toBe(false);
    const robots = read(distDir, 'robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/sitemap|disallow/i);
  });

  it('pages have no canonical, og:url or og:image, and hreflang alternates as paths', () => {
    for (const path of ['/', REGION, '/en/data/']) {
      const page = tags(read(distDir, pageFile(path)));
      expect(
        page.some((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical'),
        path,
      ).toBe(false);
      expect(
        page.some((t) => t.name === 'meta' && /^og:(url|image)$/.test(t.attrs.get('property') ?? '')),
        path,
      ).toBe(false);
      const alternates = page.filter((t) => t.name === 'link' && t.attrs.get('rel') === 'alternate').map((t) => t.attrs.get('href'));
      expect(alternates, path).toHaveLength(3);
      for (const href of alternates) expect(href, path).toMatch(/^\/(?!\/)/);
    }
  });

  it('JSON-LD on /data/ and a region page parses, with the Dataset fields but no URL (none is known)', () => {
    for (const path of ['/data/', '/en/data/', REGION, '/provinsi/lampung/']) {
      const [d, ...rest] = jsonLd(read(distDir, pageFile(path)));
      expect(rest, path).toEqual([]);
      expectDataset(d!);
      for (const key of ['@id', 'url', 'distribution']) expect(d, `${path} ${key}`).not.toHaveProperty(key);
    }
    const [region] = jsonLd(read(distDir, pageFile(REGION)));
    expect(region!.isPartOf).toEqual({ '@type': 'Dataset', name: jsonLd(read(distDir, pageFile('/data/')))[0]!.name });
  });

  it('the embed code (iframe, then the height script) carries the page origin once the page runs (paths in the HTML)', async () => {
    const page = await browser.newPage();
    await page.goto(new URL(REGION.slice(1), baseUrl).href);
    const field = page.locator('textarea[data-embed-code]').first();
    const origin = new URL(baseUrl).origin;
    const code = await field.inputValue();
    expect(code).toMatch(new RegExp(`^<iframe src="${origin}/embed/daerah/${pesawaran.code}-[^"]*"[^>]*></iframe>\\n<script>`));
    expect(code).toContain(`e.origin!==${JSON.stringify(origin)}`);
    expect(code.endsWith('</script>')).toBe(true);
    await page.close();
  });
});

describe('the cite box', () => {
  const open = async (page: Page, path: string) => {
    await page.goto(new URL(path.slice(1), baseUrl).href);
    return page.locator('[data-cite]');
  };

  it('is on region, province and data pages in both languages, with the page path and the data release date (or the note that there is none)', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    // The date of the data release the build shows (data/releases/), or "t.t." / "n.d." without one.
    const released = releaseDate(dataset, shownReleases(siteReleases(dataset, readReleases())));
    const re = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const year = (locale: 'id' | 'en') => re(`(${released ? released.slice(0, 4) : locale === 'id' ? 't.t.' : 'n.d.'})`);
    const sentence = (locale: 'id' | 'en') => (released ? ` ${re(t('cite.released', { date: formatDate(released, locale) }, locale))}` : '');
    for (const [path, text] of [
      [
        REGION,
        new RegExp(
          `^Zona Pelayanan\\. ${year('id')}\\. Kabupaten Pesawaran: kepatuhan standar pelayanan publik, \\d{4}(–\\d{4})? \\[Kumpulan data; sumber: Ombudsman Republik Indonesia\\]\\.${sentence('id')} \\/daerah\\/18\\.09-kabupaten-pesawaran\\/$`,
        ),
      ],
      [
        `/en${REGION}`,
        new RegExp(
          `^Zona Pelayanan\\. ${year('en')}\\. Kabupaten Pesawaran: compliance with public service standards, .*${sentence('en')} \\/en\\/daerah\\/18\\.09-kabupaten-pesawaran\\/$`,
        ),
      ],
      ['/provinsi/lampung/', new RegExp(`^Zona Pelayanan\\. ${year('id')}\\. Provinsi Lampung: .*${sentence('id')} \\/provinsi\\/lampung\\/$`)],
      ['/data/', new RegExp(`^Zona Pelayanan\\. ${year('id')}\\. Kepatuhan standar pelayanan publik .*${sentence('id')} \\/data\\/$`)],
      ['/en/data/', new RegExp(`^Zona Pelayanan\\. ${year('en')}\\. Compliance of .*${sentence('en')} \\/en\\/data\\/$`)],
    ] as const) {
      const box = await open(page, path);
      expect(await box.count(), path).toBe(1);
      expect(await box.locator('textarea[data-cite-text]').inputValue(), path).toMatch(text);
      expect(await box.locator('textarea[data-cite-bibtex]').inputValue(), path).toMatch(/^@misc\{zonapelayanan-[\w.-]+,\n[\s\S]*\n\}\n$/);
      expect(await box.locator('.cite-box__note').count(), path).toBe(released ? 0 : 1);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without JavaScript the citation is there to select, and no copy button shows', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const box = await open(page, REGION);
    expect(await box.locator('textarea[data-cite-text]').inputValue()).toMatch(/^Zona Pelayanan\./);
    expect(await box.locator('button[data-copy]:visible').count()).toBe(0);
    await context.close();
  });

  it('the copy button puts the citation on the clipboard and says so; BibTeX too', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const box = await open(page, REGION);
    const text = await box.locator('textarea[data-cite-text]').inputValue();
    await box.locator('button[data-copy="cite-text"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    expect(await box.locator('[data-copy-status]').first().textContent()).toBe('Tersalin');
    await box.locator('summary').click();
    await box.locator('button[data-copy="cite-bibtex"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await box.locator('textarea[data-cite-bibtex]').inputValue());
    await context.close();
  });

  it('when the browser refuses to copy, the citation is selected and the status says how to copy it', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    });
    const box = await open(page, '/en/data/');
    await box.locator('button[data-copy="cite-text"]').click();
    await expect.poll(() => box.locator('[data-copy-status]').first().textContent()).toContain('Ctrl+C');
    const field = box.locator('textarea[data-cite-text]');
    const selected = await field.evaluate((t: HTMLTextAreaElement) => [t.selectionStart, t.selectionEnd, t.value.length, document.activeElement === t]);
    expect(selected).toEqual([0, selected[2], selected[2], true]);
    await page.close();
  });

  for (const width of [1280, 375]) {
    it(`fits the page at ${width} px (screenshot in tests/e2e/screenshots/)`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const box = await open(page, REGION);
      await box.locator('summary').click();
      const rect = await box.boundingBox();
      expect(rect!.x).toBeGreaterThanOrEqual(0);
      expect(rect!.x + rect!.width).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      await box.screenshot({ path: join(import.meta.dirname, 'screenshots', `cite-box-${width}.png`) });
      await page.close();
    });
  }
});

describe('a build with ZP_SITE (one province, under /zona/)', () => {
  let siteDist = '';
  beforeAll(() => {
    siteDist = extraSite(inject('extraSites'), 'zona').distDir;
  });

  const absolute = (path: string) => `${SITE}${BASE}${path.replace(/^\//, '')}`;

  it('sitemap.xml lists every HTML page but the embeds and 404.html, each with its language twins', () => {
    const xml = read(siteDist, 'sitemap.xml');
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
      ),
    ).toBe(true);
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    const pages = listPages(siteDist)
      .filter((p) => p.file !== '404.html' && !/(^|\/)embed\//.test(p.path))
      .map((p) => absolute(p.path));
    expect(pages.length).toBeGreaterThan(50);
    expect([...locs].sort()).toEqual([...pages].sort());
    const urls = xml.split('<url>').slice(1);
    for (const block of urls) {
      const loc = /<loc>([^<]*)</.exec(block)![1]!;
      const alternates = [...block.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]);
      const id = loc.replace(`${SITE}${BASE}en/`, `${SITE}${BASE}`);
      const en = id.replace(`${SITE}${BASE}`, `${SITE}${BASE}en/`);
      expect(alternates, loc).toEqual([
        ['id', id],
        ['en', en],
        ['x-default', id],
      ]);
    }
  });

  it('robots.txt names the sitemap', () => {
    expect(read(siteDist, 'robots.txt')).toContain(`\nSitemap: ${SITE}${BASE}sitemap.xml\n`);
  });

  it('canonical, og:url and hreflang are absolute on the site', () => {
    const page = tags(read(siteDist, pageFile(REGION)));
    const attr = (name: string, key: string, value: string, get: string) => page.find((t) => t.name === name && t.attrs.get(key) === value)?.attrs.get(get);
    expect(attr('link', 'rel', 'canonical', 'href')).toBe(absolute(REGION));
    expect(attr('meta', 'property', 'og:url', 'content')).toBe(absolute(REGION));
    expect(attr('link', 'hreflang', 'en', 'href')).toBe(absolute(`/en${REGION}`));
    expect(attr('link', 'hreflang', 'x-default', 'href')).toBe(absolute(REGION));
  });

  it('region and province pages name their 1200×630 share image in og:image and twitter:image', async () => {
    for (const path of [REGION, '/provinsi/lampung/', `/en${REGION}`]) {
      const page = tags(read(siteDist, pageFile(path)));
      const meta = (key: string, value: string) => page.find((t) => t.name === 'meta' && t.attrs.get(key) === value)?.attrs.get('content');
      const og = meta('property', 'og:image')!;
      expect(og, path).toMatch(new RegExp(`^${SITE}${BASE}og/.+\\.png$`));
      expect(meta('name', 'twitter:image'), path).toBe(og);
      expect(meta('name', 'twitter:card'), path).toBe('summary_large_image');
      expect([meta('property', 'og:image:width'), meta('property', 'og:image:height')], path).toEqual(['1200', '630']);
      expect(meta('property', 'og:image:alt'), path).toBeTruthy();
      const png = await sharp(join(siteDist, og.slice(`${SITE}${BASE}`.length))).metadata();
      expect([png.format, png.width, png.height], path).toEqual(['png', 1200, 630]);
    }
  });

  it('JSON-LD of /data/ and a region page: absolute url and @id, isPartOf, every contentUrl a file in dist', () => {
    const [data] = jsonLd(read(siteDist, pageFile('/data/')));
    expectDataset(data!);
    expect(data!.url).toBe(absolute('/data/'));
    expect(data!['@id']).toBe(`${absolute('/data/')}#dataset`);
    const downloads = data!.distribution as Json[];
    // One per file the page links under /data/.
    const hrefs = tags(read(siteDist, pageFile('/data/'))).map((tag) => tag.attrs.get('href') ?? '');
    const linked = new Set(
      hrefs.filter((href) => href.startsWith('/zona/data/') && href !== '/zona/data/' && !href.includes('#')).map((href) => `${SITE}${href}`),
    );
    expect(new Set(downloads.map((d) => d.contentUrl))).toEqual(linked);
    for (const d of [...downloads, ...((jsonLd(read(siteDist, pageFile(REGION)))[0]!.distribution as Json[]) ?? [])]) {
      expect(d).toMatchObject({ '@type': 'DataDownload', encodingFormat: expect.stringMatching(/^[a-z]+\/[\w.+-]+$/) });
      const file = (d.contentUrl as string).slice(`${SITE}${BASE}`.length);
      expect(existsSync(join(siteDist, file)), file).toBe(true);
    }
    const [region] = jsonLd(read(siteDist, pageFile(REGION)));
    expectDataset(region!);
    expect(region!.url).toBe(absolute(REGION));
    expect(region!.isPartOf).toMatchObject({ '@id': data!['@id'], url: data!.url });
    const [regionEn] = jsonLd(read(siteDist, pageFile(`/en${REGION}`)));
    expect(regionEn!['@id']).toBe(region!['@id']);
  });

  it('the citation ends in the page URL on the site', () => {
    const citation = parseHTML(read(siteDist, pageFile(REGION))).document.querySelector('textarea#cite-text')?.textContent;
    expect(citation).toMatch(new RegExp(`^Zona Pelayanan\\. [^<]* ${absolute(REGION).replace(/[.]/g, '\\.')}$`));
  });
});
