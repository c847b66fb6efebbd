/**
 * Both languages: every page type exists at `/` (Bahasa Indonesia) and
 * `/en/` (English) with the right `lang` and hreflang alternates, shows no UI text of
 * the other language (nor a demo banner: the figures are real), the header switch lands
 * on the same page, and numbers follow the page's language.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dictionary, type Locale } from '../../src/i18n/index.ts';
import { formatCount, formatScore } from '../../src/lib/format.ts';
import { totals } from '../../src/lib/model/complaints.ts';
import { loadDataset } from '../../src/lib/model/load.ts';
import { latestYear } from '../../src/lib/model/queries.ts';
import { regionProfile } from '../../src/lib/model/figures-index.ts';
import { localePath, regionPath } from '../../src/lib/paths.ts';
import { collectErrors, launchBrowser } from './support/browser.ts';
import { scoredRegion } from './support/examples.ts';

const baseUrl = inject('baseUrl');
const dataset = loadDataset(inject('dataDir'));
const year = latestYear(dataset.scores)!;
const province = dataset.registry.provinces.find((p) => p.code === '18')!;
const profile = regionProfile(dataset, '18.09')!;
/** A region whose latest result has a score (Pesawaran's latest is a zone printed without one). */
const scored = scoredRegion(dataset);

/** One page of every type, as language-neutral paths. */
export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  map: '/peta/',
  mapYear: `/peta/${year}/`,
  provinces: '/provinsi/',
  province: `/provinsi/${province.slug}/`,
  provinceYear: `/provinsi/${province.slug}/${year}/`,
  regions: '/daerah/',
  region: regionPath(profile.region),
  rankings: '/peringkat/',
  rankingsYear: `/peringkat/${year}/`,
  compare: `/bandingkan/?d=${profile.region.code}`,
  complaints: '/pengaduan/',
  methodology: '/metodologi/',
  about: '/tentang/',
};

const url = (path: string, locale: Locale) => new URL(localePath(path, locale).slice(1), baseUrl).href;

type Tree = { readonly [key: string]: string | Tree };
function texts(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else texts(value, path, out);
  }
  return out;
}

/**
 * Pieces of UI text that belong to one language only: every dictionary text that differs
 * between the languages, cut at its placeholders, kept when it is a phrase (two words,
 * 12+ characters) that does not also occur in the other language's texts (English shows
 * the Indonesian zone and grade names on purpose, e.g. "Merah (red)").
 */
function ownPhrases(own: Locale, other: Locale): string[] {
  const mine = texts(dictionary(own) as unknown as Tree);
  const theirs = [...texts(dictionary(other) as unknown as Tree).values()];
  const phrases = new Set<string>();
  for (const [key, text] of mine) {
    if (text === texts(dictionary(other) as unknown as Tree).get(key)) continue;
    for (const part of text.split(/\{\w+\}/)) {
      const phrase = part.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (phrase.length >= 12 && /\s/.test(phrase) && !theirs.some((t) => t.includes(phrase))) phrases.add(phrase);
    }
  }
  return [...phrases];
}
const PHRASES: Record<Locale, string[]> = { id: ownPhrases('id', 'en'), en: ownPhrases('en', 'id') };

