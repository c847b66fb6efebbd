import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RegistryFile, ScoreEntry } from '../../src/lib/types.ts';
import { fillClass, fillKey } from '../../src/lib/map/legend.ts';
import { formatScore } from '../../src/lib/format.ts';
import { reachable, type Point } from '../../src/lib/map/spatial.ts';
import { t } from '../../src/i18n/index.ts';
import { schemeFor } from '../../src/lib/zones.ts';
import { regionPath } from '../../src/lib/paths.ts';
import { collectErrors, launchBrowser } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';
import { extraSite } from './support/extra-sites.ts';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '..', '..');
const shots = join(root, 'tests', 'e2e', 'screenshots');
const registry = JSON.parse(readFileSync(join(inject('dataDir'), 'regions.json'), 'utf8')) as RegistryFile;
const scores = (JSON.parse(readFileSync(join(inject('dataDir'), 'scores.json'), 'utf8')) as ScoreEntry[]).filter((s) => s.level !== 'provinsi');
const years = [...new Set(scores.map((s) => s.year))].sort((a, b) => a - b);
const isOpinion = (year: number) => schemeFor(year)?.method === 'opinion';
/** The latest year: from 2025 the Opini Ombudsman method (opinions, not zones). */
const latest = years.at(-1)!;
const zoneYears = years.filter((y) => !isOpinion(y));
/** The latest year with zones, and the earliest: the map recolours in place between them (same method). */
const recent = zoneYears.at(-1)!;
const older = zoneYears[0]!;
const entryOf = (code: string, year: number) => scores.find((s) => s.code === code && s.year === year);

/** The processed data a build was made from (the e2e build's by default; the demo build below has its own). */
interface Data {
  registry: RegistryFile;
  scores: ScoreEntry[];
}
const e2eData: Data = { registry, scores };

/** The fill class every region should have in `year`, from the processed data (hatched `none`: no published figure). */
function expectedFills(year: number, data: Data = e2eData): Record<string, string> {
  const byCode = new Map(data.scores.filter((s) => s.year === year).map((s) => [s.code, s]));
  return Object.fromEntries(
    data.registry.regions.map((r) => {
      const s = byCode.get(r.code);
      return [r.code, fillClass(fillKey(s?.zone ?? null, s?.category ?? null, s?.opinion?.level ?? null, s !== undefined))];
    }),
  );
}

/** The legend's sentence for `year`: counts of the figures found, and how many regions have none. */
function legendSentence(year: number, data: Data = e2eData): string {
  const found = data.scores.filter((s) => s.year === year && data.registry.regions.some((r) => r.code === s.code));
  const none = data.registry.regions.length - new Set(found.map((s) => s.code)).size;
  if (isOpinion(year)) {
    const n = (level: string) => found.filter((s) => s.opinion?.level === level).length;
    return t('map.legend.sentenceOpinion', { year, tertinggi: n('tertinggi'), tinggi: n('tinggi'), sedang: n('sedang'), rendah: n('rendah'), none });
  }
  const n = (zone: string) => found.filter((s) => s.zone === zone).length;
  return t(none > 0 ? 'map.legend.sentenceWithNone' : 'map.legend.sentence', { year, merah: n('merah'), kuning: n('kuning'), hijau: n('hijau'), none });
}

/** The coverage line: "116 dari 514 kabupaten/kota punya angka yang dipublikasikan untuk 2019 (47 dengan skor)." */
function coverageLine(year: number, data: Data = e2eData): string {
  const found = data.scores.filter((s) => s.year === year && data.registry.regions.some((r) => r.code === s.code));
  return `${new Set(found.map((s) => s.code)).size} dari ${data.registry.regions.length} kabupaten/kota punya angka yang dipublikasikan untuk ${year} (${found.filter((s) => s.score !== null).length} dengan skor).`;
}

