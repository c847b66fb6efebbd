import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RegistryFile, ScoreEntry } from '../../src/lib/types.ts';
import { fillClass, fillKey } from '../../src/lib/map/legend.ts';
import { formatScore } from '../../src/lib/format.ts';
import { reachable, type Point } from '../../src/lib/map/spatial.ts';
import { collectErrors, launchBrowser } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '..', '..');
const shots = join(root, 'tests', 'e2e', 'screenshots');
const registry = JSON.parse(readFileSync(join(inject('dataDir'), 'regions.json'), 'utf8')) as RegistryFile;
const scores = (JSON.parse(readFileSync(join(inject('dataDir'), 'scores.json'), 'utf8')) as ScoreEntry[]).filter((s) => s.level !== 'provinsi');
const years = [...new Set(scores.map((s) => s.year))].sort((a, b) => a - b);
const latest = years.at(-1)!;
/** An earlier year with many regions not assessed, so the recolouring is visible. */
const older = years[0]!;

/** The fill class every region should have in `year`, from the processed data. */
function expectedFills(year: number): Record<string, string> {
  const byCode = new Map(scores.filter((s) => s.year === year).map((s) => [s.code, s]));
  return Object.fromEntries(
    registry.regions.map((r) => {
      const s = byCode.get(r.code);
      return [r.code, fillClass(fillKey(s?.zone ?? null, s?.category ?? null))];
    }),
  );
}

/** Centres of the regions as the arrow keys see them (getBBox in SVG units). */
async function regionCentres(page: Page): Promise<Point[]> {
  return page.locator('svg.zp-map__svg a[data-code]').evaluateAll((links) =>
    links.map((a) => {
      const box = (a as SVGGraphicsElement).getBBox();
      return [box.x + box.width / 2, box.y + box.height / 2] as [number, number];
    }),
  );
}

