/**
 * The one-page report card: a region page printed to A4 PDF in Chromium is ONE
 * page, in both languages, for the region with the longest history in the data (the most
 * published years, then the most sources) and for the other heavy kinds of region page (a
 * 2025 opinion after a 2024 score; sources that differ). What prints: the name, the latest
 * result with its scheme, ranks, the province median, the trend chart with its key, one row
 * per published year with its source, and a foot with the page's URL and the data release;
 * no navigation, tools, summary or long source table; nothing wider than the paper.
 * Pages are counted from the PDF bytes (`/Type /Page` objects, checked against `/Count`).
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { t, type Locale } from '../../src/i18n/index.ts';
import { formatScore } from '../../src/lib/format.ts';
import { loadDataset, type Dataset } from '../../src/lib/model/load.ts';
import { regionProfile, type RegionProfile } from '../../src/lib/model/figures-index.ts';
import { localePath, regionPath } from '../../src/lib/paths.ts';
import { schemeFor } from '../../src/lib/zones.ts';
import { collectErrors, launchBrowser } from './support/browser.ts';
import { differingSources, opinionRegion, PESAWARAN } from './support/examples.ts';

const baseUrl = inject('baseUrl');
const shots = join(import.meta.dirname, 'screenshots');
const dataset = loadDataset(inject('dataDir'));

/** A4 less the page margins of RegionPage.astro's `@page` (12 mm each side): the width the printout lays out in, in CSS px. */
const PRINT_WIDTH = Math.floor(((210 - 2 * 12) / 25.4) * 96);

/** The region with the most published years, then the most sources (readings and mentions), then Pesawaran / the lowest code. */
function longestHistory(data: Dataset): RegionProfile {
  const sources = (p: RegionProfile) => p.entries.reduce((n, e) => n + 1 + (e.alternatives?.length ?? 0), 0) + p.mentions.length;
  const profiles = data.registry.regions.map((r) => regionProfile(data, r.code)!);
  const best = profiles.sort(
    (a, b) =>
      b.entries.length - a.entries.length ||
      sources(b) - sources(a) ||
      (a.region.code === PESAWARAN ? -1 : b.region.code === PESAWARAN ? 1 : a.region.code < b.region.code ? -1 : 1),
  )[0];
  if (best === undefined || best.entries.length < 2) throw new Error('the processed data has no region with two published years: pick another example');
  return best;
}

/** Pages of a PDF: its `/Type /Page` objects (not `/Pages`), which must agree with the page tree's `/Count`. */
function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  if (counts.length > 0 && Math.max(...counts) !== pages) throw new Error(`PDF page objects (${pages}) and /Count (${counts.join(', ')}) disagree`);
  return pages;
}

const longest = longestHistory(dataset);
const examples: { what: string; profile: RegionProfile }[] = [
  { what: 'longest history', profile: longest },
  { what: '2025 opinion after a 2024 score', profile: opinionRegion(dataset) },
  { what: 'sources that differ', profile: differingSources(dataset).profile },
].filter((e, i, all) => all.findIndex((x) => x.profile.region.code === e.profile.region.code) === i);

const path = (p: RegionProfile, locale: Locale) => localePath(regionPath(p.region), locale);
const pageUrl = (p: RegionProfile, locale: Locale) => new URL(path(p, locale).slice(1), baseUrl).href;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(p: RegionProfile, locale: Locale): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: PRINT_WIDTH, height: 1100 } });
  const errors = collectErrors(page);
  await page.goto(pageUrl(p, locale));
  return { page, errors };
}

/** The text a printout shows: innerText under print media (display: none left out). */
const printedText = (page: Page) => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));

describe('one-page report card', () => {
  it(`picks the region with the longest history: ${longest.region.name} (${longest.region.code}), ${longest.entries.length} published years`, () => {
    expect(longest.entries.length).toBeGreaterThanOrEqual(Math.max(...dataset.registry.regions.map((r) => regionProfile(dataset, r.code)!.entries.length)));
  });

  for (const { what, profile } of examples) {
    for (const locale of ['id', 'en'] as const) {
      it(`${what}: ${profile.region.name} (${locale}) prints on exactly one A4 page`, async () => {
        const { page, errors } = await open(profile, locale);
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdfPageCount(pdf), `${path(profile, locale)} printed to more than one page`).toBe(1);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }

  for (const locale of ['id', 'en'] as const) {
    it(`prints the name, the latest result with its scheme, ranks, the median, the chart, sources, the URL and the data date (${locale})`, async () => {
      const { page } = await open(longest, locale);
      await page.emulateMedia({ media: 'print' });
      const text = await printedText(page);
      const latest = longest.latest!.point;
      expect(text).toContain(longest.region.name);
      expect(text).toContain(t('region.printCard.scheme', { year: latest.year }, locale));
      expect(text).toContain(schemeFor(latest.year)!.label);
      if (latest.score !== null) expect(await page.locator('.hero-score__value').innerText()).toBe(formatScore(latest.score, locale));
      // The page's own URL (absolute when the build knows its site).
      expect(await page.locator('[data-report-card="url"]').innerText()).toMatch(
        new RegExp(`${path(longest, locale).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      );
      expect(text).toContain(path(longest, locale));
      // The release date, or (until data releases exist) the latest assessment year the data reaches.
      expect(await page.locator('[data-report-card="released"], [data-report-card="up-to"]').count()).toBe(1);
      // Ranks (nation and province) and the province median, where the data has them.
      if (longest.ranks?.kind) expect(await page.locator('[data-fact="rank"]').isVisible()).toBe(true);
      if (longest.ranks?.province) expect(await page.locator('[data-fact="rank-province"]').isVisible()).toBe(true);
      if (longest.standing) expect(await page.locator('[data-fact="standing"]').isVisible()).toBe(true);
      expect(await page.locator('table.trend-table th[data-col="province-median"]').isVisible()).toBe(true);
      // The chart (wide) and one row per published year, each with its source.
      expect(await page.locator('#trend-wide').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(300);
      expect(await page.locator('table.trend-table tbody tr[data-status="published"]').count()).toBe(longest.entries.length);
      for (const entry of longest.entries) {
        const row = page.locator(`table.trend-table tr[data-year="${entry.year}"]`);
        expect(await row.isVisible(), `${entry.year} printed`).toBe(true);
        expect((await row.locator('.source-cell').innerText()).trim()).not.toBe('');
      }
      // Left out: navigation, tools, the summary, the long source table, years without a figure.
      for (const selector of [
        '.site-header',
        '.site-footer',
        '.breadcrumb',
        '.share-tools',
        '.region-summary',
        'table.sources-table',
        'tr[data-status="no-assessment"]',
      ]) {
        const el = page.locator(selector).first();
        if ((await el.count()) > 0) expect(await el.isVisible(), `${selector} printed`).toBe(false);
      }
      // Nothing wider than the paper (a wide table would be cut off at the page edge).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PRINT_WIDTH);
      await page.screenshot({ path: join(shots, `region-report-card-${locale}.png`), fullPage: true });
      await page.close();
    });
  }

  it('keeps the printout out of the screen: the scheme line and the foot show in print only', async () => {
    const { page } = await open(longest, 'id');
    expect(await page.locator('[data-report-card="footer"]').isVisible()).toBe(false);
    expect(await page.locator('[data-fact="scheme"]').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    await page.close();
  });
});
