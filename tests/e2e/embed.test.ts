/**
 * Embeds: a host page on another origin embeds each embed type in an iframe
 * with the documented auto-height snippet; the iframe resizes to its content, the link
 * back to the full page works, the URL flags apply, and each embed reads without
 * JavaScript and at 300 px. On the real data: no demo notice anywhere, the complaint
 * intake charts (nation and one Ombudsman office) embed like the others, and a
 * region without per-government complaint data has no complaints embed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { embedCode, HEIGHT_SNIPPET } from '../../src/lib/embed.ts';
import { nationalMapEmbedPath, provinceMapEmbedPath, regionEmbedPath } from '../../src/lib/paths.ts';
import { loadDataset } from '../../src/lib/model/load.ts';
import { intakeSeries } from '../../src/lib/model/complaints.ts';
import { latestYear } from '../../src/lib/model/queries.ts';
import { collectErrors, launchBrowser } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';

const baseUrl = inject('baseUrl');
const dataset = loadDataset(inject('dataDir'));
const year = latestYear(dataset.scores)!;
const region = dataset.registry.regions.find((r) => r.code === '18.09')!;
const province = dataset.registry.provinces.find((p) => p.code === '18')!;
/** A province whose Ombudsman office has published intake figures (Lampung when it has). */
const office = [...dataset.registry.provinces]
  .sort((a, b) => (a.code === '18' ? -1 : b.code === '18' ? 1 : a.code < b.code ? -1 : 1))
  .find((p) => intakeSeries(dataset.complaintFigures, { kind: 'office', provinceCode: p.code }).length > 0)!;

const EMBEDS = {
  national: { path: nationalMapEmbedPath(year), back: `/peta/${year}/` },
  province: { path: provinceMapEmbedPath(province, year), back: `/provinsi/${province.slug}/${year}/` },
  trend: { path: regionEmbedPath(region, 'tren'), back: `/daerah/${region.code}-${region.slug}/` },
  intake: { path: '/embed/pengaduan/', back: '/pengaduan/' },
  officeIntake: { path: `/embed/provinsi/${office.slug}/pengaduan/`, back: `/provinsi/${office.slug}/` },
  compare: { path: '/embed/bandingkan/?d=18.09,33.02', back: '/bandingkan/?d=18.09,33.02' },
} as const;
const DEFAULT_HEIGHT = 150;
const embedUrl = (path: string) => new URL(path.slice(1), baseUrl).href;

