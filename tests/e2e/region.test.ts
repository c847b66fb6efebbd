/**
 * Region pages on the real, partial, multi-source data: the
 * latest result (a score, a zone printed without a score, or a 2025 opinion), its source,
 * ranks among governments with a score, the summary, chart and table showing the same
 * numbers, years without a published figure apart from 2020, disagreeing sources with both
 * values and both links, the correction link, published complaint mentions, print, phones,
 * no JavaScript. Examples are queried from the processed data (support/examples.ts), except
 * one fixed fact: Kabupaten Pesawaran (18.09) 2017 is 21,97, merah, with its source.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { t, type Locale } from '../../src/i18n/index.ts';
import { figureText } from '../../src/lib/complaints/present.ts';
import { formatChange, formatScore } from '../../src/lib/format.ts';
import { figuresNaming } from '../../src/lib/model/complaints.ts';
import { loadDataset } from '../../src/lib/model/load.ts';
import { figuresIndex, regionProfile, type RegionProfile } from '../../src/lib/model/figures-index.ts';
import { localePath, regionPath } from '../../src/lib/paths.ts';
import { segments } from '../../src/lib/model/series.ts';
import { hostOf } from '../../src/lib/model/sources.ts';
import { gradePhrase, regionSummary } from '../../src/lib/model/summary.ts';
import { collectErrors, launchBrowser } from './support/browser.ts';
import { differingSources, isOpinionYear, opinionRegion, PESAWARAN, scoredRegion, unpublishedYears, zoneOnlyRegion } from './support/examples.ts';
import { E2E_REPO } from './support/repo.ts';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '..', '..');
const shots = join(root, 'tests', 'e2e', 'screenshots');
const AXE = join(root, 'node_modules', 'axe-core', 'axe.min.js');
const dataset = loadDataset(inject('dataDir'));
const index = figuresIndex(dataset);
const profile = regionProfile(dataset, PESAWARAN)!;
const scored = scoredRegion(dataset);
const zoneOnly = zoneOnlyRegion(dataset);
const opinion = opinionRegion(dataset);
const differ = differingSources(dataset);
/** Kota Palangka Raya: complaint figures published naming it. */
const PALANGKA_RAYA = '62.71';

