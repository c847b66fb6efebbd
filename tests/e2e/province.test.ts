import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ScoreEntry } from '../../src/lib/types.ts';
import { collectErrors, launchBrowser } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '..', '..');
const scores = JSON.parse(readFileSync(join(inject('dataDir'), 'scores.json'), 'utf8')) as ScoreEntry[];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('province pages', () => {
  it('the home table links to a province page that shows the provincial government and its kabupaten/kota', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(baseUrl);
    await page.locator('tr[data-code="18.09"] a', { hasText: 'Lampung' }).click();
    await page.waitForURL(/\/provinsi\/lampung\/$/);
    expect(await page.locator('h1').textContent()).toBe('Provinsi Lampung');
    // The provincial government's own scores, one row per assessed year, not mixed into the region table.
    const government = scores.filter((s) => s.level === 'provinsi' && s.code === '18');
    expect(government.length).toBeGreaterThan(0);
    expect(await page.locator('table.province-government tbody tr').count()).toBe(government.length);
    const regionCodes = await page.locator('table.region-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    expect(regionCodes).toHaveLength(15);
    expect(regionCodes.every((c) => c?.startsWith('18.'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists all 38 provinces', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}provinsi/`);
    expect(await page.locator('tbody tr[data-code]').count()).toBe(38);
    await page.close();
  });
});
