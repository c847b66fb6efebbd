import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatScore } from '../../src/lib/format.ts';
import { loadDataset } from '../../src/lib/model/load.ts';
import { collectErrors, launchBrowser } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const shots = join(import.meta.dirname, 'screenshots');
const dataset = loadDataset(inject('dataDir'));
const nameOf = (code: string) => dataset.registry.regions.find((r) => r.code === code)!.name;
const compareUrl = (query: string) => new URL(`bandingkan/${query}`, baseUrl).href;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('comparison', () => {
  it('a compare URL shows the right regions: chips, overlaid lines and the year-over-year table', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(compareUrl('?d=18.09,33.02'));
    await page.waitForSelector('.compare-chart svg g[data-code]');
    expect(await page.locator('[data-chips] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-code')))).toEqual(['18.09', '33.02']);
    expect(await page.locator('[data-chips] li a').allTextContents()).toEqual([nameOf('18.09'), nameOf('33.02')]);
    expect(await page.locator('.compare-chart svg g[data-code]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-code')))).toEqual(['18.09', '33.02']);
    expect(await page.locator('table.compare-table thead th').allTextContents()).toEqual(['Tahun', nameOf('18.09'), nameOf('33.02')]);
    // Table cells are the processed scores.
    for (const code of ['18.09', '33.02']) {
      for (const entry of dataset.scores.filter((s) => s.code === code && s.score !== null)) {
        const cell = page.locator(`table.compare-table tr[data-year="${entry.year}"] td[data-code="${code}"] .compare-score`);
        expect(await cell.textContent(), `${code} ${entry.year}`).toBe(formatScore(entry.score, 'id'));
      }
    }
    // The share link reproduces the view.
    expect(await page.locator('[data-share]').getAttribute('href')).toBe('/bandingkan/?d=18.09,33.02');
    expect(await page.locator('[data-no-js]').isVisible()).toBe(false);
    await page.screenshot({ path: join(shots, 'compare-1280.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('adds a region with the picker (typo-tolerant) and removes one, keeping ?d= in sync', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(compareUrl('?d=18.09'));
    await page.waitForSelector('.compare-chart svg g[data-code="18.09"]');
    await page.fill('#compare-input', 'banyumaz');
    await page.waitForSelector('#compare-list [role="option"]');
    expect(await page.locator('#compare-list [role="option"]').first().getAttribute('data-code')).toBe('33.02');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.compare-chart svg g[data-code="33.02"]');
    expect(new URL(page.url()).searchParams.get('d')).toBe('18.09,33.02');
    await page.locator('[data-chips] li[data-code="18.09"] button').click();
    expect(new URL(page.url()).searchParams.get('d')).toBe('33.02');
    expect(await page.locator('.compare-chart svg g[data-code]').count()).toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, 'compare-375.png'), fullPage: true });
    await page.close();
  });

  it('ignores invalid and unknown codes, and keeps at most 6 regions', async () => {
    const page = await browser.newPage();
    await page.goto(compareUrl('?d=18.09,abc,99.99,18.09'));
    await page.waitForFunction(() => (document.querySelector('[data-message]')?.textContent ?? '').includes('99.99'));
    expect(await page.locator('[data-chips] li').count()).toBe(1);
    expect(await page.locator('[data-message]').textContent()).toContain('abc');
    const seven = ['11.01', '11.02', '11.03', '11.04', '11.05', '11.06', '11.07'].join(',');
    await page.goto(compareUrl(`?d=${seven}`));
    // Regions without a published score draw nothing (an empty group): wait for the groups, not for them to show.
    await page.waitForSelector('.compare-chart svg g[data-code]', { state: 'attached' });
    expect(await page.locator('[data-chips] li').count()).toBe(6);
    expect(await page.locator('#compare-input').isDisabled()).toBe(true);
    await page.close();
  });

  it('explains itself and links to the rankings without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(compareUrl('?d=18.09,33.02'));
    const note = page.locator('[data-no-js]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.locator('a[href="/peringkat/"]').count()).toBe(1);
    expect(await page.locator('[data-compare]').isVisible()).toBe(false);
    await page.screenshot({ path: join(shots, 'compare-375-nojs.png') });
    await context.close();
  });
});
