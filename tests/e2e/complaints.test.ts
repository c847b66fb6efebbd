/**
 * Complaint statistics at the level Ombudsman RI publishes them: /pengaduan/
 * (the national intake chart and every published total with its measure and source,
 * restated figures as "sumber berbeda"), an office's panel on its province page (Lampung:
 * a definition change and restated figures), and no complaint ranking or complaint map of
 * kabupaten/kota anywhere. Figures are queried from the processed data; the national 2023
 * pair (7.392 and 8.452 public reports) and the panel heading are written out as fixed values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { tags } from './quality/site.ts';
import { figureText, measureLabel } from '../../src/lib/complaints/present.ts';
import { formatCount } from '../../src/lib/format.ts';
import { intakeSeries, officesWithFigures, totals, type Scope } from '../../src/lib/model/complaints.ts';
import { loadDataset } from '../../src/lib/model/load.ts';
import { hostOf } from '../../src/lib/model/sources.ts';
import type { ComplaintFigure } from '../../src/lib/types.ts';
import { localePath } from '../../src/lib/paths.ts';
import { collectErrors, launchBrowser } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const dataset = loadDataset(inject('dataDir'));
const lampung = dataset.registry.provinces.find((p) => p.code === '18')!;
const NATIONAL: Scope = { kind: 'nasional' };
const LAMPUNG: Scope = { kind: 'office', provinceCode: '18' };
const FAMILIES = ['intake', 'outcome', 'other'] as const;
const url = (path: string, locale: 'id' | 'en') => new URL(localePath(path, locale).slice(1), baseUrl).href;
const LOCALES = ['id', 'en'] as const;
const differing = (f: ComplaintFigure) => (f.alternatives ?? []).filter((a) => a.differs);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The totals table of an intake panel: one row per published total, in the data's order. */
async function checkTotals(panel: Locator, figures: ComplaintFigure[], locale: 'id' | 'en'): Promise<void> {
  const rows = panel.locator('table').first().locator('tbody tr');
  expect(await rows.count()).toBe(figures.length);
  for (const [i, f] of figures.entries()) {
    const row = rows.nth(i);
    const cells = await row.locator('td').allTextContents();
    const where = `${f.year} ${f.measure}`;
    expect(cells[0]!.trim(), where).toMatch(new RegExp(`^${f.year}`));
    expect(cells[1], where).toContain(measureLabel(f.measure, locale));
    expect(cells[2], where).toContain(figureText(f, locale));
    if (f.source.url) {
      const link = row.locator('td').nth(3).locator('a').first();
      expect(await link.getAttribute('href'), where).toBe(f.source.url);
      expect(await link.textContent(), where).toBe(hostOf(f.source.url));
    }
    const others = differing(f);
    expect(cells[2]!.includes(locale === 'id' ? 'sumber berbeda' : 'sources differ'), `${where}: flagged as restated`).toBe(others.length > 0);
    for (const other of others) {
      const details = row.locator('details.complaints-alternatives');
      expect(await details.textContent(), where).toContain(figureText(other, locale));
      if (other.source.url) expect(await details.locator(`a[href="${other.source.url}"]`).count(), where).toBe(1);
    }
  }
}

