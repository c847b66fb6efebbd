import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDataset } from '../../src/lib/model/load.ts';
import { competitionRanks } from '../../src/lib/model/ranking.ts';
import { collectErrors, launchBrowser } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const shots = join(import.meta.dirname, 'screenshots');
const dataset = loadDataset(inject('dataDir'));
const regions = dataset.registry.regions;
const years = [...new Set(dataset.scores.filter((s) => s.level !== 'provinsi').map((s) => s.year))].sort((a, b) => a - b);
const latest = years.at(-1)!;
/** The latest year with zone-only rows (a zone printed without a score). */
const zoneYear = years.filter((y) => dataset.scores.some((s) => s.year === y && s.level !== 'provinsi' && s.score === null && s.zone !== null)).at(-1)!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const visibleCodes = (page: Page) =>
  page.locator('table.ranking-table tbody tr:not([hidden])').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')!));
const query = (page: Page) => new URL(page.url()).searchParams;

describe('rankings', () => {
  it('is a complete static table without JavaScript, with ORI-style ranks and year pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // The latest year (/peringkat/) and the latest zone year: a zone printed without a score sits in its zone group, unranked.
    for (const [path, year] of [
      ['peringkat/', latest],
      [`peringkat/${zoneYear}/`, zoneYear],
    ] as const) {
      expect((await page.goto(new URL(path, baseUrl).href))?.status()).toBe(200);
      const rows = await page.locator('table.ranking-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          code: tr.getAttribute('data-code')!,
          zone: tr.getAttribute('data-zone'),
          rank: tr.querySelector('[data-col="rank"]')!.textContent!.replace(/\s+/g, ' ').trim(),
        })),
      );
      // Every kabupaten/kota is listed, also those without a published figure (the home page lists only the others).
      expect(rows, path).toHaveLength(regions.length);
      expect(await page.locator('.table-controls').isVisible()).toBe(false);
      // Ranks only among those with a score: kabupaten among kabupaten, kota among kota, ties share a rank
      // (1, 2, 2, 4), written "3 dari 17"; a zone printed without a score, or no figure, has no rank.
      const entries = new Map(dataset.scores.filter((s) => s.year === year && s.level !== 'provinsi').map((s) => [s.code, s]));
      for (const kind of ['kabupaten', 'kota'] as const) {
        const ranks = competitionRanks(
          regions.filter((r) => r.kind === kind),
          (r) => entries.get(r.code)?.score ?? null,
        );
        for (const [region, info] of ranks)
          expect(rows.find((r) => r.code === region.code)?.rank, `${year} ${region.code}`).toMatch(new RegExp(`^${info.rank} dari ${info.of}\\b`));
      }
      for (const row of rows.filter((r) => (entries.get(r.code)?.score ?? null) === null)) expect(row.rank, `${year} ${row.code}`).toBe('—');
      const zoneOnly = rows.filter((r) => entries.get(r.code)?.score === null && entries.get(r.code)?.zone);
      for (const row of zoneOnly) expect(row.zone, `${year} ${row.code}`).toBe(entries.get(row.code)!.zone);
      if (year === zoneYear) expect(zoneOnly.length, `${year}: zone-only rows`).toBeGreaterThan(0);
      expect(await page.locator('table.ranking-table caption').textContent()).toContain(
        `${entries.size} dari ${regions.length} punya angka yang dipublikasikan`,
      );
    }
    // A year page per assessed year, each a plain link.
    const links = await page.locator('a[data-year-link]').allTextContents();
    expect(links.map(Number)).toEqual(years);
    await page.goto(new URL(`peringkat/${years[0]}/`, baseUrl).href);
    expect(await page.locator('h1').textContent()).toContain(String(years[0]));
    await page.screenshot({ path: join(shots, 'rankings-375-nojs.png') });
    await context.close();
  });

  it('sorts and filters without reloading, with the state in the URL', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(new URL('peringkat/', baseUrl).href);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    expect(await page.locator('.table-controls').isVisible()).toBe(true);

    // Filter: province Lampung, then only kota.
    await page.selectOption('#filter-province', '18');
    let codes = await visibleCodes(page);
    expect(codes.sort()).toEqual(
      regions
        .filter((r) => r.provinceCode === '18')
        .map((r) => r.code)
        .sort(),
    );
    expect(query(page).get('provinsi')).toBe('18');
    await page.selectOption('#filter-kind', 'kota');
    codes = await visibleCodes(page);
    expect(codes.sort()).toEqual(
      regions
        .filter((r) => r.provinceCode === '18' && r.kind === 'kota')
        .map((r) => r.code)
        .sort(),
    );
    expect(await page.locator('[data-count]').textContent()).toContain(`Menampilkan ${codes.length} dari ${regions.length}`);

    // Sort by name, ascending, then descending.
    await page.selectOption('#filter-kind', '');
    await page.locator('th[data-sort-key="name"] button').click();
    expect(await page.getAttribute('th[data-sort-key="name"]', 'aria-sort')).toBe('ascending');
    const names = await page.locator('table.ranking-table tbody tr:not([hidden]) th a').allTextContents();
    const short = (n: string) => n.replace(/^(Kabupaten|Kota)( Administrasi)? /, '');
    const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });
    expect(names.map(short)).toEqual([...names.map(short)].sort(collator.compare));
    expect(query(page).get('urut')).toBe('nama');
    expect(query(page).get('arah')).toBe('naik');
    await page.locator('th[data-sort-key="name"] button').click();
    expect(await page.getAttribute('th[data-sort-key="name"]', 'aria-sort')).toBe('descending');

    // Zone (or, in 2025, opinion) filter, and the regions without a published figure; then search.
    await page.selectOption('#filter-province', '');
    const options = (await page.locator('#filter-zone option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).filter((v) => v !== '');
    expect(options).toContain('none');
    const fillOf = (code: string) => {
      const e = dataset.scores.find((s) => s.code === code && s.year === latest);
      return e === undefined ? 'none' : e.opinion && e.zone === null ? `opini-${e.opinion.level}` : (e.zone ?? 'unrated');
    };
    for (const value of [options.find((v) => v !== 'none')!, 'none']) {
      await page.selectOption('#filter-zone', value);
      const zones = await visibleCodes(page);
      expect(zones.length, value).toBeGreaterThan(0);
      expect(zones.length, value).toBe(regions.filter((r) => fillOf(r.code) === value).length);
      expect(new Set(zones.map(fillOf)), value).toEqual(new Set([value]));
    }
    await page.selectOption('#filter-zone', '');
    await page.fill('#filter-q', 'pesawaran');
    expect(await visibleCodes(page)).toEqual(['18.09']);
    // Year links keep the view.
    expect(await page.locator(`a[data-year-link]`).first().getAttribute('href')).toContain('q=pesawaran');

    // No reload happened.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await page.screenshot({ path: join(shots, 'rankings-1280.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('restores a shared view from its URL', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(new URL('peringkat/?provinsi=18&jenis=kabupaten&urut=skor&arah=naik', baseUrl).href);
    const rows = await page
      .locator('table.ranking-table tbody tr:not([hidden])')
      .evaluateAll((trs) => trs.map((tr) => ({ code: tr.getAttribute('data-code')!, score: tr.getAttribute('data-s-score')! })));
    const expected = regions.filter((r) => r.provinceCode === '18' && r.kind === 'kabupaten');
    expect(rows.map((r) => r.code).sort()).toEqual(expected.map((r) => r.code).sort());
    const scored = rows.filter((r) => r.score !== '').map((r) => Number(r.score));
    expect(scored).toEqual([...scored].sort((a, b) => a - b));
    expect(await page.inputValue('#filter-province')).toBe('18');
    expect(await page.getAttribute('th[data-sort-key="score"]', 'aria-sort')).toBe('ascending');
    // Unknown values are ignored rather than hiding everything.
    await page.goto(new URL('peringkat/?provinsi=99&zona=ungu', baseUrl).href);
    expect(await visibleCodes(page)).toHaveLength(regions.length);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, 'rankings-375.png') });
    await page.close();
  });

  it('lists the most improved and the regions that fell a zone, with a note across the scheme change', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('peringkat/2022/', baseUrl).href);
    expect(await page.locator('ol[data-list="improved"] li').count()).toBeGreaterThan(0);
    expect(await page.locator('.scheme-note').textContent()).toContain('sejak 2022 Ombudsman memakai kategori A–E');
    // Every "fell a zone" region really has a lower zone in 2022 than in 2021.
    const zoneOf = (code: string, year: number) => dataset.scores.find((s) => s.code === code && s.year === year)?.zone;
    const order = { merah: 0, kuning: 1, hijau: 2 } as const;
    const fell = await page.locator('[data-list^="fell"] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-code')!));
    expect(fell.length).toBeGreaterThan(0);
    for (const code of fell) expect(order[zoneOf(code, 2022)!]).toBeLessThan(order[zoneOf(code, 2021)!]);
    await page.close();
  });
});
