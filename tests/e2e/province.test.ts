/**
 * Province pages on the real, partial data: reached from the home table, the provincial
 * government's own results (scores, zones printed without a score, the 2025 opinion) apart
 * from the kabupaten/kota, every kabupaten/kota of the province (in the table with a figure,
 * named under it without one) with the coverage of the year said plainly (complete, or "N dari M …; daftar tidak lengkap"). The office's
 * complaint panel is checked in complaints.test.ts.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { formatScore } from '../../src/lib/format.ts';
import { loadDataset } from '../../src/lib/model/load.ts';
import { latestYear } from '../../src/lib/model/queries.ts';
import { regionPath } from '../../src/lib/paths.ts';
import { collectErrors, launchBrowser } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const dataset = loadDataset(inject('dataDir'));
const year = latestYear(dataset.scores)!;
const regionCodes = new Set(dataset.registry.regions.map((r) => r.code));
const publishedCodes = new Set(dataset.scores.filter((s) => s.year === year && regionCodes.has(s.code)).map((s) => s.code));
/** A region in the home table (a published figure in the latest year), in Lampung when one is. */
const homeRegion = [...dataset.registry.regions]
  .filter((r) => publishedCodes.has(r.code))
  .sort((a, b) => (a.provinceCode === '18' ? -1 : 0) - (b.provinceCode === '18' ? -1 : 0) || (a.code < b.code ? -1 : 1))[0]!;
const province = dataset.registry.provinces.find((p) => p.code === homeRegion.provinceCode)!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('province pages', () => {
  it(`the home table links to a province page (${province.name}) with the provincial government and every kabupaten/kota`, async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(baseUrl);
    await page.locator(`table.region-table tr[data-code="${homeRegion.code}"] a[href="/provinsi/${province.slug}/"]`).click();
    await page.waitForURL(new RegExp(`/provinsi/${province.slug}/$`));
    expect(await page.locator('h1').textContent()).toBe(`Provinsi ${province.name}`);
    // The provincial government's own results, one row per year with a published figure, not mixed into the region table.
    const government = dataset.scores.filter((s) => s.level === 'provinsi' && s.code === province.code).sort((a, b) => a.year - b.year);
    expect(government.length).toBeGreaterThan(0);
    const rows = page.locator('table.province-government tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-year'))))).toEqual(government.map((g) => g.year));
    for (const g of government) {
      const text = (await page.locator(`table.province-government tr[data-year="${g.year}"]`).textContent())!;
      if (g.score !== null) expect(text, `${g.year}`).toContain(formatScore(g.score));
      else expect(text, `${g.year}`).toContain('tanpa skor');
      if (g.opinion) expect(text, `${g.year}`).toContain(t(`grade.opinionLevel.${g.opinion.level}`));
      if (g.zone) expect(text, `${g.year}`).toContain(t(`zone.${g.zone}`));
    }
    // Every kabupaten/kota of the province: in the table those with a figure, named under it (links, by name) the others.
    const inProvince = dataset.registry.regions.filter((r) => r.provinceCode === province.code);
    const regionRows = await page.locator('table.region-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')));
    expect(regionRows).toEqual(inProvince.filter((r) => publishedCodes.has(r.code)).map((r) => r.code));
    const missing = inProvince.filter((r) => !publishedCodes.has(r.code)).sort((a, b) => a.name.localeCompare(b.name, 'id'));
    const note = page.locator('section[aria-labelledby="table-heading"] p.province-unpublished');
    if (missing.length === 0) expect(await note.count()).toBe(0);
    else {
      const links = await note.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
      expect(links).toEqual(missing.map((r) => [regionPath(r), r.name]));
      const lead = t('coverage.province.unpublished', { year, count: missing.length, total: inProvince.length });
      expect((await note.textContent())!.trim().startsWith(lead), lead).toBe(true);
    }
    const published = inProvince.filter((r) => publishedCodes.has(r.code)).length;
    const params = { published, total: inProvince.length, name: province.name, year };
    const coverage =
      published === inProvince.length
        ? t('coverage.province.complete', params)
        : published === 0
          ? t('coverage.province.none', params)
          : t('coverage.province.partial', params);
    expect(await page.locator('main').textContent()).toContain(coverage);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists every province of the registry (38 on the whole site)', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}provinsi/`);
    expect(await page.locator('tbody tr[data-code]').count()).toBe(dataset.registry.provinces.length);
    await page.close();
  });
});
