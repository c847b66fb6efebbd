import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatCount, formatScore } from '../../src/lib/format.ts';
import { loadDataset } from '../../src/lib/model/load.ts';
import { placesIndex, regionPath, regionProfile } from '../../src/lib/model/places.ts';
import { segments } from '../../src/lib/model/series.ts';
import { gradePhrase, regionSummary } from '../../src/lib/model/summary.ts';
import { collectErrors, launchBrowser } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '..', '..');
const shots = join(root, 'tests', 'e2e', 'screenshots');
const AXE = join(root, 'node_modules', 'axe-core', 'axe.min.js');
const dataset = loadDataset(inject('dataDir'));
const index = placesIndex(dataset);
const CODE = '18.09';
const profile = regionProfile(dataset, CODE)!;
const url = new URL(regionPath(profile.region).slice(1), baseUrl).href;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** year → text of the chart's tooltips (SVG <title>, read with JavaScript off so they are untouched). */
async function chartTips(page: Page, group: string): Promise<string[]> {
  return page.locator(`svg#trend-wide ${group} title`).allTextContents();
}

describe('region page', () => {
  it('exists for every kabupaten/kota at /daerah/<code>-<slug>/', async () => {
    const page = await browser.newPage();
    const response = await page.goto(new URL('daerah/', baseUrl).href);
    expect(response?.status()).toBe(200);
    const links = await page.locator('.region-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toHaveLength(dataset.registry.regions.length);
    expect(links).toContain(regionPath(profile.region));
    await page.close();
  });

  it('shows the latest score large, in words and colour, with change, ranks and standing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    expect((await page.goto(url))?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Kabupaten Pesawaran');
    const latest = profile.latest!;
    const hero = page.locator('.hero-score');
    expect(await hero.locator('.hero-score__value').textContent()).toContain(formatScore(latest.point.score, 'id'));
    expect(await hero.getAttribute('data-zone')).toBe(latest.point.zone);
    expect((await hero.textContent())!.toLowerCase()).toContain(`zona ${latest.point.zone}`);
    const rank = profile.ranks!.kind!;
    expect(await page.locator('[data-fact="rank"]').textContent()).toContain(`Peringkat ${rank.rank} dari ${rank.of} kabupaten`);
    expect(await page.locator('[data-fact="standing"] [data-standing]').getAttribute('data-standing')).toBe(profile.standing!.standing);
    // Tooltips (JavaScript): hovering a dot shows its value.
    const lastDot = page.locator('svg#trend-wide g.chart-points circle').last();
    const tip = page.locator('.chart-tip');
    // Scrolling hides the tip, and hover() scrolls the dot into view first: on a busy machine
    // that scroll event can land after the pointer has arrived, so settle the scroll first and
    // move the pointer again (as a reader would) until the tip shows.
    await lastDot.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await expect
      .poll(async () => {
        await page.mouse.move(0, 0);
        await lastDot.hover();
        return tip.isVisible();
      })
      .toBe(true);
    expect(await tip.textContent()).toBe(`${latest.point.year}: ${formatScore(latest.point.score, 'id')} (${gradePhrase(latest.point)})`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has the plain-language summary built from the data', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const expected = regionSummary({
      name: profile.region.name,
      points: profile.points,
      latestYear: index.latestYear,
      standing: { year: profile.latest!.point.year, result: profile.standing! },
    });
    expect(await page.locator('.summary-text p').allTextContents()).toEqual(expected);
    expect(expected[0]).toMatch(/^Skor Kabupaten Pesawaran (naik|turun|tetap)/);
    await page.close();
  });

  it('chart and data table show the same numbers', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    // The table: one row per year on the axis.
    const rows = await page.locator('table.trend-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        year: Number(tr.getAttribute('data-year')),
        score: tr.querySelector('[data-col="score"]')?.textContent?.trim() ?? null,
        province: tr.querySelector('[data-col="province-median"]')?.textContent?.trim() ?? null,
        national: tr.querySelector('[data-col="national-median"]')?.textContent?.trim() ?? null,
      })),
    );
    expect(rows.map((r) => r.year)).toEqual(Array.from({ length: index.latestYear! - index.years[0]! + 1 }, (_, i) => index.years[0]! + i));
    const tableScores = Object.fromEntries(rows.filter((r) => r.score && r.score !== '—').map((r) => [r.year, r.score]));
    const tableProvince = Object.fromEntries(rows.filter((r) => r.province && r.province !== '—').map((r) => [r.year, r.province]));

    // The chart: the region's dots carry "2019: 82,30 (zona hijau)", the medians "Median provinsi 2019: 70,10".
    const tips = await chartTips(page, 'g.chart-points');
    const chartScores = Object.fromEntries(tips.map((t) => t.match(/^(\d{4}): ([\d.,−]+)/)!.slice(1)).map(([y, s]) => [Number(y), s]));
    expect(chartScores).toEqual(tableScores);
    // And both are the processed data.
    const fromData = Object.fromEntries(profile.points.filter((p) => p.score !== null).map((p) => [p.year, formatScore(p.score, 'id')]));
    expect(tableScores).toEqual(fromData);

    const medianTips = (await page.locator('svg#trend-wide title').allTextContents()).filter((t) => t.startsWith('Median provinsi'));
    const chartProvince = Object.fromEntries(medianTips.map((t) => t.match(/(\d{4}): ([\d.,]+)$/)!.slice(1)).map(([y, s]) => [Number(y), s]));
    expect(chartProvince).toEqual(tableProvince);

    // Lines only join consecutive years: one line path per run of consecutive scored years.
    const runs = segments(profile.points);
    const linePaths = await page.locator('svg#trend-wide g[aria-label="line"]').last().locator('path').count();
    expect(linePaths).toBe(runs.length);
    // The scheme change (2021 → 2022) is marked on the chart.
    expect(await page.locator('svg#trend-wide').textContent()).toContain('Kategori A–E sejak 2022');
    await context.close();
  });

  it('shows complaint statistics with a table matching the data, and sources', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const rows = await page.locator('table.complaints-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [Number(tr.getAttribute('data-year')), tr.querySelector('[data-col="received"]')?.textContent?.trim()]),
    );
    expect(rows).toEqual(profile.complaints.map((c) => [c.year, formatCount(c.received, 'id')]));
    const latestWithBreakdown = profile.complaints.filter((c) => (c.breakdowns.substansi?.length ?? 0) > 0).at(-1)!;
    const substansi = page.locator('table.breakdown-table[data-dimension="substansi"] tbody tr');
    expect(await substansi.count()).toBe(latestWithBreakdown.breakdowns.substansi!.length);
    const sources = await page.locator('.region-sources').textContent();
    for (const file of new Set(profile.entries.map((e) => e.source.file))) expect(sources).toContain(file);
    await page.close();
  });

  it('works without JavaScript at 375 px without sideways scrolling; screenshots', async () => {
    for (const [width, js] of [
      [1280, true],
      [375, true],
      [375, false],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: js });
      const page = await context.newPage();
      await page.goto(url);
      expect(await page.locator('svg.chart-svg').count()).toBeGreaterThanOrEqual(2);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
      // The narrow chart is shown on small screens, the wide one otherwise.
      const visible = await page.locator('.trend-chart svg.chart-svg').evaluateAll((svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 0).map((s) => s.id));
      expect(visible).toEqual([width < 500 ? 'trend-narrow' : 'trend-wide']);
      await page.screenshot({ path: join(shots, `region-${width}${js ? '' : '-nojs'}.png`), fullPage: true });
      await context.close();
    }
  });

  it('prints as a report card: no navigation, charts and tables kept', async () => {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    const hidden = async (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).display === 'none');
    expect(await hidden('.site-nav')).toBe(true);
    expect(await hidden('.site-header')).toBe(true);
    expect(await hidden('.region-search')).toBe(true);
    expect(await hidden('#trend-wide')).toBe(false);
    expect(await page.locator('#trend-wide').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(300);
    expect(await hidden('table.trend-table')).toBe(false);
    expect(await hidden('.print-footer')).toBe(false);
    await page.screenshot({ path: join(shots, 'region-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.close();
  });

  it('has no axe violations (charts: role="img", every <g aria-label> has role="group")', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript({ path: AXE });
    const page = await context.newPage();
    await page.goto(url);
    const violations = await page.evaluate(async () => {
      const w = window as unknown as { axe: { run: (d: Document, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
      const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    expect(violations).toEqual([]);
    expect(await page.locator('svg.chart-svg g[aria-label]:not([role="group"])').count()).toBe(0);
    await context.close();
  });

  it('is linked from the home table, and the header link to the comparison starts with this region', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await page.locator(`tr[data-code="${CODE}"] a`, { hasText: 'Pesawaran' }).first().click();
    await page.waitForURL(/\/daerah\/18\.09-kabupaten-pesawaran\/$/);
    expect(await page.locator('.site-nav a', { hasText: 'Bandingkan' }).getAttribute('href')).toBe('/bandingkan/?d=18.09');
    await page.close();
  });
});