async function regionFills(page: Page): Promise<Record<string, string>> {
  return page.locator('svg.zp-map__svg a[data-code]').evaluateAll((links) =>
    Object.fromEntries(links.map((a) => [a.getAttribute('data-code'), [...a.classList].find((c) => c.startsWith('zone-')) ?? ''])),
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('national map', () => {
  it('has one path per registry region, fills by the latest year, and a legend with counts', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(baseUrl);
    const svg = page.locator('svg.zp-map__svg');
    expect(await svg.count()).toBe(1);
    const paths = await page.locator('svg.zp-map__svg a[data-code] > path').evaluateAll((els) =>
      els.map((p) => ({ code: p.parentElement!.getAttribute('data-code'), d: p.getAttribute('d') ?? '' })),
    );
    expect(paths).toHaveLength(registry.regions.length);
    expect(new Set(paths.map((p) => p.code))).toEqual(new Set(registry.regions.map((r) => r.code)));
    expect(paths.every((p) => /^m[-\d ]+z/.test(p.d))).toBe(true);
    expect(await regionFills(page)).toEqual(expectedFills(latest));
    // Every region is drawn inside the visible map.
    const box = (await svg.boundingBox())!;
    const outside = await page.locator('svg.zp-map__svg a[data-code]').evaluateAll(
      (links, b) =>
        links
          .map((a) => ({ code: a.getAttribute('data-code'), r: a.getBoundingClientRect() }))
          .filter(({ r }) => r.width === 0 || r.left < b.x - 1 || r.right > b.x + b.width + 1)
          .map(({ code }) => code),
      box,
    );
    expect(outside).toEqual([]);
    // The arrow keys reach every region from the first one (one tab stop for the map).
    expect(reachable(await regionCentres(page)).size).toBe(registry.regions.length);
    const assessed = scores.filter((s) => s.year === latest);
    const count = (zone: string) => assessed.filter((s) => s.zone === zone).length;
    await expect(page.locator('[data-legend-sentence]').textContent()).resolves.toContain(
      `${latest}: ${count('merah')} merah, ${count('kuning')} kuning, ${count('hijau')} hijau`,
    );
    expect(await page.locator('svg.zp-map__svg > title').textContent()).toContain(String(latest));
    await page.screenshot({ path: join(shots, 'map-1280.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keyboard focus reaches a region and shows its tooltip; arrows move, Esc closes, Enter opens the region page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(baseUrl);
    let code: string | null = null;
    for (let i = 0; i < 80 && code === null; i++) {
      await page.keyboard.press('Tab');
      code = await page.evaluate(() => document.activeElement?.closest('svg a[data-code]')?.getAttribute('data-code') ?? null);
    }
    expect(code).not.toBeNull();
    const tip = page.locator('[data-tip]');
    await expect(tip.isVisible()).resolves.toBe(true);
    const region = registry.regions.find((r) => r.code === code)!;
    expect(await tip.locator('[data-tip-name]').textContent()).toBe(region.name);
    const score = scores.find((s) => s.code === code && s.year === latest)!;
    await page.waitForFunction(() => !document.querySelector('[data-tip-score]')?.textContent?.includes('Memuat'));
    expect(await tip.locator('[data-tip-score]').textContent()).toBe(score.score === null ? 'tanpa skor' : formatScore(score.score));
    expect(await tip.locator('[data-tip-zone-text]').textContent()).toContain(score.zone === 'hijau' ? 'Hijau' : score.zone === 'kuning' ? 'Kuning' : 'Merah');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBe(await tip.getAttribute('id'));
    await page.screenshot({ path: join(shots, 'map-1280-focus.png') });

    // One tab stop for the map: arrows move between regions.
    await page.keyboard.press('ArrowRight');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(next).toMatch(/^\d{2}\.\d{2}$/);
    expect(next).not.toBe(code);
    expect(await tip.locator('[data-tip-name]').textContent()).toBe(registry.regions.find((r) => r.code === next)!.name);
    expect(await page.locator('svg.zp-map__svg a[data-code][tabindex="0"]').count()).toBe(1);

    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);

    await page.keyboard.press('Enter');
    await page.waitForURL(/\/daerah\/\d{2}\.\d{2}-[a-z0-9-]+\/$/);
    expect(page.url()).toContain(`/daerah/${next}-`);
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    await page.close();
  });

  it('changing the year recolours the paths in place from the year JSON and changes the URL; Back restores it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(baseUrl);
    await page.evaluate(() => ((window as unknown as { zpMarker: number }).zpMarker = 1));
    const before = await regionFills(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));

    await page.locator(`a[data-year-link="${older}"]`).click();
    await page.waitForURL(new RegExp(`/peta/${older}/$`));
    await page.waitForFunction((y) => document.querySelector('[data-zp-map]')?.getAttribute('data-year') === String(y), older);
    const after = await regionFills(page);
    expect(after).toEqual(expectedFills(older));
    expect(after).not.toEqual(before);
    // Same document (no reload), and only the small year JSON was fetched, no geometry.
    expect(await page.evaluate(() => (window as unknown as { zpMarker?: number }).zpMarker)).toBe(1);
    expect(requests.filter((path) => !path.endsWith('/favicon.svg'))).toEqual([`/peta/${older}.json`]);
    expect(await page.locator('.zp-map h2 [data-map-year]').textContent()).toBe(String(older));
    expect(await page.locator(`a[data-year-link="${older}"]`).getAttribute('aria-current')).toBe('true');
    expect(await page.locator(`a[data-year-link="${latest}"]`).getAttribute('aria-current')).toBeNull();
    const notAssessed = Object.values(after).filter((c) => c === 'zone-none').length;
    expect(notAssessed).toBeGreaterThan(0);
    expect(await page.locator('[data-legend-key="none"] [data-legend-count]').textContent()).toBe(String(notAssessed));
    // Before 2022 there are no categories: one hijau row, no A/B rows.
    expect(await page.locator('[data-legend-key="hijau"]').isVisible()).toBe(true);
    expect(await page.locator('[data-legend-key="hijau-a"]').isVisible()).toBe(false);
    expect(await page.locator('[data-legend-sentence]').textContent()).toMatch(new RegExp(`^${older}: .*${notAssessed} tidak dinilai`));
    await page.screenshot({ path: join(shots, `map-1280-${older}.png`) });

    await page.goBack();
    await page.waitForFunction((y) => document.querySelector('[data-zp-map]')?.getAttribute('data-year') === String(y), latest);
    expect(new URL(page.url()).pathname).toBe(new URL(baseUrl).pathname);
    expect(await regionFills(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a touch screen a tap pins the tooltip as a bottom sheet with a link and a close button', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}provinsi/papua-selatan/`);
    const region = page.locator('svg.zp-map__svg a[data-code="93.01"]');
    await region.tap();
    const tip = page.locator('[data-tip]');
    await expect(tip.isVisible()).resolves.toBe(true);
    expect(page.url()).toMatch(/\/provinsi\/papua-selatan\/$/); // the tap did not navigate
    expect(await tip.getAttribute('class')).toMatch(/is-sheet/);
    const described = await page.locator('svg.zp-map__svg a[aria-describedby]').getAttribute('data-code');
    const name = registry.regions.find((r) => r.code === described)!.name;
    expect(await tip.locator('[data-tip-name]').textContent()).toBe(name);
    expect(await tip.locator('[data-tip-link]').getAttribute('href')).toMatch(new RegExp(`/daerah/${described!.replace('.', '\\.')}-`));
    await page.waitForFunction(() => !document.querySelector('[data-tip-score]')?.textContent?.includes('Memuat'));
    const sheet = (await tip.boundingBox())!;
    expect(sheet.y + sheet.height).toBeCloseTo(800, -1);
    await page.screenshot({ path: join(shots, 'map-375-tap.png') });
    await tip.locator('[data-tip-close]').tap();
    await expect(tip.isVisible()).resolves.toBe(false);
    // A tap elsewhere also closes a pinned tooltip.
    await region.tap();
    await expect(tip.isVisible()).resolves.toBe(true);
    await page.locator('h1').tap();
    await expect(tip.isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('still shows the map, the legend and the year links, which lead to per-year pages', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl);
    expect(await page.locator('svg.zp-map__svg a[data-code]').count()).toBe(registry.regions.length);
    expect(await page.locator('svg.zp-map__svg').isVisible()).toBe(true);
    expect(await page.locator('[data-legend-key="merah"]').isVisible()).toBe(true);
    expect(await page.locator('[data-legend-key="none"]').textContent()).toContain('Tidak dinilai / tidak ada data');
    // Native tooltips and accessible names from <title>.
    expect(await page.locator('svg.zp-map__svg a[data-code="18.09"] > title').textContent()).toBe('Kabupaten Pesawaran');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('.zp-map').screenshot({ path: join(shots, 'map-375-nojs.png') });

    await page.locator(`a[data-year-link="${older}"]`).click();
    await page.waitForURL(new RegExp(`/peta/${older}/$`));
    expect(await page.locator('h1').textContent()).toContain(String(older));
    expect(await regionFills(page)).toEqual(expectedFills(older));
    await context.close();
  });

  it('province pages draw only their regions, fitted to the province, with the legend and a table', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const province of registry.provinces) {
      const response = await page.goto(`${baseUrl}provinsi/${province.slug}/`);
      expect(response?.status(), province.slug).toBe(200);
      const codes = await page.locator('svg.zp-map__svg a[data-code]').evaluateAll((links) => links.map((a) => a.getAttribute('data-code')));
      const expected = registry.regions.filter((r) => r.provinceCode === province.code).map((r) => r.code);
      expect(codes, province.slug).toEqual(expected);
      expect(await page.locator('table.region-table tbody tr').count(), province.slug).toBe(expected.length);
      expect(reachable(await regionCentres(page)).size, `${province.slug}: arrow keys reach every region`).toBe(expected.length);
    }
    await page.goto(`${baseUrl}provinsi/daerah-istimewa-yogyakarta/${older}/`);
    expect(await regionFills(page)).toEqual(
      Object.fromEntries(Object.entries(expectedFills(older)).filter(([code]) => code.startsWith('34.'))),
    );
    expect(await page.locator(`a[data-year-link="${older}"]`).getAttribute('aria-current')).toBe('true');
    await page.screenshot({ path: join(shots, 'map-province-1280.png'), fullPage: false });
    await context.close();
  });
});
