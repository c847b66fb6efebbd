/**
 * Downloads: every "Unduh" link of a region page, a province page, the home map and the data
 * page resolves; the PNG, made in the browser from the chart's SVG at the click, decodes with
 * the size its button states and is offered only with JavaScript; CSVs parse back to
 * the numbers of the dataset; the zip holds the package with its checksums; share images
 * are 1200×630 and named in the page's meta tags.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import Papa from 'papaparse';
import sharp from 'sharp';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDataset } from '../../src/lib/model/load.ts';
import { assessedYears, latestYear, provinceMapYears } from '../../src/lib/model/queries.ts';
import { intakeSeries } from '../../src/lib/model/complaints.ts';
import { regionProfile } from '../../src/lib/model/figures-index.ts';
import { provinceShareImagePath, regionPath, regionShareImagePath } from '../../src/lib/paths.ts';
import { launchBrowser } from './support/browser.ts';
import { differingSources, unpublishedYears } from './support/examples.ts';
import { toCsv } from '../../src/lib/export/csv.ts';
import { COMPARISON_COLUMNS } from '../../src/lib/export/comparison.ts';
import { comparisonFigures } from '../../src/lib/export/figures.ts';
import { datasetTables } from '../../src/lib/export/datasets.ts';

const baseUrl = inject('baseUrl');
const dataset = loadDataset(inject('dataDir'));
const year = latestYear(dataset.scores)!;
const region = dataset.registry.regions.find((r) => r.code === '18.09')!;
const province = dataset.registry.provinces.find((p) => p.code === '18')!;
const url = (path: string) => new URL(path.replace(/^\//, ''), baseUrl).href;
/** The data package's tables: one CSV and one JSON each, every year in one file. */
const tableNames = datasetTables(dataset).map((t) => t.name);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function fetchBytes(href: string): Promise<{ status: number; type: string; body: Buffer }> {
  const response = await fetch(href);
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: Buffer.from(await response.arrayBuffer()) };
}
const parseCsv = (body: Buffer) => {
  const text = body.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

interface Tool {
  /** Index of the tool group on the page (for clicking its PNG button). */
  index: number;
  pngText: string;
  /** The file name the PNG is saved as. */
  pngFile: string;
  svg: string;
  csv: string;
}

/** The download tools on a page that are shown (not in a hidden year's tool set). */
async function downloads(page: Page): Promise<Tool[]> {
  return page.locator('.share-tools').evaluateAll((groups) =>
    groups
      .map((g, index) => ({ g, index }))
      .filter(({ g }) => g.querySelector('[data-download="svg"]') && !g.parentElement?.closest('[hidden]'))
      .map(({ g, index }) => ({
        index,
        pngText: g.querySelector('[data-download="png"]')?.textContent?.trim() ?? '',
        pngFile: (g.querySelector('[data-download="png"]') as HTMLElement | null)?.dataset.file ?? '',
        svg: (g.querySelector('[data-download="svg"]') as HTMLAnchorElement).href,
        csv: (g.querySelector('[data-download="csv"]') as HTMLAnchorElement).href,
      })),
  );
}

/** Clicks a tool's PNG button (its item is shown by the script) and returns the file the browser saves. */
async function takePng(page: Page, tool: Tool): Promise<{ name: string; bytes: Buffer }> {
  const button = page.locator('.share-tools').nth(tool.index).locator('button[data-download="png"]');
  expect(await button.evaluate((b) => (b.closest('[data-png-item]') as HTMLElement).hidden), 'the PNG item is shown with JavaScript').toBe(false);
  const [download] = await Promise.all([page.waitForEvent('download'), button.evaluate((b: HTMLButtonElement) => b.click())]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

async function checkTools(path: string, expected: number): Promise<Array<{ svg: string; pngFile: string; csv: Record<string, string>[] }>> {
  const page = await browser.newPage({ acceptDownloads: true });
  await page.goto(url(path));
  const tools = await downloads(page);
  expect(tools.length, path).toBe(expected);
  const out = [];
  for (const tool of tools) {
    const png = await takePng(page, tool);
    expect(png.name).toBe(tool.pngFile);
    const meta = await sharp(png.bytes).metadata();
    expect(meta.format).toBe('png');
    const [w, h] = (tool.pngText.match(/\d+/g) ?? []).map(Number);
    expect([meta.width, meta.height], `${tool.svg}: the button says ${tool.pngText}`).toEqual([w, h]);
    const svg = await fetchBytes(tool.svg);
    expect(svg.status, tool.svg).toBe(200);
    const svgText = svg.body.toString('utf8');
    expect(svgText).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // The PNG is the SVG at 2×.
    expect([Number(/width="([\d.]+)"/.exec(svgText)![1]) * 2, Number(/height="([\d.]+)"/.exec(svgText)![1]) * 2]).toEqual([meta.width, meta.height]);
    const csv = await fetchBytes(tool.csv);
    expect(csv.status, tool.csv).toBe(200);
    out.push({ svg: tool.svg, pngFile: tool.pngFile, csv: parseCsv(csv.body) });
  }
  await page.close();
  return out;
}

describe('chart and map downloads', () => {
  it('region page: trend PNG/SVG/CSV (no complaints download without per-government data); the CSV gives back every year, score and source', async () => {
    // No PNG files are built: the browser draws them.
    expect((await fetch(url(`/unduh/daerah/${region.code}/tren.id.png`))).status).toBe(404);
    const [trend] = await checkTools(regionPath(region), 1);
    const page = await browser.newPage();
    await page.goto(url(regionPath(region)));
    expect(await page.locator('a[href*="/unduh/daerah/"][href*="pengaduan"]').count()).toBe(0);
    await page.close();
    expect((await fetch(url(`/unduh/daerah/${region.code}/pengaduan.csv`))).status).toBe(404);
    const scores = dataset.scores.filter((s) => s.code === region.code && s.level !== 'provinsi');
    for (const entry of scores) {
      const row = trend!.csv.find((r) => Number(r.year) === entry.year)!;
      expect(row, `${entry.year}`).toBeDefined();
      expect(row.score === '' ? null : Number(row.score)).toBe(entry.score);
      expect(row.zone === '' ? null : row.zone).toBe(entry.zone);
      expect(row.source_url).toBe(entry.source.url ?? '');
    }
    // Years without a figure and 2020 are rows too, told apart.
    expect(trend!.csv.find((r) => r.year === '2020')?.status).toBe('no_assessment');
    for (const year of unpublishedYears(dataset, regionProfile(dataset, region.code)!)) {
      expect(trend!.csv.find((r) => Number(r.year) === year)?.status, String(year)).toBe('no_published_figure');
    }
    // Pesawaran 2017 is 21.97, merah, with its source.
    expect(trend!.csv.find((r) => r.year === '2017')).toMatchObject({ score: '21.97', zone: 'merah', status: 'scored' });
  });

  it('the trend CSV of a region whose sources differ names the other value and its source', async () => {
    const { profile, entry, other } = differingSources(dataset);
    const [trend] = await checkTools(regionPath(profile.region), 1);
    const row = trend!.csv.find((r) => Number(r.year) === entry.year)!;
    expect(row.sources_differ).toBe('yes');
    expect(row.other_values).toContain(String(other.score));
    expect(row.other_values).toContain(new URL(other.source.url!).hostname.replace(/^www\./, ''));
  });

  it('English region page links the English pictures (same CSV)', async () => {
    const [trend] = await checkTools(`/en${regionPath(region)}`, 1);
    expect(trend!.svg).toMatch(/tren\.en\.svg$/);
    expect(trend!.pngFile).toBe(`zona-pelayanan-daerah-${region.code}-tren.en.png`);
  });

  it('without JavaScript the PNG item stays hidden; SVG and CSV links remain', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(regionPath(region)));
    const group = page.locator('.share-tools').first();
    expect(await group.locator('[data-png-item]').evaluate((li) => (li as HTMLElement).hidden)).toBe(true);
    expect(await group.locator('a[data-download="svg"]').count()).toBe(1);
    expect(await group.locator('a[data-download="csv"]').count()).toBe(1);
    await context.close();
  });

  it('national map (home) and province map: PNG/SVG/CSV; the map CSV holds every region of the map in every year it has, with its score', async () => {
    const [national] = await checkTools('/', 1);
    const years = assessedYears(dataset.scores);
    expect(national!.csv).toHaveLength(dataset.registry.regions.length * years.length);
    expect([...new Set(national!.csv.map((row) => Number(row.year)))]).toEqual(years);
    const byKey = new Map(dataset.scores.filter((s) => s.level !== 'provinsi').map((s) => [`${s.code} ${s.year}`, s]));
    for (const row of national!.csv) {
      const entry = byKey.get(`${row.code} ${row.year}`);
      expect(row.score === '' ? null : Number(row.score), `${row.code} ${row.year}`).toBe(entry?.score ?? null);
    }
    // The province page: its map, and its Ombudsman office's intake chart where the office published figures.
    const office = intakeSeries(dataset.complaintFigures, { kind: 'office', provinceCode: province.code }).length > 0;
    expect(office, "Lampung's Ombudsman office published intake figures").toBe(true);
    const tools = await checkTools(`/provinsi/${province.slug}/`, 2);
    const prov = tools.find((tool) => new RegExp(`/unduh/provinsi/${province.slug}/${year}\\.id\\.svg$`).test(tool.svg));
    expect(prov, 'the province map tools').toBeDefined();
    const provinceYears = provinceMapYears(dataset, province.code);
    expect(prov!.csv).toHaveLength(dataset.registry.regions.filter((r) => r.provinceCode === province.code).length * provinceYears.length);
    expect(prov!.csv.filter((row) => Number(row.year) === year)).toHaveLength(dataset.registry.regions.filter((r) => r.provinceCode === province.code).length);
    expect(
      tools.some((tool) => tool.svg.endsWith(`/unduh/provinsi/${province.slug}/pengaduan.id.svg`)),
      'the office intake tools',
    ).toBe(true);
  });
});

describe('complaint intake downloads', () => {
  it('/pengaduan/: PNG/SVG/CSV of the national intake chart; the CSV holds every point with its measure and source, restatements marked', async () => {
    const [national] = await checkTools('/pengaduan/', 1);
    const points = intakeSeries(dataset.complaintFigures, { kind: 'nasional' });
    const shown = national!.csv.filter((r) => r.role === 'shown');
    expect(shown).toHaveLength(points.length);
    for (const p of points) {
      const row = shown.find((r) => Number(r.year) === p.year && r.measure === p.figure.measure)!;
      expect(row, `${p.year} ${p.figure.measure}`).toBeDefined();
      expect(Number(row.value)).toBe(p.figure.count);
      expect(row.source_url).toBe(p.figure.source.url ?? '');
      expect(row.measure_definition).not.toBe('');
    }
    // National 2023 public reports: 7.392 and 8.452 were both published; one is shown, the other a restatement that differs.
    const y2023 = national!.csv.filter((r) => r.year === '2023' && r.measure === 'laporan_masyarakat');
    expect(y2023.map((r) => Number(r.value)).sort()).toEqual([7392, 8452]);
    expect(y2023.find((r) => r.role !== 'shown')?.differs).toBe('yes');
  });

  it("an Ombudsman office's intake chart downloads exist where the office published figures", async () => {
    const offices = dataset.registry.provinces.filter((p) => intakeSeries(dataset.complaintFigures, { kind: 'office', provinceCode: p.code }).length > 0);
    expect(offices.length).toBeGreaterThan(0);
    for (const office of offices.slice(0, 3)) {
      const csv = parseCsv((await fetchBytes(url(`/unduh/provinsi/${office.slug}/pengaduan.csv`))).body);
      const points = intakeSeries(dataset.complaintFigures, { kind: 'office', provinceCode: office.code });
      expect(
        csv.filter((r) => r.role === 'shown'),
        office.slug,
      ).toHaveLength(points.length);
      for (const locale of ['id', 'en']) {
        const svg = await fetchBytes(url(`/unduh/provinsi/${office.slug}/pengaduan.${locale}.svg`));
        expect(svg.status).toBe(200);
        expect(svg.body.toString('utf8')).toMatch(/^<svg/);
      }
    }
    const without = dataset.registry.provinces.find((p) => !offices.includes(p));
    expect(without, 'a province whose office published no intake figures (Papua Selatan)').toBeDefined();
    expect((await fetch(url(`/unduh/provinsi/${without!.slug}/pengaduan.csv`))).status).toBe(404);
  });
});

describe('the home map changes year', () => {
  // On the real data the home map shows 2025 (opinions), so a zone year's link loads its page; the in-place
  // recolouring (same method) and its tools are checked on a demo-data build in map.test.ts.
  it('and the embed and download tools follow the year shown', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url('/'));
    const other = dataset.scores
      .map((s) => s.year)
      .filter((y) => y !== year)
      .sort()
      .at(-1)!;
    await page.locator(`a[data-year-link="${other}"]`).first().click();
    await page.waitForURL(new RegExp(`/peta/${other}/$`));
    const tools = await downloads(page);
    expect(tools).toHaveLength(1);
    expect(tools[0]!.svg).toMatch(new RegExp(`/unduh/peta/${other}\\.id\\.svg$`));
    expect(tools[0]!.pngFile).toBe(`zona-pelayanan-peta-${other}.id.png`);
    const code = await page.locator('[data-tools-year]:not([hidden]) textarea[data-embed-code]').inputValue();
    expect(code).toContain(`/embed/peta/${other}/`);
    await page.close();
  });
});

