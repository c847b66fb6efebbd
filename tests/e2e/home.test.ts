/**
 * The home page on the real, partial data: the latest year's map and a table of the
 * kabupaten/kota WITH a published figure that year (the rest are on the rankings page,
 * which the page says with a link), no demo banner, and it works at 375 px without
 * JavaScript in both languages.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDataset } from '../../src/lib/model/load.ts';
import { latestYear } from '../../src/lib/model/queries.ts';
import { collectErrors, launchBrowser } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '..', '..');
const dataset = loadDataset(inject('dataDir'));
const year = latestYear(dataset.scores)!;
const regionCodes = new Set(dataset.registry.regions.map((r) => r.code));
/** Kabupaten/kota with a published figure (score, zone or opinion) in the latest year. */
const published = new Set(dataset.scores.filter((s) => s.year === year && regionCodes.has(s.code)).map((s) => s.code));
const rest = regionCodes.size - published.size;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('home page', () => {
  it('lists the kabupaten/kota with a published figure in the latest year, links the rest, shows no demo banner, logs no errors', async () => {
    expect(dataset.manifest.demo).toBe(false);
    expect(published.size).toBeGreaterThan(0);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    const response = await page.goto(baseUrl);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    const codes = await page.locator('table.region-table tbody tr[data-code]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    expect(new Set(codes)).toEqual(published);
    expect(codes).toHaveLength(published.size);
    // The others are not dropped silently: the page says how many and links the full list.
    const note = page.locator('section[aria-labelledby="table-heading"] p', {
      hasText: `${rest} kabupaten/kota lain belum punya angka yang dipublikasikan untuk ${year}`,
    });
    expect(await note.count()).toBe(1);
    expect(await note.locator(`a[href="/peringkat/${year}/"]`).count()).toBe(1);
    // Real figures: no demo banner.
    expect(await page.locator('.demo-banner, [data-demo]').count()).toBe(0);
    expect(await page.getByText('Data contoh — bukan hasil resmi Ombudsman RI').count()).toBe(0);
    await page.screenshot({ path: join(root, 'tests', 'e2e', 'screenshots', 'home-1280.png'), fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works at 375 px and without JavaScript, in both languages', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const prefix of ['', 'en/']) {
      await page.goto(new URL(prefix, baseUrl).href);
      expect(await page.locator('table.region-table tbody tr[data-code]').count(), prefix).toBe(published.size);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `/${prefix}: sideways scrolling at 375 px`).toBeLessThanOrEqual(0);
      if (prefix === '') await page.screenshot({ path: join(root, 'tests', 'e2e', 'screenshots', 'home-375.png'), fullPage: false });
    }
    await context.close();
  });
});