/**
 * Everything a reader or a screen reader gets: visible text, the title, accessible names
 * and SVG titles — except content marked `translate="no"` (e.g. the header names an input
 * CSV may use, which are data, not UI text).
 */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const el of document.querySelectorAll('[translate="no"]')) el.remove();
    const parts = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], svg title, svg desc, meta[name="description"]')) {
      for (const attr of ['aria-label', 'title', 'alt', 'content']) {
        const value = el.getAttribute(attr);
        if (value) parts.push(value);
      }
      if (el.tagName.toLowerCase() === 'title' || el.tagName.toLowerCase() === 'desc') parts.push(el.textContent ?? '');
    }
    return parts.join('\n').replace(/\s+/g, ' ');
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('both languages', () => {
  it('the build is from real figures: manifest.demo is false', () => {
    expect(dataset.manifest.demo).toBe(false);
  });

  it('the dictionaries give each language enough phrases of its own to catch a leak', () => {
    expect(PHRASES.id.length).toBeGreaterThan(100);
    expect(PHRASES.en.length).toBeGreaterThan(100);
  });

  // Side by side (a page each): most of a test is waiting for the network to go quiet.
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    for (const locale of ['id', 'en'] as const) {
      const other: Locale = locale === 'id' ? 'en' : 'id';
      it.concurrent(`${type} (${locale}): lang, hreflang alternates, and no ${other === 'id' ? 'Indonesian' : 'English'} UI text`, async ({ expect }) => {
        const page = await browser.newPage();
        const errors = collectErrors(page);
        const response = await page.goto(url(path, locale));
        expect(response?.status()).toBe(200);
        await page.waitForLoadState('networkidle');
        expect(await page.getAttribute('html', 'lang')).toBe(locale);
        const alternates = await page
          .locator('link[rel="alternate"][hreflang]')
          .evaluateAll((links) => Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])));
        const pagePath = path.split('?')[0]!;
        // Paths on a build without ZP_SITE (this one), absolute URLs with it: resolve against the page.
        expect(new URL(alternates.id!, page.url()).pathname).toBe(new URL(url(pagePath, 'id')).pathname);
        expect(new URL(alternates.en!, page.url()).pathname).toBe(new URL(url(pagePath, 'en')).pathname);
        expect(alternates['x-default']).toBe(alternates.id);
        // Real figures (manifest.demo is false): no demo banner or notice on any page type.
        expect(await page.locator('[data-demo], .demo-banner').count(), 'demo banner').toBe(0);
        const text = await pageText(page);
        const leaked = PHRASES[other].filter((phrase) => text.includes(phrase));
        expect(leaked, `${other} UI text on the ${locale} ${type} page`).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }

  it('the language switch lands on the same page in the other language, and back', async () => {
    const page = await browser.newPage();
    const path = PAGE_TYPES.region!;
    await page.goto(url(path, 'id'));
    const link = page.locator('a[data-lang-switch]');
    expect(await link.getAttribute('hreflang')).toBe('en');
    expect(await link.getAttribute('lang')).toBe('en');
    await Promise.all([page.waitForURL(url(path, 'en')), link.click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe(profile.region.name);
    await Promise.all([page.waitForURL(url(path, 'id')), page.locator('a[data-lang-switch]').click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await page.close();
  });

  it('the switch keeps the comparison selection held in the query', async () => {
    const page = await browser.newPage();
    await page.goto(url(PAGE_TYPES.compare!, 'id'));
    await page.waitForLoadState('networkidle');
    await Promise.all([page.waitForURL(/\/en\/bandingkan\/\?d=18\.09/), page.locator('a[data-lang-switch]').click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('links inside an English page stay in English', async () => {
    const page = await browser.newPage();
    await page.goto(url(PAGE_TYPES.region!, 'en'));
    const hrefs = await page.locator('main a[href^="/"], header nav a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const base = new URL(baseUrl).pathname;
    const pages = hrefs.filter((h) => !/\.(json|csv|png|svg|zip)$/.test(h.split('?')[0]!));
    expect(pages.length).toBeGreaterThan(5);
    for (const href of pages) expect(href.startsWith(`${base}en/`), href).toBe(true);
    await page.close();
  });

  it('numbers follow the language on a region page: 45,67 (id), 45.67 (en) — the hero score and Pesawaran 2017 (21,97)', async () => {
    const latest = scored.latest!.point;
    const page = await browser.newPage();
    for (const locale of ['id', 'en'] as const) {
      await page.goto(url(regionPath(scored.region), locale));
      const hero = (await page.locator('.hero-score__value').textContent())!;
      expect(hero).toContain(formatScore(latest.score, locale));
      const decimal = locale === 'id' ? ',' : '.';
      expect(hero).toMatch(new RegExp(`\\d+\\${decimal}\\d{2}`));
      await page.goto(url(PAGE_TYPES.region!, locale));
      expect(await page.locator('table.trend-table tr#tahun-2017 [data-col="score"]').textContent()).toBe(locale === 'id' ? '21,97' : '21.97');
    }
    await page.close();
  });

  it('counts of 1,000 or more carry the thousands separator of the language (complaints: national totals; methodology: rows per input file)', async () => {
    const largest = totals(dataset.complaintFigures, { kind: 'nasional' }).reduce((a, b) => (b.count > a.count ? b : a));
    expect(largest.count, 'a national complaint total of 1,000 or more').toBeGreaterThanOrEqual(1000);
    const file = [...dataset.manifest.files].sort((a, b) => b.rows - a.rows)[0]!;
    const page = await browser.newPage();
    for (const locale of ['id', 'en'] as const) {
      await page.goto(url(PAGE_TYPES.complaints!, locale));
      const expected = locale === 'id' ? largest.count.toLocaleString('de-DE') : largest.count.toLocaleString('en-US');
      expect(formatCount(largest.count, locale)).toBe(expected);
      expect(await page.locator('main').textContent()).toContain(expected);
      await page.goto(url(PAGE_TYPES.methodology!, locale));
      expect(await page.locator('main').textContent()).toContain(formatCount(file.rows, locale));
    }
    await page.close();
  });
});
