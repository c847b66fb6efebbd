import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDataset } from '../../src/lib/model/load.ts';
import { collectErrors, launchBrowser } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const shots = join(import.meta.dirname, 'screenshots');
const dataset = loadDataset(inject('dataDir'));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('region search', () => {
  it('finds a region from a misspelling and opens it with the keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(new URL('provinsi/', baseUrl).href);
    const input = page.locator('#region-search-input');
    expect(await input.isVisible()).toBe(true);
    expect(await page.locator('.region-search [data-fallback]').isVisible()).toBe(false);
    await input.focus();
    await page.keyboard.type('pesawran');
    const first = page.locator('#region-search-list [role="option"]').first();
    await first.waitFor();
    expect(await first.getAttribute('data-code')).toBe('18.09');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: join(shots, 'search-1280.png') });
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await Promise.all([page.waitForURL(/\/daerah\/18\.09-kabupaten-pesawaran\/$/), page.keyboard.press('Enter')]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds by code and by name with a prefix; Escape closes the list', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(baseUrl);
    const input = page.locator('#region-search-input');
    await input.fill('3302');
    await page.locator('#region-search-list [role="option"]').first().waitFor();
    expect(await page.locator('#region-search-list [role="option"]').first().getAttribute('data-code')).toBe('33.02');
    await input.fill('kota pasuruan');
    await page.waitForFunction(() => document.querySelector('#region-search-list [role="option"]')?.getAttribute('data-code') === '35.75');
    await page.screenshot({ path: join(shots, 'search-375.png') });
    await input.press('Escape');
    expect(await page.locator('#region-search-list').isVisible()).toBe(false);
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await input.fill('zzzzqq');
    await page.waitForFunction(() => (document.querySelector('.region-search [data-status]')?.textContent ?? '').includes('zzzzqq'));
    await page.close();
  });

  it('is a link to the list of all regions without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl);
    const link = page.locator('.region-search [data-fallback]');
    expect(await link.isVisible()).toBe(true);
    expect(await page.locator('#region-search-input').isVisible()).toBe(false);
    await Promise.all([page.waitForURL(/\/daerah\/$/), link.click()]);
    expect(await page.locator('.region-list li').count()).toBe(dataset.registry.regions.length);
    expect(await page.locator('.region-group').count()).toBe(dataset.registry.provinces.length);
    await context.close();
  });
});