/** What the tooltip says for a region's grade in `year`: its zone, its opinion, or that no figure is published. */
function tipGrade(code: string, year: number): string {
  const entry = entryOf(code, year);
  if (entry === undefined) return `Belum ada angka untuk ${year}`;
  if (entry.zone !== null) return t(`zone.${entry.zone}`);
  if (entry.opinion) return t(`grade.opinionLevel.${entry.opinion.level}`);
  return 'tanpa zona atau opini';
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
  return page
    .locator('svg.zp-map__svg a[data-code]')
    .evaluateAll((links) => Object.fromEntries(links.map((a) => [a.getAttribute('data-code'), [...a.classList].find((c) => c.startsWith('zone-')) ?? ''])));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('national map', () => {
  it('has one path per registry region, fills by the latest year (2025: opinion levels), coverage line and a legend with counts', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(baseUrl);
    const svg = page.locator('svg.zp-map__svg');
    expect(await svg.count()).toBe(1);
    const paths = await page
      .locator('svg.zp-map__svg a[data-code] > path')
      .evaluateAll((els) => els.map((p) => ({ code: p.parentElement!.getAttribute('data-code'), d: p.getAttribute('d') ?? '' })));
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
    expect(await page.locator('[data-legend-sentence]').textContent()).toBe(legendSentence(latest));
    // Partial data: the map says how many regions have a published figure; the rest are hatched, not "not assessed".
    expect(await page.locator('.coverage:not([hidden]) .coverage__published').textContent()).toBe(coverageLine(latest));
    const fills = Object.values(await regionFills(page));
    expect(await page.locator('[data-legend-key="none"] [data-legend-count]').textContent()).toBe(String(fills.filter((f) => f === 'zone-none').length));
    expect(await page.locator('[data-legend-key="none"]').textContent()).toContain('Belum ada angka yang dipublikasikan');
    if (isOpinion(latest)) {
      for (const level of ['tertinggi', 'tinggi', 'sedang', 'rendah']) {
        const n = fills.filter((f) => f === `zone-opini-${level}`).length;
        expect(await page.locator(`[data-legend-key="opini-${level}"] [data-legend-count]`).textContent(), level).toBe(String(n));
      }
      expect(await page.locator('[data-legend-key="merah"]').isVisible()).toBe(false);
      expect(await page.locator('svg.zp-map__svg > title').textContent()).toContain('Opini Ombudsman');
    }
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
    const entry = entryOf(code!, latest);
    await page.waitForFunction(() => !document.querySelector('[data-tip-score]')?.textContent?.includes('Memuat'));
    expect(await tip.locator('[data-tip-score]').textContent()).toBe(
      entry === undefined ? '—' : entry.score === null ? 'tanpa skor' : formatScore(entry.score),
    );
    expect(await tip.locator('[data-tip-zone-text]').textContent()).toContain(tipGrade(code!, latest));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBe(await tip.getAttribute('id'));
    await page.screenshot({ path: join(shots, 'map-1280-focus.png') });

    // One tab stop for the map: arrows move between regions.
    await page.keyboard.press('ArrowRight');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(next).toMatch(/^\d{2}\.\d{2}$/);
    expect(next).not.toBe(code);
    expect(await tip.locator('[data-tip-name]').textContent()).toBe(registry.regions.find((r) => r.code === next)!.name);
    expect(await tip.locator('[data-tip-zone-text]').textContent()).toContain(tipGrade(next!, latest));
    expect(await page.locator('svg.zp-map__svg a[data-code][tabindex="0"]').count()).toBe(1);

    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);

    await page.keyboard.press('Enter');
    await page.waitForURL(/\/daerah\/\d{2}\.\d{2}-[a-z0-9-]+\/$/);
    expect(page.url()).toContain(`/daerah/${next}-`);
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    await page.close();
  });

  it('the tooltip of a region without a published figure keeps its text inside its border and shows no change row', async () => {
    const year = zoneYears.at(-1)!;
    const code = registry.regions.find((r) => entryOf(r.code, year) === undefined)!.code;
    for (const width of [1280, 375]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(new URL(`peta/${year}/`, baseUrl).href);
      await page.locator(`svg.zp-map__svg a[data-code="${code}"]`).focus();
      const tip = page.locator('[data-tip]');
      await page.waitForFunction(() => !document.querySelector('[data-tip-score]')?.textContent?.includes('Memuat'));
      expect(await tip.locator('[data-tip-zone-text]').textContent()).toBe(`Belum ada angka untuk ${year}`);
      expect(await tip.locator('[data-tip-change-row]').isHidden()).toBe(true);
      const outside = await tip.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return [...el.querySelectorAll('*')]
          .filter((child) => child.getClientRects().length > 0)
          .filter((child) => child.getBoundingClientRect().right > box.right + 0.5)
          .map((child) => child.textContent);
      });
      expect(outside, `${width} px`).toEqual([]);
      await page.close();
    }
  });

  it('a year under the other method (zones ↔ 2025 opinions) is a page of its own: the link loads it with its legend', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(new URL(`peta/${recent}/`, baseUrl).href);
    await page.evaluate(() => ((window as unknown as { zpMarker: number }).zpMarker = 1));
    await Promise.all([page.waitForURL(new RegExp(`/peta/${latest}/$`)), page.locator(`a[data-year-link="${latest}"]`).click()]);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (window as unknown as { zpMarker?: number }).zpMarker)).toBeUndefined();
    expect(await regionFills(page)).toEqual(expectedFills(latest));
    expect(await page.locator('[data-legend-sentence]').textContent()).toBe(legendSentence(latest));
    expect(await page.locator(`[data-legend-key="opini-tinggi"]`).isVisible()).toBe(isOpinion(latest));
    expect(await page.locator('[data-legend-key="merah"]').isVisible()).toBe(!isOpinion(latest));
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
    expect(await page.locator(isOpinion(latest) ? '[data-legend-key="opini-tinggi"]' : '[data-legend-key="merah"]').isVisible()).toBe(true);
    expect(await page.locator('[data-legend-key="none"]').textContent()).toContain('Belum ada angka yang dipublikasikan');
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

  it('the map page of every year fits 375 px in both languages (no sideways scrolling)', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const year of years) {
      for (const prefix of ['', 'en/']) {
        await page.goto(new URL(`${prefix}peta/${year}/`, baseUrl).href);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`/${prefix}peta/${year}/: ${overflow} px`);
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('province pages draw only their regions, fitted to the province, with the legend, a table and the regions without a figure under it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const codeOfPath = new Map(registry.regions.map((r) => [regionPath(r), r.code]));
    for (const province of registry.provinces) {
      const response = await page.goto(`${baseUrl}provinsi/${province.slug}/`);
      expect(response?.status(), province.slug).toBe(200);
      const codes = await page.locator('svg.zp-map__svg a[data-code]').evaluateAll((links) => links.map((a) => a.getAttribute('data-code')));
      const expected = registry.regions.filter((r) => r.provinceCode === province.code).map((r) => r.code);
      expect(codes, province.slug).toEqual(expected);
      // The table has those with a figure, the paragraph under it names the others: every region once.
      const listed = [
        ...(await page.locator('table.region-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')))),
        ...(await page.locator('p.province-unpublished a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).map((href) => codeOfPath.get(href!)),
      ];
      expect(listed.sort(), province.slug).toEqual([...expected].sort());
      expect(reachable(await regionCentres(page)).size, `${province.slug}: arrow keys reach every region`).toBe(expected.length);
    }
    await page.goto(`${baseUrl}provinsi/daerah-istimewa-yogyakarta/${older}/`);
    expect(await regionFills(page)).toEqual(Object.fromEntries(Object.entries(expectedFills(older)).filter(([code]) => code.startsWith('34.'))));
    expect(await page.locator(`a[data-year-link="${older}"]`).getAttribute('aria-current')).toBe('true');
    await page.screenshot({ path: join(shots, 'map-province-1280.png'), fullPage: false });
    await context.close();
  });
});

