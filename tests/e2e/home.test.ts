import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launchBrowser } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '..', '..');
const registry = JSON.parse(readFileSync(join(inject('dataDir'), 'regions.json'), 'utf8')) as { regions: { code: string }[] };
const manifest = JSON.parse(readFileSync(join(inject('dataDir'), 'manifest.json'), 'utf8')) as { demo: boolean };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('home page', () => {
  it('lists one row per kabupaten/kota, shows the demo banner, and logs no errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    const response = await page.goto(baseUrl);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    const codes = await page.locator('tbody tr[data-code]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    expect(codes).toHaveLength(514);
    expect(new Set(codes)).toEqual(new Set(registry.regions.map((r) => r.code)));
    expect(manifest.demo).toBe(true);
    const banner = page.getByText('Data contoh — bukan hasil resmi Ombudsman RI');
    await expect(banner.first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(root, 'tests', 'e2e', 'screenshots', 'home-1280.png'), fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works at 375 px and without JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl);
    expect(await page.locator('tbody tr[data-code]').count()).toBe(514);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(root, 'tests', 'e2e', 'screenshots', 'home-375.png'), fullPage: false });
    await context.close();
  });
});