describe('comparison downloads (made in the browser: the selection exists only there)', () => {
  it('CSV holds the figures behind the chart; SVG is standalone with the title and a key to its lines; PNG is 2× the SVG', async () => {
    const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1000, height: 900 } });
    await page.goto(url('/bandingkan/?d=18.09,33.02'));
    await page.locator('[data-chart] svg').waitFor();
    const take = async (kind: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-downloads] button[data-download="${kind}"]`).click()]);
      expect(download.suggestedFilename()).toBe(`perbandingan-18.09_33.02.${kind}`);
      return readFileSync((await download.path())!);
    };
    const csvBytes = await take('csv');
    // Made in the browser, yet byte for byte the CSV the build would write for this selection.
    expect(csvBytes.toString('utf8')).toBe(toCsv(COMPARISON_COLUMNS, comparisonFigures(dataset, ['18.09', '33.02']).rows));
    const rows = parseCsv(csvBytes);
    for (const code of ['18.09', '33.02']) {
      for (const entry of dataset.scores.filter((e) => e.code === code && e.level !== 'provinsi')) {
        const row = rows.find((r) => r.code === code && Number(r.year) === entry.year)!;
        expect(row.score === '' ? null : Number(row.score), `${code} ${entry.year}`).toBe(entry.score);
      }
    }
    const svg = (await take('svg')).toString('utf8');
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toContain('var(--');
    expect(svg).toContain('Kabupaten Pesawaran');
    // The picture carries its own key: one entry per region, with the line's colour and dash.
    const key = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const lines = [...doc.querySelectorAll('g[data-code] > path')].map((p) => [p.getAttribute('stroke'), p.getAttribute('stroke-dasharray') ?? '']);
      const entries = [...doc.querySelectorAll('g[data-legend] > g')].map((g) => {
        const line = g.querySelector('line')!;
        return { name: g.querySelector('text')?.textContent, stroke: [line.getAttribute('stroke'), line.getAttribute('stroke-dasharray') ?? ''] };
      });
      return { lines, entries };
    }, svg);
    expect(key.entries.map((e) => e.name)).toEqual([region.name, dataset.registry.regions.find((r) => r.code === '33.02')!.name]);
    expect(key.entries.map((e) => e.stroke)).toEqual(key.lines);
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    const meta = await sharp(await take('png')).metadata();
    expect([meta.format, meta.width]).toEqual(['png', width * 2]);
    await page.close();
  });

  it('on a phone the picture keeps its title, key and source line inside its width', async () => {
    const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 375, height: 800 } });
    const codes = ['18.09', '33.02', '31.71', '91.71', '64.72', '11.01'];
    await page.goto(url(`/bandingkan/?d=${codes.join(',')}`));
    await page.locator('[data-chart] svg').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-downloads] button[data-download="svg"]').click()]);
    const svg = readFileSync((await download.path())!, 'utf8');
    const overflow = await page.evaluate((text) => {
      const host = document.createElement('div');
      host.innerHTML = text; // the file just downloaded from this page, measured where it was made
      document.body.append(host);
      const root = host.querySelector('svg')!;
      const width = Number(root.getAttribute('width'));
      const outside = [...root.querySelectorAll<SVGTextElement>(':scope > text, [data-legend] text')]
        .filter((t) => {
          const box = t.getBoundingClientRect();
          return box.left < root.getBoundingClientRect().left - 0.5 || box.right > root.getBoundingClientRect().left + width + 0.5;
        })
        .map((t) => t.textContent);
      host.remove();
      return { keys: root.querySelectorAll('[data-legend] > g').length, outside };
    }, svg);
    expect(overflow).toEqual({ keys: codes.length, outside: [] });
    await page.close();
  });
});

describe('the data page', () => {
  it('every link on /data/ resolves, one CSV and one JSON per table (no per-year copies); scores.csv parses back to scores.json and the dataset', async () => {
    const page = await browser.newPage();
    await page.goto(url('/data/'));
    const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    await page.close();
    const files = hrefs.filter((h) => /\/data\/.+\.(csv|json|zip|md)$|SHA256SUMS$/.test(h));
    const linked = (format: 'csv' | 'json') => files.filter((h) => h.includes(`/data/${format}/`)).map((h) => h.slice(h.lastIndexOf('/') + 1));
    expect(linked('csv')).toEqual(tableNames.map((name) => `${name}.csv`));
    expect(linked('json')).toEqual(tableNames.map((name) => `${name}.json`));
    expect(files.filter((h) => /-\d{4}\.(csv|json)$/.test(h))).toEqual([]);
    expect((await fetch(url('/data/csv/scores-2022.csv'), { method: 'HEAD' })).status).toBe(404);
    for (const href of files) expect((await fetch(href, { method: 'HEAD' })).status, href).toBe(200);
    const csv = parseCsv((await fetchBytes(url('/data/csv/scores.csv'))).body);
    const json = (await (await fetch(url('/data/json/scores.json'))).json()) as Array<Record<string, unknown>>;
    expect(csv).toHaveLength(dataset.scores.length);
    expect(json).toHaveLength(dataset.scores.length);
    for (let i = 0; i < csv.length; i += 1) {
      expect(csv[i]!.code).toBe(json[i]!.code);
      expect(csv[i]!.score === '' ? null : Number(csv[i]!.score)).toBe(json[i]!.score);
    }
    const total = dataset.scores.reduce((sum, s) => sum + (s.score ?? 0), 0);
    expect(csv.reduce((sum, r) => sum + (r.score ? Number(r.score) : 0), 0)).toBeCloseTo(total, 6);
  });

  it('the zip holds every file of the package, and SHA256SUMS matches them', async () => {
    const zip = unzipSync(new Uint8Array((await fetchBytes(url('/data/zona-pelayanan-data.zip'))).body));
    const sums = (await fetchBytes(url('/data/SHA256SUMS'))).body.toString('utf8').trim().split('\n');
    // Every table as CSV and JSON, and the three boundary files.
    expect(sums.map((line) => line.split(/\s+\*?/)[1]).filter((name) => /^(csv|json)\//.test(name!))).toHaveLength(2 * tableNames.length);
    expect(sums).toHaveLength(2 * tableNames.length + 3);
    for (const line of sums) {
      const [sum, name] = line.split(/\s+\*?/);
      const entry = zip[`zona-pelayanan-data/${name}`];
      expect(entry, name).toBeDefined();
      expect(createHash('sha256').update(entry!).digest('hex'), name).toBe(sum);
      const served = await fetchBytes(url(`/data/${name}`));
      expect(createHash('sha256').update(served.body).digest('hex'), `${name} on the site`).toBe(sum);
    }
    expect(Object.keys(zip)).toContain('zona-pelayanan-data/manifest.json');
  });
});

describe('share images', () => {
  for (const [label, path, image] of [
    ['region', regionPath(region), regionShareImagePath(region)],
    ['province', `/provinsi/${province.slug}/`, provinceShareImagePath(province)],
    // One share image serves both languages.
    ['region (en)', `/en${regionPath(region)}`, regionShareImagePath(region)],
  ] as const) {
    it(`${label} page: its share image is a 1200×630 PNG (named in og:image only with ZP_SITE)`, async () => {
      const page = await browser.newPage();
      await page.goto(url(path));
      // og:image must be an absolute URL and this build has no ZP_SITE: the page names none. The tags on a
      // build with ZP_SITE are checked in tests/e2e/findable.test.ts.
      expect(await page.locator('meta[property="og:image"], meta[name="twitter:image"]').count()).toBe(0);
      await page.close();
      const png = await fetchBytes(url(image));
      expect(png.status).toBe(200);
      const meta = await sharp(png.body).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    });
  }
});