const pageUrl = (p: RegionProfile, locale: Locale = 'id') => new URL(localePath(regionPath(p.region), locale).slice(1), baseUrl).href;
const url = pageUrl(profile);
const LOCALES = ['id', 'en'] as const;

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

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

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

  it(`a score in the latest year (${scored.region.name}): large, in words and colour, with change, rank among those with a score, standing and tooltip`, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    expect((await page.goto(pageUrl(scored)))?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe(scored.region.name);
    const latest = scored.latest!;
    const hero = page.locator('.hero-score');
    expect(await hero.locator('.hero-score__value').textContent()).toContain(formatScore(latest.point.score, 'id'));
    expect(await hero.getAttribute('data-zone')).toBe(latest.point.zone);
    expect((await hero.textContent())!.toLowerCase()).toContain(`zona ${latest.point.zone}`);
    // Its source, by host name.
    const source = hero.locator('[data-fact="source"] a');
    const entry = scored.entries.find((e) => e.year === latest.point.year)!;
    expect(await source.getAttribute('href')).toBe(entry.source.url);
    expect(await source.textContent()).toBe(hostOf(entry.source.url));
    expect(await text(page, '[data-fact="change"]')).toContain(formatChange(latest.change, 'id'));
    // Ranked among the governments of its kind with a score that year, and it says so.
    const rank = scored.ranks!.kind!;
    const withScore = dataset.scores.filter((s) => s.year === latest.point.year && s.level === scored.region.kind && s.score !== null).length;
    expect(rank.of).toBe(withScore);
    const kindPlural = scored.region.kind === 'kota' ? 'kota' : 'kabupaten';
    expect(await text(page, '[data-fact="rank"]')).toContain(`Peringkat ${rank.rank} dari ${rank.of} ${kindPlural} yang punya skor (${latest.point.year})`);
    expect(await page.locator('[data-fact="standing"] [data-standing]').getAttribute('data-standing')).toBe(scored.standing!.standing);
    // Tooltips (JavaScript): hovering the latest dot shows its value.
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

  it(`a zone printed without a score (${zoneOnly.region.name} ${zoneOnly.latest!.point.year}): the zone in words, no rank, no standing, the source`, async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(pageUrl(zoneOnly));
    const point = zoneOnly.latest!.point;
    const hero = page.locator('.hero-score');
    expect(await hero.getAttribute('data-zone')).toBe(point.zone);
    expect(await text(page, '.hero-score__label')).toMatch(new RegExp(`${point.year}$`));
    expect((await text(page, '.hero-score__value')).toLowerCase()).toContain(`zona ${point.zone}`);
    expect(await text(page, '.hero-score')).toContain('Hanya zona atau kategori yang dipublikasikan, tanpa skor.');
    expect(await hero.locator('[data-score]').getAttribute('data-score')).toBe('');
    expect(await text(page, '[data-fact="rank"]')).toContain(`Tanpa peringkat untuk ${point.year}: skornya tidak dipublikasikan.`);
    expect(await page.locator('[data-fact="standing"]').count()).toBe(0);
    const entry = zoneOnly.entries.find((e) => e.year === point.year)!;
    expect(await hero.locator('[data-fact="source"] a').getAttribute('href')).toBe(entry.source.url);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a region without a published figure: no chart (it would draw only the medians), the table with the medians; no trend embed or downloads', async () => {
    const none = dataset.registry.regions.map((r) => regionProfile(dataset, r.code)!).find((p) => p.points.length === 0);
    expect(none, 'a region of the small site without any figure').toBeDefined();
    const page = await browser.newPage();
    await page.goto(pageUrl(none!));
    expect(await page.locator('svg#trend-wide, svg#trend-narrow').count()).toBe(0);
    expect(await page.locator('#trend-heading ~ .section-intro').textContent()).toContain('jadi tidak ada grafik');
    expect(await page.locator('table.trend-table tbody tr').count()).toBe(index.years.at(-1)! - index.years[0]! + 1);
    expect(await page.locator('.share-tools').count()).toBe(0);
    for (const path of [`embed${regionPath(none!.region)}tren/`, `unduh/daerah/${none!.region.code}/tren.csv`, `unduh/daerah/${none!.region.code}/tren.id.svg`])
      expect((await page.request.get(new URL(path, baseUrl).href)).status(), path).toBe(404);
    await page.close();
  });

  it('has the plain-language summary built from the data', async () => {
    const page = await browser.newPage();
    for (const p of [profile, scored, opinion, differ.profile]) {
      await page.goto(pageUrl(p));
      const expected = regionSummary({
        name: p.region.name,
        points: p.points,
        latestYear: index.latestYear,
        standing: p.standing && p.latest ? { year: p.latest.point.year, result: p.standing } : null,
        differingYears: p.entries.filter((e) => e.alternatives?.some((a) => a.differs)).map((e) => e.year),
        mentionYears: p.mentions.map((m) => m.year),
      });
      expect(await page.locator('.summary-text p').allTextContents(), p.region.name).toEqual(expected);
    }
    await page.goto(pageUrl(scored));
    expect(await page.locator('.summary-text p').first().textContent()).toMatch(new RegExp(`^Skor ${scored.region.name} (naik|turun|tetap)`));
    await page.close();
  });

  it('chart and data table show the same numbers, one row per year on the axis', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const p of [profile, scored, opinion, differ.profile]) {
      const where = p.region.name;
      await page.goto(pageUrl(p));
      const rows = await page.locator('table.trend-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          year: Number(tr.getAttribute('data-year')),
          status: tr.getAttribute('data-status'),
          score: tr.querySelector('[data-col="score"]')?.textContent?.trim() ?? null,
          province: tr.querySelector('[data-col="province-median"]')?.textContent?.trim() ?? null,
        })),
      );
      expect(
        rows.map((r) => r.year),
        where,
      ).toEqual(Array.from({ length: index.latestYear! - index.years[0]! + 1 }, (_, i) => index.years[0]! + i));
      // Every year's status: a published result, no published figure, or (2020) no assessment.
      const published = new Set(p.entries.map((e) => e.year));
      const unpublished = new Set(unpublishedYears(dataset, p));
      for (const r of rows)
        expect(r.status, `${where} ${r.year}`).toBe(published.has(r.year) ? 'published' : unpublished.has(r.year) ? 'unpublished' : 'no-assessment');
      const tableScores = Object.fromEntries(rows.filter((r) => r.score && r.score !== '—').map((r) => [r.year, r.score]));
      const tableProvince = Object.fromEntries(rows.filter((r) => r.province && r.province !== '—').map((r) => [r.year, r.province]));

      // The chart: the region's dots carry "2019: 82,30 (zona hijau)", the medians "Median provinsi 2019: 70,10".
      const tips = await chartTips(page, 'g.chart-points');
      const chartScores = Object.fromEntries(tips.map((t) => t.match(/^(\d{4}): ([\d.,−]*\d)/)!.slice(1)).map(([y, s]) => [Number(y), s]));
      // The 2025 dot (opinion method) says so: "2025: 86,01, opini Kualitas Tinggi (metode baru, …)".
      expect(chartScores, where).toEqual(tableScores);
      for (const year of Object.keys(tableScores).map(Number).filter(isOpinionYear)) {
        expect(
          tips.find((t) => t.startsWith(`${year}: `)),
          `${where}: the ${year} dot's tooltip`,
        ).toMatch(/^\d{4}: [\d.,]+, (opini|opinion) /);
      }
      // And both are the processed data.
      const fromData = Object.fromEntries(p.points.filter((pt) => pt.score !== null).map((pt) => [pt.year, formatScore(pt.score, 'id')]));
      expect(tableScores, where).toEqual(fromData);

      const medianTips = (await page.locator('svg#trend-wide title').allTextContents()).filter((t) => t.startsWith('Median provinsi'));
      const chartProvince = Object.fromEntries(medianTips.map((t) => t.match(/(\d{4}): ([\d.,]+)$/)!.slice(1)).map(([y, s]) => [Number(y), s]));
      expect(chartProvince, where).toEqual(tableProvince);
      // Medians only where the province has at least 5 scores, never for the opinion method.
      for (const year of Object.keys(tableProvince).map(Number)) {
        expect(index.provinceScores(p.region.provinceCode, year).length, `${where}: province median ${year}`).toBeGreaterThanOrEqual(5);
        expect(year).toBeLessThan(2025);
      }

      // Lines only join consecutive years with a score: one path per run of zone-method years.
      // A 2025 score (opinion method) is a square of its own, never joined to 2024.
      const runs = segments(p.points.filter((pt) => !isOpinionYear(pt.year)));
      const linePaths = await page.locator('svg#trend-wide g[aria-label="line"]').last().locator('path').count();
      expect(linePaths, where).toBe(runs.length);
      // Years without a published figure are drawn (hatched) and named in the chart too.
      const titles = await page.locator('svg#trend-wide title').allTextContents();
      for (const year of unpublished) expect(titles, `${where} ${year}`).toContain(`${year}: belum ada angka yang dipublikasikan`);
      // The scheme change (2021 → 2022) and the new method (2025) are marked on the chart.
      const chart = await page.locator('svg#trend-wide').textContent();
      expect(chart).toContain('Kategori A–E sejak 2022');
      expect(chart).toContain('Metode baru 2025');
    }
    await context.close();
  });

  for (const locale of LOCALES) {
    it(`(${locale}) Kabupaten Pesawaran 2017: 21,97, merah, with a link to its source`, async () => {
      const entry = dataset.scores.find((s) => s.code === PESAWARAN && s.year === 2017)!;
      expect([entry.score, entry.zone]).toEqual([21.97, 'merah']);
      expect(entry.source.url).toMatch(/^https?:\/\//);
      const page = await browser.newPage();
      await page.goto(pageUrl(profile, locale));
      const row = page.locator('table.trend-table tr#tahun-2017');
      expect(await row.getAttribute('data-status')).toBe('published');
      expect(await text(page, 'table.trend-table tr#tahun-2017 [data-col="score"]')).toBe(locale === 'id' ? '21,97' : '21.97');
      expect(await row.locator('.zone-badge').getAttribute('data-zone')).toBe('merah');
      expect(await row.locator('.zone-badge').textContent()).toContain('Merah');
      const link = row.locator('a[data-source="shown"]');
      expect(await link.getAttribute('href')).toBe(entry.source.url);
      expect(await link.getAttribute('rel')).toBe('noopener');
      expect(await link.textContent()).toBe(hostOf(entry.source.url));
      // The sources table says the same, with the file and line it was copied to.
      const sourceRow = page.locator('table.sources-table tr[data-year="2017"][data-role="shown"]');
      expect(await sourceRow.textContent()).toContain(locale === 'id' ? '21,97' : '21.97');
      expect(await sourceRow.locator(`a[href="${entry.source.url}"]`).count()).toBe(1);
      expect(await sourceRow.textContent()).toContain(entry.source.file.split('/').at(-1));
      await page.close();
    });

    it(`(${locale}) disagreeing sources (${differ.profile.region.name} ${differ.entry.year}): both values, both links, '${locale === 'id' ? 'Sumber berbeda' : 'Sources differ'}'`, async () => {
      const { entry, other } = differ;
      const page = await browser.newPage();
      await page.goto(pageUrl(differ.profile, locale));
      const row = page.locator(`table.trend-table tr#tahun-${entry.year}`);
      expect(await row.getAttribute('data-differs')).toBe('true');
      expect(await text(page, `table.trend-table tr#tahun-${entry.year} [data-col="score"]`)).toBe(formatScore(entry.score, locale));
      expect(await row.locator('a[data-source="shown"]').getAttribute('href')).toBe(entry.source.url);
      const differs = row.locator('[data-sources-differ]');
      const differText = ((await differs.textContent()) ?? '').replace(/\s+/g, ' ');
      expect(differText).toContain(locale === 'id' ? 'Sumber berbeda' : 'Sources differ');
      expect(differText).toContain(formatScore(other.score, locale));
      expect(await differs.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(other.source.url);
      // Why the shown figure was chosen, under the table.
      expect(await page.locator(`.score-notes li[data-year="${entry.year}"]`).count()).toBe(1);
      // The sources table lists both, the other one as differing.
      const differRow = page.locator(`table.sources-table tr[data-year="${entry.year}"][data-role="differs"]`, {
        has: page.locator(`a[href="${other.source.url}"]`),
      });
      expect(await differRow.count()).toBeGreaterThanOrEqual(1);
      expect(await differRow.first().textContent()).toContain(formatScore(other.score, locale));
      expect(await page.locator(`table.sources-table tr[data-year="${entry.year}"][data-role="shown"] a[href="${entry.source.url}"]`).count()).toBe(1);
      // When that year is the latest result, the hero says so too.
      if (differ.profile.latest?.point.year === entry.year) {
        const hero = page.locator('[data-fact="sources-differ"]');
        expect(await hero.textContent()).toContain(formatScore(other.score, locale));
        expect(await hero.locator(`a[href="${other.source.url}"]`).count()).toBe(1);
      }
      await page.close();
    });

    it(`(${locale}) a year without a figure reads '${locale === 'id' ? 'belum ada angka yang dipublikasikan' : 'no published figure'}', 2020 '${locale === 'id' ? 'tidak ada penilaian' : 'no assessment'}'`, async () => {
      const years = unpublishedYears(dataset, profile);
      expect(years.length).toBeGreaterThan(0);
      const page = await browser.newPage();
      await page.goto(pageUrl(profile, locale));
      for (const year of years) {
        const row = page.locator(`table.trend-table tr#tahun-${year}`);
        expect(await row.getAttribute('data-status'), String(year)).toBe('unpublished');
        const rowText = (await row.textContent())!;
        expect(rowText).toContain(locale === 'id' ? 'belum ada angka yang dipublikasikan' : 'no published figure');
        expect(rowText).not.toContain(locale === 'id' ? 'tidak ada penilaian' : 'no assessment');
      }
      const y2020 = page.locator('table.trend-table tr#tahun-2020');
      expect(await y2020.getAttribute('data-status')).toBe('no-assessment');
      expect(await y2020.textContent()).toContain(locale === 'id' ? 'tidak ada penilaian' : 'no assessment');
      expect(await y2020.textContent()).not.toContain(locale === 'id' ? 'belum ada angka' : 'no published figure');
      await page.close();
    });

    it(`(${locale}) a 2025 opinion (${opinion.region.name}): its own heading and colour, no change or rank computed from 2024`, async () => {
      const point = opinion.latest!.point;
      const before = opinion.beforeMethodBreak!.change.point;
      const page = await browser.newPage();
      await page.goto(pageUrl(opinion, locale));
      const hero = page.locator('.hero-score');
      expect(await text(page, '.hero-score__label')).toBe(locale === 'id' ? `Opini Ombudsman ${point.year}` : `Ombudsman opinion ${point.year}`);
      expect(await hero.getAttribute('data-zone')).toBe(`opini-${point.opinion!.level}`);
      expect(await hero.textContent()).toContain(t(`grade.opinionLevel.${point.opinion!.level}`, undefined, locale));
      expect(await hero.textContent()).toContain(formatScore(point.score, locale));
      // The change is not computed across the method break; no rank or standing for the opinion year.
      expect(await text(page, '[data-fact="change"] dd')).toBe(
        locale === 'id' ? `Metode baru: tidak dibandingkan dengan ${before.year}.` : `New method: not compared with ${before.year}.`,
      );
      const difference = formatChange(point.score! - before.score!, locale);
      expect(await page.locator('main').textContent(), `the difference ${difference} must not be shown`).not.toContain(difference);
      expect(await page.locator('[data-fact="rank"]').count()).toBe(0);
      expect(await page.locator('[data-fact="standing"]').count()).toBe(0);
      // The last result before the new method, with its own source.
      const beforeFact = await text(page, '[data-fact="before-method-break"]');
      expect(beforeFact).toContain(`${before.year}: ${formatScore(before.score, locale)}`);
      // In the table: the 2025 row is marked as the new method and has no change.
      const row = page.locator(`table.trend-table tr#tahun-${point.year}`);
      expect(await text(page, `table.trend-table tr#tahun-${point.year} [data-col="change"]`)).toBe(
        locale === 'id' ? 'metode baru: tidak dibandingkan' : 'new method: not compared',
      );
      expect(await row.textContent()).toContain(locale === 'id' ? 'metode baru' : 'new method');
      await page.close();
    });

    it(`(${locale}) 'Laporkan koreksi' opens a new issue on the repository (ZP_REPO) with the region in the title`, async () => {
      const page = await browser.newPage();
      await page.goto(pageUrl(profile, locale));
      const link = page.locator('[data-correction] a');
      expect(await link.textContent()).toBe(locale === 'id' ? 'Laporkan koreksi' : 'Report a correction');
      const href = (await link.getAttribute('href'))!;
      expect(href.startsWith(`${E2E_REPO}/issues/new?`), href).toBe(true);
      expect(await link.getAttribute('rel')).toBe('noopener');
      const title = new URL(href).searchParams.get('title')!;
      expect(title).toContain(profile.region.name);
      expect(title).toContain(PESAWARAN);
      expect(new URL(href).searchParams.get('body')).toContain(regionPath(profile.region).replace(/^\//, ''));
      // The same link among the page's links under the summary.
      expect(await page.locator(`.region-links a[href="${href}"]`).count()).toBe(1);
      await page.close();
    });

    it(`(${locale}) complaints: no per-government chart without such data; Kota Palangka Raya shows its published mentions with the caveat`, async () => {
      expect(dataset.complaints, 'complaints.json (per-government complaint entries) is empty for the real data').toEqual([]);
      const page = await browser.newPage();
      await page.goto(pageUrl(profile, locale));
      expect(await page.locator('#complaints-heading, table.complaints-table, #complaints-chart').count()).toBe(0);
      expect(await page.locator('a[href*="/pengaduan/"][href*="/daerah/"], a[href*="/unduh/daerah/"][href*="pengaduan"]').count()).toBe(0);
      const pesawaranFigures = figuresNaming(dataset.complaintFigures, PESAWARAN);
      expect(await page.locator('#complaint-mentions-heading').count()).toBe(pesawaranFigures.length > 0 ? 1 : 0);

      const palangka = regionProfile(dataset, PALANGKA_RAYA)!;
      const figures = figuresNaming(dataset.complaintFigures, PALANGKA_RAYA);
      expect(figures.length, 'complaint figures naming Kota Palangka Raya').toBeGreaterThan(0);
      await page.goto(pageUrl(palangka, locale));
      const section = page.locator('section[aria-labelledby="complaint-mentions-heading"]');
      expect(await section.locator('h2').textContent()).toBe(t('complaints.mentionsHeading', { name: palangka.region.name }, locale));
      const caveat = (await section.locator('.section-intro').textContent())!;
      expect(caveat).toBe(t('complaints.mentionsCaveat', undefined, locale));
      expect(caveat).toContain(
        locale === 'id' ? 'tidak menerbitkan jumlah pengaduan per kabupaten/kota' : 'does not publish complaint counts per kabupaten/kota',
      );
      const items = section.locator('.complaint-mentions li');
      expect(await items.count()).toBe(figures.length);
      for (const [i, f] of figures.entries()) {
        const item = items.nth(i);
        expect(await item.textContent()).toContain(figureText(f, locale));
        if (f.source.url) expect(await item.locator('a').getAttribute('href')).toBe(f.source.url);
      }
      await page.close();
    });
  }

  it('lists every source with its file; all source links show the host and open safely', async () => {
    const page = await browser.newPage();
    for (const p of [profile, differ.profile, opinion]) {
      await page.goto(pageUrl(p));
      const sources = await page.locator('.region-sources').textContent();
      for (const file of new Set(p.entries.map((e) => e.source.file))) expect(sources).toContain(file);
      const links = await page
        .locator('main a[href^="http"]:not([href^="https://github.com/"])')
        .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel'), a.textContent]));
      expect(links.length, p.region.name).toBeGreaterThan(0);
      for (const [href, rel, label] of links) {
        expect(rel, href!).toBe('noopener');
        expect(label, href!).toBe(hostOf(href!));
      }
    }
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
      for (const p of [profile, differ.profile, opinion]) {
        await page.goto(pageUrl(p));
        expect(await page.locator('svg.chart-svg').count()).toBeGreaterThanOrEqual(2);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${p.region.name}: horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
        // The narrow chart is shown on small screens, the wide one otherwise.
        const visible = await page
          .locator('.trend-chart svg.chart-svg')
          .evaluateAll((svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 0).map((s) => s.id));
        expect(visible).toEqual([width < 500 ? 'trend-narrow' : 'trend-wide']);
        if (p === profile) await page.screenshot({ path: join(shots, `region-${width}${js ? '' : '-nojs'}.png`), fullPage: true });
      }
      await context.close();
    }
  });

  it('prints as a report card: no navigation, the chart and the trend table kept, the long source table left to the screen (one page: print.test.ts)', async () => {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    const hidden = async (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display === 'none');
    expect(await hidden('.site-nav')).toBe(true);
    expect(await hidden('.site-header')).toBe(true);
    expect(await hidden('.region-search')).toBe(true);
    expect(await hidden('#trend-wide')).toBe(false);
    expect(await page.locator('#trend-wide').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(300);
    expect(await hidden('table.trend-table')).toBe(false);
    expect(await page.locator('table.sources-table').isVisible()).toBe(false);
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
    for (const p of [profile, differ.profile, opinion]) {
      await page.goto(pageUrl(p));
      const violations = await page.evaluate(async () => {
        const w = window as unknown as { axe: { run: (d: Document, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
        const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
        return r.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
      });
      expect(violations, p.region.name).toEqual([]);
      expect(await page.locator('svg.chart-svg g[aria-label]:not([role="group"])').count()).toBe(0);
    }
    await context.close();
  });

  it('is linked from the list of all regions, and the header link to the comparison starts with this region', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('daerah/', baseUrl).href);
    await page.locator(`.region-list a[href="${regionPath(profile.region)}"]`).click();
    await page.waitForURL(/\/daerah\/18\.09-kabupaten-pesawaran\/$/);
    expect(await page.locator('.site-nav a', { hasText: 'Bandingkan' }).getAttribute('href')).toBe('/bandingkan/?d=18.09');
    await page.close();
  });
});
