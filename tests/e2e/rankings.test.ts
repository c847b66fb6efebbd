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
/** Codes in the list of regions without a figure under the table (only those the filters leave shown, if asked). */
const listedCodes = (page: Page, visibleOnly = false) =>
  page
    .locator('[data-unpublished-for="ranking-table"] li')
    .evaluateAll((lis, only) => lis.filter((li) => !only || !li.closest('[hidden]')).map((li) => li.getAttribute('data-code')!), visibleOnly);
/** True when the list's "none match the filters" note is shown (inside the <details>, open or not). */
const noMatchNote = (page: Page) => page.locator('[data-unpublished-empty]').evaluate((p) => !(p as HTMLElement).hidden);
const query = (page: Page) => new URL(page.url()).searchParams;
/** Codes of the kabupaten/kota with a published figure in `year` (a score, a zone or an opinion). */
const publishedIn = (year: number) => new Set(dataset.scores.filter((s) => s.year === year && s.level !== 'provinsi').map((s) => s.code));

describe('rankings', () => {
  it('is a static table of the regions with a figure and a list of the others without JavaScript, with ORI-style ranks and year pages', async () => {
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
      // The table has the regions with a published figure (a zone without a score too); every other one is
      // named in the list under it, each once, linked to its page: none is left out, none is filled in.
      const published = publishedIn(year);
      expect(rows.map((r) => r.code).sort(), path).toEqual([...published].sort());
      const listed = await listedCodes(page);
      expect(listed.length, path).toBe(regions.length - published.size);
      expect(new Set([...listed, ...published]).size, path).toBe(regions.length);
      if (listed.length > 0) {
        const text = await page.locator('section.unpublished').textContent();
        expect(text).toContain(`${listed.length} dari ${regions.length} kabupaten/kota belum punya angka yang dipublikasikan untuk ${year}`);
        // In a <details>, so it opens without JavaScript; every entry links to the region's page.
        await page.locator('[data-unpublished-for] summary').click();
        const first = page.locator('[data-unpublished-for] li a').first();
        expect(await first.isVisible()).toBe(true);
        expect(await first.getAttribute('href')).toMatch(/^\/daerah\/[^/]+\/$/);
      }
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

    // Filter: province Lampung, then only kota. The filters apply to the table and to the list under it.
    const published = publishedIn(latest);
    const lampung = (kind?: string) => regions.filter((r) => r.provinceCode === '18' && (!kind || r.kind === kind)).map((r) => r.code);
    await page.selectOption('#filter-province', '18');
    let codes = await visibleCodes(page);
    expect(codes.sort()).toEqual(lampung().filter((c) => published.has(c)));
    expect((await listedCodes(page, true)).sort()).toEqual(lampung().filter((c) => !published.has(c)));
    expect(query(page).get('provinsi')).toBe('18');
    await page.selectOption('#filter-kind', 'kota');
    codes = await visibleCodes(page);
    expect(codes.sort()).toEqual(lampung('kota').filter((c) => published.has(c)));
    const listedKota = await listedCodes(page, true);
    expect(listedKota.sort()).toEqual(lampung('kota').filter((c) => !published.has(c)));
    expect(await page.locator('[data-count]').textContent()).toBe(
      `Menampilkan ${codes.length} dari ${published.size} kabupaten/kota yang punya angka. Yang cocok tetapi tanpa angka, di daftar di bawah tabel: ${listedKota.length}.`,
    );

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

    // Zone (or, in 2025, opinion) filter: no region without a figure matches one (the table has no such rows,
    // so there is no "no figure" option); then search, which finds a region in the table or in the list.
    await page.selectOption('#filter-province', '');
    const options = (await page.locator('#filter-zone option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).filter((v) => v !== '');
    expect(options).not.toContain('none');
    const fillOf = (code: string) => {
      const e = dataset.scores.find((s) => s.code === code && s.year === latest);
      return e === undefined ? 'none' : e.opinion && e.zone === null ? `opini-${e.opinion.level}` : (e.zone ?? 'unrated');
    };
    const value = options[0]!;
    await page.selectOption('#filter-zone', value);
    const zones = await visibleCodes(page);
    expect(zones.length, value).toBeGreaterThan(0);
    expect(zones.length, value).toBe(regions.filter((r) => fillOf(r.code) === value).length);
    expect(new Set(zones.map(fillOf)), value).toEqual(new Set([value]));
    expect(await listedCodes(page, true)).toEqual([]);
    expect(await noMatchNote(page)).toBe(true);
    await page.selectOption('#filter-zone', '');
    await page.fill('#filter-q', 'pesawaran');
    const pesawaran = published.has('18.09');
    expect(await visibleCodes(page)).toEqual(pesawaran ? ['18.09'] : []);
    expect(await listedCodes(page, true)).toEqual(pesawaran ? [] : ['18.09']);
    expect(await noMatchNote(page)).toBe(pesawaran);
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
    const published = publishedIn(latest);
    const expected = regions.filter((r) => r.provinceCode === '18' && r.kind === 'kabupaten' && published.has(r.code));
    expect(rows.map((r) => r.code).sort()).toEqual(expected.map((r) => r.code).sort());
    const scored = rows.filter((r) => r.score !== '').map((r) => Number(r.score));
    expect(scored).toEqual([...scored].sort((a, b) => a - b));
    expect(await page.inputValue('#filter-province')).toBe('18');
    expect(await page.getAttribute('th[data-sort-key="score"]', 'aria-sort')).toBe('ascending');
    // Unknown values are ignored rather than hiding everything.
    await page.goto(new URL('peringkat/?provinsi=99&zona=ungu', baseUrl).href);
    expect(await visibleCodes(page)).toHaveLength(published.size);
    expect(await listedCodes(page, true)).toHaveLength(regions.length - published.size);
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