let browser: Browser;
let host: Awaited<ReturnType<typeof serveStatic>>;
let hostDir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  // The host page lives on another origin (another port), like a newspaper's article.
  hostDir = mkdtempSync(join(tmpdir(), 'zp-host-'));
  const snippet = HEIGHT_SNIPPET.replace('{origin}', new URL(baseUrl).origin);
  const frames = Object.entries(EMBEDS)
    .map(([id, e]) => `<h2>${id}</h2>\n${embedCode({ src: embedUrl(e.path), title: id, height: DEFAULT_HEIGHT }).replace('<iframe ', `<iframe id="${id}" `)}`)
    .join('\n');
  writeFileSync(
    join(hostDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${frames}\n${snippet}</body></html>`,
  );
  writeFileSync(
    join(hostDir, 'plain.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${embedCode({ src: embedUrl(EMBEDS.trend.path), title: 'trend', height: DEFAULT_HEIGHT }).replace('<iframe ', '<iframe id="trend" ')}</body></html>`,
  );
  writeFileSync(join(hostDir, 'favicon.ico'), ''); // the host's own favicon, so its 404 does not count as an embed error
  host = await serveStatic(hostDir, '/');
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

async function frameOf(page: import('playwright-core').Page, id: string): Promise<Frame> {
  const handle = await page.$(`iframe#${id}`);
  return (await handle!.contentFrame())!;
}

// Concurrent (a page each): most of these tests wait for the network to go quiet, embed after embed.
describe.concurrent('embeds on a host page', () => {
  it('each embed type resizes its iframe to its content with the documented snippet', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(host.url);
    for (const id of Object.keys(EMBEDS)) {
      // The embed code loads lazily: bring the iframe into view, as a reader scrolling would.
      await page.locator(`iframe#${id}`).scrollIntoViewIfNeeded();
      const frame = await frameOf(page, id);
      await page.waitForFunction((selector) => document.querySelector<HTMLIFrameElement>(selector)?.contentDocument === null, `iframe#${id}`);
      await frame.waitForURL(/\/embed\//);
      await frame.waitForLoadState('networkidle');
      // The iframe grows from its default height to the embed's document height.
      await page.waitForFunction(
        ([selector, min]) => (document.querySelector<HTMLIFrameElement>(selector)?.getBoundingClientRect().height ?? 0) > (min as number),
        [`iframe#${id}`, DEFAULT_HEIGHT + 50] as const,
        { timeout: 10_000 },
      );
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await page.waitForFunction(
        ([selector, want]) => Math.abs((document.querySelector<HTMLIFrameElement>(selector)?.getBoundingClientRect().height ?? 0) - (want as number)) <= 2,
        [`iframe#${id}`, content] as const,
        { timeout: 10_000 },
      );
      expect(await frame.getAttribute('html', 'lang'), id).toBe('id');
      // Real figures: no demo notice (manifest.demo is false).
      expect(await frame.locator('[data-demo], .embed__demo').count(), `${id}: demo notice`).toBe(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without the snippet the iframe keeps its stated height', async () => {
    const page = await browser.newPage();
    await page.goto(`${host.url}plain.html`);
    const frame = await frameOf(page, 'trend');
    await frame.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(await page.locator('iframe#trend').evaluate((f) => f.getBoundingClientRect().height)).toBe(DEFAULT_HEIGHT);
    await page.close();
  });

  it('the source line links back to the full page, in a new tab', async () => {
    const page = await browser.newPage();
    for (const [id, embed] of Object.entries(EMBEDS)) {
      await page.goto(embedUrl(embed.path));
      await page.waitForLoadState('networkidle');
      const back = page.locator('a[data-embed-back]');
      expect(await back.getAttribute('target'), id).toBe('_blank');
      const href = await back.evaluate((a) => (a as HTMLAnchorElement).href);
      expect(new URL(href).pathname + new URL(href).search, id).toBe(embed.back);
      const response = await page.request.get(href);
      expect(response.status(), id).toBe(200);
    }
    await page.close();
  });
});

describe.concurrent('embed pages', () => {
  it('read without JavaScript: title, picture and source line (the comparison says it needs JavaScript)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [id, embed] of Object.entries(EMBEDS)) {
      await page.goto(embedUrl(embed.path));
      expect(await page.locator('h1').isVisible(), id).toBe(true);
      expect(await page.locator('a[data-embed-back]').isVisible(), id).toBe(true);
      if (id === 'compare') expect(await page.locator('[data-no-js]').first().isVisible()).toBe(true);
      else expect(await page.locator('main svg').first().isVisible(), id).toBe(true);
    }
    await context.close();
  });

  it('fit 300 px without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 300, height: 700 } });
    for (const [id, embed] of Object.entries(EMBEDS)) {
      await page.goto(embedUrl(embed.path));
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, id).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('?plain=1 hides title and source line (no demo notice: real data); ?theme=dark and ?theme=light force the colours', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${embedUrl(EMBEDS.trend.path)}?plain=1&theme=dark`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').isVisible()).toBe(false);
    expect(await page.locator('a[data-embed-back]').isVisible()).toBe(false);
    expect(await page.locator('[data-demo], .embed__demo').count()).toBe(0);
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${embedUrl(EMBEDS.trend.path)}?theme=light`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').isVisible()).toBe(true);
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).toBe('rgb(22, 24, 29)');
    expect(light).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('English embeds are in English', async () => {
    const page = await browser.newPage();
    await page.goto(embedUrl(`/en${EMBEDS.trend.path}`));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toContain('Compliance score of');
    await page.close();
  });
});

describe('the figures behind an embedded chart', () => {
  it('are one link away: the table (with its sources) on the full page, and the CSV; the embed does not repeat the table', async () => {
    const page = await browser.newPage();
    for (const id of ['trend', 'intake', 'officeIntake'] as const) {
      const embed = EMBEDS[id];
      await page.goto(embedUrl(embed.path));
      // Not the chart's figures table (an intake embed keeps its breakdown bars, which are tables).
      expect(await page.locator('main caption[id="trend-caption"], main caption[id$="-totals-caption"]').count(), id).toBe(0);
      const [table, csv] = await page.locator('.figures-elsewhere a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      const target = new URL(table!);
      expect(target.pathname, id).toBe(new URL(embedUrl(embed.back)).pathname);
      const full = await browser.newPage();
      await full.goto(target.href);
      // The anchor is the table's caption, and the table there has its source links.
      const caption = full.locator(`caption[id="${target.hash.slice(1)}"]`);
      expect(await caption.count(), `${id}: ${target.hash}`).toBe(1);
      expect(await caption.locator('xpath=..').locator('a[href^="http"]').count(), `${id}: source links`).toBeGreaterThan(0);
      await full.close();
      const response = await page.request.get(csv!);
      expect(response.status(), `${id}: ${csv}`).toBe(200);
      expect(response.headers()['content-type'] ?? '', id).toContain('csv');
    }
    await page.close();
  });
});

describe('complaint embeds', () => {
  it('the intake embeds show the chart; no region has a complaints embed without per-government data', async () => {
    expect(dataset.manifest.demo).toBe(false);
    const page = await browser.newPage();
    for (const path of [EMBEDS.intake.path, EMBEDS.officeIntake.path]) {
      await page.goto(embedUrl(path));
      expect(await page.locator('main svg[role="img"]').count(), path).toBeGreaterThanOrEqual(1);
    }
    // complaints.json is empty for the real data: no region complaints embed is built (404).
    const withComplaints = new Set(dataset.complaints.map((c) => c.code));
    expect(withComplaints.has(region.code)).toBe(false);
    expect((await page.request.get(embedUrl(regionEmbedPath(region, 'pengaduan')))).status()).toBe(404);
    expect((await page.request.get(embedUrl(`/en${regionEmbedPath(region, 'pengaduan')}`))).status()).toBe(404);
    await page.close();
  });
});

describe('the "Sematkan" tools on a full page', () => {
  const regionPage = embedUrl(EMBEDS.trend.back);
  const openTools = async (page: import('playwright-core').Page) => {
    const tools = page.locator('.share-tools').first();
    await tools.locator('summary', { hasText: 'Sematkan' }).click();
    return tools;
  };

  it('the copy button puts the iframe code on the clipboard and says so', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(regionPage);
    const tools = await openTools(page);
    const code = await tools.locator('textarea[data-embed-code]').inputValue();
    expect(code).toMatch(/^<iframe /);
    await tools.locator('button[data-copy]').first().click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(await tools.locator('[data-copy-status]').first().textContent()).toBe('Tersalin');
    await context.close();
  });

  it('when the browser refuses to copy, the code is selected and the status tells how to copy it', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    });
    await page.goto(regionPage);
    const tools = await openTools(page);
    const field = tools.locator('textarea[data-embed-code]');
    await tools.locator('button[data-copy]').first().click();
    await expect.poll(() => tools.locator('[data-copy-status]').first().textContent()).toContain('Ctrl+C');
    expect(await tools.locator('button[data-copy]').first().textContent()).toBe('Tekan Ctrl+C');
    const selected = await field.evaluate((t: HTMLTextAreaElement) => [t.selectionStart, t.selectionEnd, t.value.length, document.activeElement === t]);
    expect(selected).toEqual([0, selected[2], selected[2], true]);
    await page.close();
  });
});
