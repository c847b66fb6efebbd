/**
 * Accessibility gate.
 * 1. axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA rules) on one page of every type found in dist
 *    (home, province list, province, 404 — and the map, region, rankings, compare … pages as they
 *    land), at 1280 and 375 px, light and dark: 0 violations. The 1280 px light run checks every
 *    element; the other three skip table rows and list items that repeat an earlier one's markup
 *    exactly (see markRepeats), which keeps the 514-row tables from costing minutes.
 * 2. A keyboard-only journey (Tab and Enter, no mouse): home map → a region page → a comparison.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RegistryFile } from '../../../src/lib/types.ts';
import { collectErrors, launchBrowser } from '../support/browser.ts';
import { COMPARE_PAGE, REGION_PAGE, ROOT, listPages, pageTypes, type SitePage } from './site.ts';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VARIANTS = [
  { width: 1280, height: 900, colorScheme: 'light' },
  { width: 1280, height: 900, colorScheme: 'dark' },
  { width: 375, height: 800, colorScheme: 'light' },
  { width: 375, height: 800, colorScheme: 'dark' },
] as const;

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const pages = listPages(distDir);
const types = pageTypes(pages);
const registry = JSON.parse(readFileSync(join(inject('dataDir'), 'regions.json'), 'utf8')) as RegistryFile;
const urlOf = (page: SitePage) => new URL(page.path, baseUrl).href;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** The part of axe-core's result that `axe()` reads. */
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

/**
 * Marks repeated items for axe to skip: in a table body or list with more than 20 items, an item
 * whose markup has the same shape as an earlier one (same elements, classes, zones and attribute
 * names — only text and link targets differ) renders with the same colours and roles. The 514-row
 * tables then cost a few dozen rows instead of thousands of elements. Returns how many were marked.
 */
async function markRepeats(page: Page): Promise<number> {
  return page.evaluate(() => {
    const shape = (el: Element): string =>
      [el, ...el.querySelectorAll('*')]
        .map((e) => {
          const names = [...e.attributes]
            .map((a) => a.name)
            .sort()
            .join(' ');
          return `${e.tagName}[${names}].${e.getAttribute('class') ?? ''}:${e.getAttribute('data-zone') ?? ''}${e.hasAttribute('data-empty') ? '!' : ''}`;
        })
        .join('>');
    let marked = 0;
    for (const group of document.querySelectorAll('tbody, ul, ol')) {
      const items = [...group.children].filter((c) => c.tagName === 'TR' || c.tagName === 'LI');
      if (items.length <= 20) continue;
      const seen = new Set<string>();
      for (const item of items) {
        const key = shape(item);
        if (seen.has(key)) {
          item.setAttribute('data-axe-repeat', '');
          marked++;
        } else seen.add(key);
      }
    }
    return marked;
  });
}

/** Runs axe in a page of a context set up with `context.addInitScript({ path: AXE })` (much faster than addScriptTag). */
async function axe(page: Page, options: { skipRepeats: boolean }): Promise<Violation[]> {
  // Long tables use content-visibility: auto (not rendered until scrolled near); axe measures
  // colours on rendered boxes, so render everything.
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  if (options.skipRepeats) await markRepeats(page);
  return page.evaluate(
    async ({ tags, skipRepeats }) => {
      const w = window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } };
      const context = skipRepeats ? { exclude: [['[data-axe-repeat]']] } : document;
      const result = await w.axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: String(n.html).slice(0, 240), summary: String(n.failureSummary ?? '') })),
      }));
    },
    { tags: TAGS, skipRepeats: options.skipRepeats },
  );
}

function readable(where: string, violations: Violation[]): string {
  const lines = [`${where}: ${violations.length} axe violation${violations.length === 1 ? '' : 's'}`];
  for (const v of violations) {
    lines.push(`  ${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`);
    for (const n of v.nodes.slice(0, 8)) {
      lines.push(`    ${n.target}`, `      ${n.html}`, ...n.summary.split('\n').map((s) => `      ${s}`));
    }
    if (v.nodes.length > 8) lines.push(`    … and ${v.nodes.length - 8} more elements`);
  }
  return lines.join('\n');
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe-core on one page of every type', () => {
  it('finds the foundation page types', () => {
    const names = types.map((t) => t.name);
    for (const name of ['home', 'province-list', 'province', 'not-found']) expect(names, `page types: ${names.join(', ')}`).toContain(name);
  });

  // The four variants run side by side (one browser context and page each): axe is CPU-bound in the
  // renderer, so two cores finish them in about half the time. Each reports every page type it failed.
  it.concurrent.each(VARIANTS.map((v) => [`${v.width} px, ${v.colorScheme}`, v] as const))(
    `%s: 0 violations on ${types.length} page types`,
    async (_name, variant) => {
      const context = await browser.newContext({ viewport: { width: variant.width, height: variant.height }, colorScheme: variant.colorScheme });
      await context.addInitScript({ path: AXE });
      const page = await context.newPage(); // navigated from type to type: a new page costs seconds on a busy machine
      const errors = collectErrors(page);
      const failures: string[] = [];
      for (const type of types) {
        errors.length = 0;
        const where = `${type.name} /${type.representative.path} at ${variant.width} px ${variant.colorScheme}`;
        await page.goto(urlOf(type.representative), { waitUntil: 'load' });
        // Every element at 1280 px light; at the other three, repeated table rows and list items once each.
        const violations = await axe(page, { skipRepeats: !(variant.width === 1280 && variant.colorScheme === 'light') });
        if (violations.length > 0) failures.push(readable(where, violations));
        if (errors.length > 0) failures.push(`${where}: console errors:\n  ${errors.join('\n  ')}`);
      }
      await context.close();
      expect(failures, failures.join('\n\n')).toEqual([]);
    },
    600_000,
  );
});

