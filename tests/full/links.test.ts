/**
 * Links gate on the whole site (`npm run test:full`): every internal reference of every page of the
 * full build resolves (tests/e2e/quality/links.ts), and the same on a build with `ZP_BASE=/zona/` and
 * `ZP_SITE=https://example.org`, which is also served under `/zona/` and opened in Chromium (one page
 * of every type: no request fails, none leaves the base).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../e2e/support/browser.ts';
import { serveStatic } from '../e2e/support/static-server.ts';
import { checkLinks, report } from '../e2e/quality/links.ts';
import { buildSite, listPages, makeWorkDir, pageTypes, tags, type SitePage } from '../e2e/quality/site.ts';

describe('links on the whole site (base /)', () => {
  it('every internal link, asset and fragment in dist resolves', async () => {
    const { problems, checked, pages } = await checkLinks(inject('distDir'), '/', 'http://localhost:4321');
    expect(pages).toBeGreaterThan(3);
    expect(checked).toBeGreaterThan(pages);
    expect(problems, report(problems)).toEqual([]);
  });
});

describe('links on a build under a sub-path (ZP_BASE=/zona/)', () => {
  let work = '';
  let distDir = '';
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    work = makeWorkDir('base');
    ({ distDir } = await buildSite({ work, dataDir: inject('dataDir'), env: { ZP_BASE: '/zona/', ZP_SITE: 'https://example.org' } }));
    server = await serveStatic(distDir, '/zona/');
    browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('every internal link, asset and fragment resolves under /zona/, and canonical URLs use the site and base', async () => {
    const { problems, checked } = await checkLinks(distDir, '/zona/', 'https://example.org');
    expect(checked).toBeGreaterThan(0);
    expect(problems, report(problems)).toEqual([]);
    const home = readFileSync(join(distDir, 'index.html'), 'utf8');
    const canonical = tags(home).find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical');
    expect(canonical?.attrs.get('href'), 'the home page has a canonical link').toBe('https://example.org/zona/');
  });

  it('served under /zona/, one page of every type loads with no failed request', async () => {
    const types = pageTypes(listPages(distDir));
    const context = await browser!.newContext();
    const page = await context.newPage(); // one page, navigated from type to type
    const failures: string[] = [];
    let current = '';
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${current}: ${r.status()} ${r.url()}`);
    });
    // A request the browser cancels (net::ERR_ABORTED: a module preload still in flight when the
    // next navigation starts, on a slow machine) is not a broken link: fetch it again afterwards and
    // count it only if it does not resolve. Every other network failure counts at once.
    const aborted = new Map<string, string>();
    page.on('requestfailed', (r) => {
      const reason = r.failure()?.errorText ?? '';
      if (reason === 'net::ERR_ABORTED') aborted.set(r.url(), current);
      else failures.push(`${current}: failed ${r.url()} (${reason})`);
    });
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.origin === new URL(server!.url).origin && !u.pathname.startsWith('/zona/')) failures.push(`${current}: request outside the base: ${r.url()}`);
    });
    for (const type of types) {
      current = `${type.name} /zona/${type.representative.path}`;
      // Wait for the page's own fetches (map data, search index) too: they must resolve under /zona/.
      await page.goto(urlOf(type.representative), { waitUntil: 'networkidle' });
    }
    await context.close();
    for (const [url, where] of aborted) {
      const response = await fetch(url);
      if (!response.ok) failures.push(`${where}: ${response.status} ${url} (after net::ERR_ABORTED)`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  }, 180_000);

  function urlOf(page: SitePage): string {
    return new URL(posix.join('/zona/', page.path), server!.url).href;
  }
});