async function noSidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('complaint statistics', () => {
  for (const locale of LOCALES) {
    it(`(${locale}) /pengaduan/: the national intake chart and every published total with its measure and source`, async () => {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      const errors = collectErrors(page);
      expect((await page.goto(url('/pengaduan/', locale)))?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toBe(locale === 'id' ? 'Pengaduan masyarakat' : 'Public complaints');
      const panel = page.locator('section.complaints-panel').first();
      expect(await panel.locator('h2').textContent()).toBe(locale === 'id' ? 'Laporan masyarakat ke Ombudsman RI' : 'Public complaints to Ombudsman RI');
      // The chart: one point per year, each with its figure in the tooltip.
      const chart = panel.locator('svg#complaints-national-chart');
      expect(await chart.getAttribute('role')).toBe('img');
      const tips = await chart.locator('title').allTextContents();
      const points = intakeSeries(dataset.complaintFigures, NATIONAL);
      expect(points.length).toBeGreaterThan(5);
      for (const p of points)
        expect(
          tips.some((t) => t.startsWith(`${p.year}: `) && t.includes(formatCount(p.figure.count, locale))),
          `${p.year}`,
        ).toBe(true);
      await checkTotals(panel, totals(dataset.complaintFigures, NATIONAL, FAMILIES), locale);
      // National 2023 public reports: 7.392 and 8.452 were both published — one shown, the other as "sumber berbeda".
      const y2023 = totals(dataset.complaintFigures, NATIONAL, FAMILIES).find((f) => f.year === 2023 && f.measure === 'laporan_masyarakat')!;
      expect([y2023.count, ...differing(y2023).map((a) => a.count)].sort()).toEqual([7392, 8452]);
      const row2023 = panel
        .locator('table')
        .first()
        .locator('tbody tr', { hasText: measureLabel('laporan_masyarakat', locale) })
        .filter({ hasText: /^\s*2023/ });
      expect(await row2023.count()).toBe(1);
      const text2023 = (await row2023.textContent())!;
      for (const n of [7392, 8452]) expect(text2023).toContain(formatCount(n, locale));
      expect(text2023).toContain(locale === 'id' ? 'sumber berbeda' : 'sources differ');
      // Every office with published figures, linked to its province page's panel.
      const offices = officesWithFigures(dataset.complaintFigures);
      const links = await page.locator('.offices-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toHaveLength(offices.size);
      expect(links).toContain(`${localePath(`/provinsi/${lampung.slug}/`, locale)}#complaints-office-heading`);
      // The intake chart's Sematkan/Unduh.
      expect(await page.locator(`.share-tools [data-download="svg"][href$="/unduh/pengaduan/nasional.${locale}.svg"]`).count()).toBe(1);
      expect(await noSidewaysScroll(page), 'sideways scrolling at 375 px').toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`(${locale}) Lampung's province page: the office's intake with a definition change and restated figures`, async () => {
      const points = intakeSeries(dataset.complaintFigures, LAMPUNG);
      const figures = totals(dataset.complaintFigures, LAMPUNG, FAMILIES);
      expect(
        points.some((p) => p.definitionChanged),
        'Lampung: a year whose intake is another measure',
      ).toBe(true);
      expect(
        figures.some((f) => differing(f).length > 0),
        'Lampung: a restated figure',
      ).toBe(true);
      const page = await browser.newPage();
      await page.goto(url(`/provinsi/${lampung.slug}/`, locale));
      const panel = page.locator('section.complaints-panel');
      expect(await panel.locator('#complaints-office-heading').textContent()).toBe(
        locale === 'id' ? 'Laporan ke Ombudsman RI Perwakilan Lampung' : 'Reports to the Ombudsman RI office for Lampung',
      );
      // The definition change: a dashed rule per change on the chart, named in the legend.
      const chart = panel.locator('svg#complaints-office-chart');
      const change = locale === 'id' ? 'definisi berubah' : 'definition changes';
      const titles = await chart.locator('title').allTextContents();
      expect(titles.filter((t) => t === change)).toHaveLength(points.filter((p) => p.definitionChanged).length);
      expect(await chart.locator('[stroke-dasharray]').count()).toBeGreaterThan(0);
      expect(await panel.locator('.chart-legend li', { hasText: change }).count()).toBe(1);
      await checkTotals(panel, figures, locale);
      expect(await panel.locator(`.share-tools [data-download="svg"][href$="/unduh/provinsi/${lampung.slug}/pengaduan.${locale}.svg"]`).count()).toBe(1);
      await page.close();
    });
  }

  it('no page offers a complaint ranking or complaint map of kabupaten/kota', async () => {
    expect(dataset.complaints, 'no per-government complaint data in the real dataset').toEqual([]);
    // Complaint pages exist at the levels ORI publishes only: the nation and each office.
    const ALLOWED = [
      /^\/(en\/)?pengaduan\/(#[\w-]+)?$/,
      /^\/(en\/)?embed\/pengaduan\/$/,
      /^\/unduh\/pengaduan\/nasional\.(csv|(id|en)\.svg)$/,
      /^\/(en\/)?embed\/provinsi\/[a-z-]+\/pengaduan\/$/,
      /^\/unduh\/provinsi\/[a-z-]+\/pengaduan\.(csv|(id|en)\.svg)$/,
    ];
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
      .map((f) => `/${f.split('\\').join('/')}`)
      .filter((f) => /\.[a-z0-9]+$/i.test(f)); // files, not folders
    const complaintFiles = files.filter((f) => /pengaduan|complaint/i.test(f) && !f.startsWith('/data/'));
    const stray = complaintFiles.filter((f) => !ALLOWED.some((re) => re.test(f.replace(/index\.html$/, ''))));
    expect(stray, 'complaint pages or files below the office level').toEqual([]);
    // No link anywhere leads to a complaint view of kabupaten/kota (a map, a ranking, a region chart).
    const problems: string[] = [];
    const optionText: string[] = [];
    let complaintLinks = 0;
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(distDir, file), 'utf8');
      // Attributes from the tags, not a pattern on the markup: the built pages are minified (quotes and order vary).
      for (const tag of tags(html)) {
        const href = tag.attrs.get('href');
        if (!href?.startsWith('/') || !href.includes('pengaduan')) continue;
        complaintLinks++;
        if (!ALLOWED.some((re) => re.test(href))) problems.push(`${file}: ${href}`);
      }
      // Map and ranking controls (year pickers, filters) never choose a complaint measure.
      if (/^\/(en\/)?(index\.html|peta\/|peringkat\/|provinsi\/)/.test(file)) {
        for (const [, option] of html.matchAll(/<option[^>]*>([^<]*)<\/option>/g))
          if (/pengaduan|laporan|complaint|report/i.test(option!)) optionText.push(`${file}: ${option}`);
      }
    }
    expect(complaintLinks, 'links to complaint views read from the pages').toBeGreaterThan(0);
    expect(problems.slice(0, 20), `${problems.length} link(s) to a complaint view below the office level`).toEqual([]);
    expect(optionText).toEqual([]);
    // The maps colour kabupaten/kota by zone or opinion only.
    const page = await browser.newPage();
    for (const path of ['/', '/peta/', `/provinsi/${lampung.slug}/`]) {
      await page.goto(url(path, 'id'));
      const fills = await page
        .locator('svg.zp-map__svg a[data-code]')
        .evaluateAll((as) => [...new Set(as.flatMap((a) => [...a.classList].filter((c) => c.startsWith('zone-'))))]);
      expect(fills.length, path).toBeGreaterThan(0);
      expect(
        fills.filter((f) => /pengaduan|complaint/.test(f)),
        path,
      ).toEqual([]);
    }
    await page.close();
  });
});