/** What has focus, in page terms. */
interface Focus {
  tag: string;
  href: string | null;
  inMap: boolean;
  label: string;
}

async function focused(page: Page): Promise<Focus | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body || el === document.documentElement) return null;
    const link = el.closest('a');
    const href = el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? link?.getAttribute('href') ?? link?.getAttribute('xlink:href') ?? null;
    // The map: anything inside an <svg>, or inside a container that calls itself a map (peta).
    const inMap =
      el.closest('svg') !== null ||
      el.closest(
        '[data-map], .map, [class*="map-"], [class*="-map"], [id*="map"], [id*="peta"], [class*="peta"], [aria-label*="peta" i], [aria-label*="map" i]',
      ) !== null;
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80);
    return { tag: el.tagName.toLowerCase(), href, inMap, label };
  });
}

/** Presses Tab until `want` holds for the focused element (at most `limit` times). Keyboard only. */
async function tabUntil(page: Page, want: (f: Focus) => boolean, limit: number): Promise<Focus | null> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f !== null && want(f)) return f;
  }
  return null;
}

const pathOf = (href: string, page: Page) => new URL(href, page.url()).pathname;
const relToBase = (pathname: string) => pathname.slice(new URL(baseUrl).pathname.length);

describe('keyboard-only journey', () => {
  it('home map → a region page → a comparison, with Tab and Enter only', async () => {
    const hasRegionPages = pages.some((p) => REGION_PAGE.test(p.path));
    const hasCompare = pages.some((p) => COMPARE_PAGE.test(p.path));
    const missing = [
      !hasRegionPages && 'no region pages /daerah/<code>-<slug>/ in dist: the journey goes through one',
      !hasCompare && 'no comparison page /bandingkan/ in dist: the journey ends there',
    ].filter(Boolean);
    expect(missing, `keyboard journey cannot run: ${missing.join('; ')}`).toEqual([]);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(baseUrl);
    const isRegionHref = (f: Focus) => f.href !== null && REGION_PAGE.test(relToBase(pathOf(f.href, page)));

    // 1. Home: Tab into the map, reach a region in it, Enter.
    const inMap = await tabUntil(page, (f) => f.inMap, 2000);
    expect(inMap, 'home page: Tab never reaches the map (map regions must be focusable SVG elements or links in the map section)').not.toBeNull();
    // The map section may start with its own links (the year control, a skip link): Tab on to a region.
    let regionLink: Focus | null = isRegionHref(inMap!)
      ? inMap
      : await tabUntil(page, (f) => (isRegionHref(f) && f.inMap) || (f.inMap && f.href === null && f.tag !== 'svg'), 60);
    if (regionLink !== null && !isRegionHref(regionLink)) {
      // A map region that is focusable but not itself a link: Enter may reveal its link (tooltip, panel).
      await page.keyboard.press('Enter');
      regionLink = isRegionHref((await focused(page)) ?? regionLink) ? await focused(page) : await tabUntil(page, (f) => isRegionHref(f) && f.inMap, 40);
    }
    expect(
      regionLink,
      `home page: from the map (focused: <${inMap!.tag}> "${inMap!.label}") no link to a region page /daerah/<code>-<slug>/ is reachable with Tab/Enter`,
    ).not.toBeNull();
    await Promise.all([page.waitForURL((u) => REGION_PAGE.test(relToBase(u.pathname))), page.keyboard.press('Enter')]);
    const regionPath = relToBase(new URL(page.url()).pathname);
    const code = REGION_PAGE.exec(regionPath)![1]!;
    const region = registry.regions.find((r) => r.code === code);
    expect(region, `region page ${regionPath}: code ${code} is not in the registry`).toBeDefined();

    // 2. Region page: Tab to the comparison link, Enter.
    const compareLink = await tabUntil(page, (f) => f.href !== null && COMPARE_PAGE.test(relToBase(pathOf(f.href, page))), 1000);
    expect(compareLink, `region page /${regionPath}: Tab never reaches a link to the comparison page /bandingkan/`).not.toBeNull();
    await Promise.all([page.waitForURL((u) => COMPARE_PAGE.test(relToBase(u.pathname))), page.keyboard.press('Enter')]);

    // 3. The comparison shows the region we came from.
    const shown = await page
      .waitForFunction((name) => (document.querySelector('main')?.textContent ?? '').includes(name), region!.shortName, { timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    expect(shown, `comparison page ${page.url()}: does not show ${region!.name} (${code}), the region the journey came from`).toBe(true);
    console.info(
      `keyboard journey: home map <${regionLink!.tag}> "${regionLink!.label}" → /${regionPath} → <${compareLink!.tag}> "${compareLink!.label}" → ${new URL(page.url()).pathname}${new URL(page.url()).search}`,
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
