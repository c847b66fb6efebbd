/**
 * Data releases on the small site: /perubahan/ and /en/perubahan/ list every
 * committed release (data/releases/) newest first with what changed since the one before —
 * checked against the diff of the release files themselves — linking the governments this build
 * has a page for and naming the others in plain text (the releases cover every province, the
 * small site ten); the Atom feed is linked from the head and the page, parses as XML in Chromium
 * and has the elements RFC 4287 requires; region pages say when their figures last changed and
 * link to that change. Works with JavaScript off and on a phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { t, type Locale } from '../../src/i18n/index.ts';
import { loadDataset } from '../../src/lib/model/load.ts';
import { localePath, regionPath } from '../../src/lib/paths.ts';
import { changeEntry } from '../../src/lib/releases/diff.ts';
import { lastChangedIn, releaseHistory } from '../../src/lib/releases/history.ts';
import { formatDate } from '../../src/lib/format.ts';
import { governmentAnchor, releaseAnchor, releaseHeading, releaseSummary } from '../../src/lib/releases/present.ts';
import { readReleases } from '../../src/lib/releases/store.ts';
import { collectErrors, launchBrowser } from './support/browser.ts';
import { PESAWARAN } from './support/examples.ts';

const baseUrl = inject('baseUrl');
const dataset = loadDataset(inject('dataDir'));
const history = releaseHistory(readReleases());
const latest = history[0]!;
const first = history.at(-1)!;
const lastChanged = lastChangedIn(history);
const regionCodes = new Set(dataset.registry.regions.map((r) => r.code));
const provinceCodes = new Set(dataset.registry.provinces.map((p) => p.code));
const hasPage = (code: string) => (code.length === 2 ? provinceCodes.has(code) : regionCodes.has(code));
const url = (path: string, locale: Locale = 'id') => new URL(localePath(path, locale).slice(1), baseUrl).href;
const LOCALES = ['id', 'en'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('the committed releases', () => {
  it('are at least two, so the page has a change to show', () => {
    expect(history.length).toBeGreaterThanOrEqual(2);
    expect(latest.diff.changes.length).toBeGreaterThan(0);
    // The small site has pages for some of the latest changes and not for others.
    const codes = latest.diff.changes.map((c) => changeEntry(c).code);
    expect(codes.some(hasPage)).toBe(true);
    expect(codes.some((c) => !hasPage(c))).toBe(true);
  });
});

describe('/perubahan/', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every release newest first, its summary, and each change of the latest under its government`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = collectErrors(page);
      expect((await page.goto(url('/perubahan/', locale)))?.status()).toBe(200);
      expect(squash(await page.locator('h1').textContent())).toBe(t('changes.heading', undefined, locale));
      const sections = page.locator('section.release');
      expect(await sections.evaluateAll((els) => els.map((e) => e.id))).toEqual(history.map((r) => releaseAnchor(r.release.id)));
      for (const record of history) {
        const section = page.locator(`section[data-release="${record.release.id}"]`);
        expect(squash(await section.locator('h2').textContent())).toBe(releaseHeading(record.release.id, locale));
        expect(await section.locator('h2 time').getAttribute('datetime')).toBe(record.release.date);
        expect(squash(await section.locator('.release__summary').textContent())).toBe(releaseSummary(record, locale));
      }
      // The first release says how much it recorded, without listing each figure.
      expect(await page.locator(`section[data-release="${first.release.id}"] .change`).count()).toBe(0);
      // Every change of the latest release, under its government, with year and kind.
      const section = page.locator(`section[data-release="${latest.release.id}"]`);
      expect(await section.locator('.change').count()).toBe(latest.diff.changes.length);
      for (const change of latest.diff.changes) {
        const entry = changeEntry(change);
        const item = section.locator(`li[id="${governmentAnchor(latest.release.id, entry.code)}"] .change[data-year="${entry.year}"]`);
        expect(await item.getAttribute('data-kind'), `${entry.code} ${entry.year}`).toBe(change.kind);
        expect(squash(await item.locator('.change__kind').textContent())).toBe(t(`changes.kind.${change.kind}`, undefined, locale));
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('links a government to its page where this build has one, and names the others in plain text', async () => {
    const page = await browser.newPage();
    await page.goto(url('/perubahan/'));
    const governments = page.locator(`section[data-release="${latest.release.id}"] .release__governments > li`);
    const rows = await governments.evaluateAll((lis) =>
      lis.map((li) => ({
        code: li.getAttribute('data-code')!,
        href: li.querySelector('.release__government a')?.getAttribute('href') ?? null,
        name: li.querySelector('.release__government')!.textContent!.trim(),
      })),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      if (!hasPage(row.code)) {
        expect(row.href, row.code).toBeNull();
        continue;
      }
      const region = dataset.registry.regions.find((r) => r.code === row.code);
      const province = dataset.registry.provinces.find((p) => p.code === row.code);
      expect(row.href, row.code).toBe(region ? regionPath(region) : `/provinsi/${province!.slug}/`);
      const response = await page.request.get(new URL(row.href!.slice(1), baseUrl).href);
      expect(response.status(), row.href!).toBe(200);
    }
    // Pesawaran 2017 (21,97, merah, from sinarlampung.co) arrived with the latest release.
    const pesawaran = page.locator(`li[id="${governmentAnchor(latest.release.id, PESAWARAN)}"]`);
    expect(squash(await pesawaran.locator('.change[data-year="2017"]').textContent())).toMatch(
      /^2017 ditambahkan 21,97 \(zona merah\) sumber: sinarlampung\.co$/,
    );
    expect(await pesawaran.locator('.change[data-year="2017"] a').getAttribute('href')).toMatch(/^https:\/\/sinarlampung\.co\//);
    await page.close();
  });

  for (const locale of LOCALES) {
    it(`${locale}: the Atom feed is linked from the head and the page, and in the footer of every page is /perubahan/`, async () => {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.goto(url('/perubahan/', locale));
      const feed = localePath('/perubahan/feed.xml', locale);
      expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(feed);
      expect(await page.locator(`main a[href="${feed}"]`).textContent()).toBe(t('changes.feedLink', undefined, locale));
      await page.goto(url('/', locale));
      expect(await page.locator(`footer a[href="${localePath('/perubahan/', locale)}"]`).textContent()).toBe(t('changes.nav', undefined, locale));
      await page.close();
    });

    it(`${locale}: the feed parses as XML and has what Atom requires: feed id, title, updated, author, self link; per release an entry with id, title, updated, link, summary, content`, async () => {
      const page = await browser.newPage();
      const response = await page.request.get(url('/perubahan/feed.xml', locale));
      expect(response.status()).toBe(200);
      const xml = await response.text();
      await page.goto(baseUrl);
      const parsed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        if (doc.getElementsByTagName('parsererror').length > 0) return { error: doc.getElementsByTagName('parsererror')[0]!.textContent ?? 'parsererror' };
        const NS = 'http://www.w3.org/2005/Atom';
        const root = doc.documentElement;
        const kids = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === NS && c.localName === name);
        const one = (el: Element, name: string) => kids(el, name).map((c) => c.textContent ?? '');
        return {
          root: [root.namespaceURI, root.localName, root.getAttribute('xml:lang')],
          id: one(root, 'id'),
          title: one(root, 'title'),
          updated: one(root, 'updated'),
          author: kids(root, 'author').map((a) => kids(a, 'name').map((n) => n.textContent)),
          links: kids(root, 'link').map((l) => [l.getAttribute('rel'), l.getAttribute('type'), l.getAttribute('href')]),
          entries: kids(root, 'entry').map((e) => ({
            id: one(e, 'id'),
            title: one(e, 'title'),
            updated: one(e, 'updated'),
            links: kids(e, 'link').map((l) => [l.getAttribute('rel'), l.getAttribute('href')]),
            summary: one(e, 'summary'),
            content: kids(e, 'content').map((c) => [c.getAttribute('type'), c.textContent]),
          })),
        };
      }, xml);
      if (parsed.error !== undefined) throw new Error(`the feed is not well-formed XML: ${parsed.error}`);
      expect(parsed.root).toEqual(['http://www.w3.org/2005/Atom', 'feed', locale]);
      expect(parsed.id).toHaveLength(1);
      expect(parsed.id[0]).toMatch(/^(urn:uuid:[0-9a-f-]{36}|https?:\/\/\S+)$/);
      expect(parsed.title).toEqual([t('changes.feedTitle', undefined, locale)]);
      expect(parsed.updated).toEqual([`${latest.release.date}T00:00:00Z`]);
      expect(parsed.author).toEqual([[t('site.name', undefined, locale)]]);
      expect(parsed.links).toContainEqual(['self', 'application/atom+xml', localePath('/perubahan/feed.xml', locale)]);
      expect(parsed.entries.map((e) => e.updated[0])).toEqual(history.map((r) => `${r.release.date}T00:00:00Z`));
      expect(new Set(parsed.entries.map((e) => e.id[0])).size).toBe(history.length);
      for (const [i, e] of parsed.entries.entries()) {
        const record = history[i]!;
        expect(e.id).toHaveLength(1);
        expect(e.id[0]).toMatch(/^(urn:uuid:[0-9a-f-]{36}|https?:\/\/\S+)$/);
        expect(e.title[0]).toContain(formatDate(record.release.date, locale));
        expect(e.links).toEqual([['alternate', `${localePath('/perubahan/', locale)}#${releaseAnchor(record.release.id)}`]]);
        expect(e.summary).toEqual([releaseSummary(record, locale)]);
        expect(e.content[0]![0]).toBe('html');
      }
      // The latest entry's content names every government that changed.
      const content = parsed.entries[0]!.content[0]![1]!;
      for (const change of latest.diff.changes) expect(content).toContain(changeEntry(change).name);
      await page.close();
    });
  }

  it('fits a phone (375 px) in both languages, without JavaScript', async () => {
    for (const locale of LOCALES) {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
      await page.goto(url('/perubahan/', locale));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), locale).toBeLessThanOrEqual(375);
      expect(await page.locator('.change').count()).toBe(latest.diff.changes.length);
      await page.close();
    }
  });
});

describe('region pages: "Diperbarui <date>"', () => {
  async function updated(page: Page, code: string, locale: Locale) {
    const region = dataset.registry.regions.find((r) => r.code === code)!;
    await page.goto(url(regionPath(region), locale));
    const line = page.locator('.region-updated');
    const count = await line.count();
    if (count === 0) return { count, text: '', href: null };
    return { count, text: squash(await line.textContent()), href: await line.locator('a').getAttribute('href') };
  }

  it('a region changed in the latest release: its date, linking to its entry there, which exists', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    for (const locale of LOCALES) {
      const { text, href } = await updated(page, PESAWARAN, locale);
      const record = lastChanged.get(PESAWARAN)!;
      expect(record.release.id).toBe(latest.release.id);
      expect(text).toBe(`${t('changes.updated', { date: formatDate(record.release.date, locale) }, locale)} · ${t('changes.updatedLink', undefined, locale)}`);
      expect(href).toBe(`${localePath('/perubahan/', locale)}#${governmentAnchor(latest.release.id, PESAWARAN)}`);
      await page.goto(new URL(href!.slice(1), baseUrl).href);
      expect(await page.locator(`[id="${governmentAnchor(latest.release.id, PESAWARAN)}"]`).count()).toBe(1);
    }
    await page.close();
  });

  it('a region unchanged since the first release links to that release; a region in no release says nothing', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    const unchanged = dataset.registry.regions.find((r) => lastChanged.get(r.code)?.release.id === first.release.id)!;
    expect(unchanged).toBeDefined();
    const { href } = await updated(page, unchanged.code, 'en');
    expect(href).toBe(`${localePath('/perubahan/', 'en')}#${releaseAnchor(first.release.id)}`);
    const never = dataset.registry.regions.find((r) => !lastChanged.has(r.code));
    if (never) expect((await updated(page, never.code, 'id')).count).toBe(0);
    await page.close();
  });
});