/**
 * In place, the home map changes year only within one method (zones ↔ zones), and on the real data the
 * home page shows 2025 (opinions, the only year of its method): every year link there loads a page. The
 * recolouring is exercised on a build of the demo data (2015–2024, zones), as the quality gates build theirs.
 */
describe('the home map recolours in place (demo data build)', () => {
  let demo: Data;
  let demoServer: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let demoUrl = '';
  beforeAll(async () => {
    const site = extraSite(inject('extraSites'), 'demo');
    demo = {
      registry: JSON.parse(readFileSync(join(site.dataDir, 'regions.json'), 'utf8')) as RegistryFile,
      scores: (JSON.parse(readFileSync(join(site.dataDir, 'scores.json'), 'utf8')) as ScoreEntry[]).filter((s) => s.level !== 'provinsi'),
    };
    demoServer = await serveStatic(site.distDir, '/');
    demoUrl = demoServer.url;
  });
  afterAll(async () => {
    await demoServer?.close();
  });

  it('changing the year recolours the paths in place from the year JSON and changes the URL; tools follow; Back restores it', async () => {
    const demoYears = [...new Set(demo.scores.map((s) => s.year))].sort((a, b) => a - b);
    const demoLatest = demoYears.at(-1)!;
    const demoOlder = demoYears[0]!;
    expect(isOpinion(demoLatest), 'the demo data ends in a zone year').toBe(false);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(demoUrl);
    await page.evaluate(() => ((window as unknown as { zpMarker: number }).zpMarker = 1));
    const before = await regionFills(page);
    expect(before).toEqual(expectedFills(demoLatest, demo));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));

    await page.locator(`a[data-year-link="${demoOlder}"]`).click();
    await page.waitForURL(new RegExp(`/peta/${demoOlder}/$`));
    await page.waitForFunction((y) => document.querySelector('[data-zp-map]')?.getAttribute('data-year') === String(y), demoOlder);
    const after = await regionFills(page);
    expect(after).toEqual(expectedFills(demoOlder, demo));
    expect(after).not.toEqual(before);
    // Same document (no reload), and only the small year JSON was fetched, no geometry.
    expect(await page.evaluate(() => (window as unknown as { zpMarker?: number }).zpMarker)).toBe(1);
    expect(requests.filter((path) => !path.endsWith('/favicon.svg'))).toEqual([`/peta/${demoOlder}.json`]);
    expect(await page.locator('.zp-map h2 [data-map-year]').textContent()).toBe(String(demoOlder));
    expect(await page.locator(`a[data-year-link="${demoOlder}"]`).getAttribute('aria-current')).toBe('true');
    expect(await page.locator(`a[data-year-link="${demoLatest}"]`).getAttribute('aria-current')).toBeNull();
    const notAssessed = Object.values(after).filter((c) => c === 'zone-none').length;
    expect(notAssessed).toBeGreaterThan(0);
    expect(await page.locator('[data-legend-key="none"] [data-legend-count]').textContent()).toBe(String(notAssessed));
    // Before 2022 there are no categories: one hijau row, no A/B rows.
    expect(await page.locator('[data-legend-key="hijau"]').isVisible()).toBe(true);
    expect(await page.locator('[data-legend-key="hijau-a"]').isVisible()).toBe(false);
    expect(await page.locator('[data-legend-sentence]').textContent()).toBe(legendSentence(demoOlder, demo));
    expect(await page.locator('.coverage:not([hidden]) .coverage__published').textContent()).toBe(coverageLine(demoOlder, demo));
    // The embed and download tools follow the year shown.
    expect(await page.locator('[data-tools-year]:not([hidden]) [data-download="svg"]').getAttribute('href')).toMatch(
      new RegExp(`/unduh/peta/${demoOlder}\\.id\\.svg$`),
    );
    expect(await page.locator('[data-tools-year]:not([hidden]) textarea[data-embed-code]').inputValue()).toContain(`/embed/peta/${demoOlder}/`);
    await page.screenshot({ path: join(shots, `map-1280-${demoOlder}.png`) });

    await page.goBack();
    await page.waitForFunction((y) => document.querySelector('[data-zp-map]')?.getAttribute('data-year') === String(y), demoLatest);
    expect(new URL(page.url()).pathname).toBe(new URL(demoUrl).pathname);
    expect(await regionFills(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
