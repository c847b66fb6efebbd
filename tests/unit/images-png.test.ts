import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { renderComplaintsChart } from '../../src/lib/charts/complaints.ts';
import { renderTrendChart } from '../../src/lib/charts/trend.ts';
import { frameSvg, svgTitle } from '../../src/lib/images/frame.ts';
import { complaintsLegend, mapLegend, trendLegend } from '../../src/lib/images/legends.ts';
import { frameText, shareText, sourceLine } from '../../src/lib/images/labels.ts';
import { chartPngSize, chartSvg, type FrameInput } from '../../src/lib/images/png.ts';
import { cacheKey, pngCacheDir, pngSize, rasterize } from '../../src/lib/images/raster.ts';
import { mapLimit } from '../../src/lib/images/batch.ts';
import { parseSvgRoot } from '../../src/lib/images/standalone.ts';
import { loadDataset } from '../../src/lib/model/load.ts';
import { regionProfile } from '../../src/lib/model/figures-index.ts';
import { provinceGeometry, renderMapSvg } from '../../src/lib/map/render.ts';
import { loadTopology } from '../../src/lib/map/topology.ts';
import { UNITS_PER_PX } from '../../src/lib/map/projection.ts';

const fixture = loadDataset('tests/fixtures/processed-sample');
const profile = regionProfile(fixture, '18.09')!;
const trend = renderTrendChart({
  id: 'trend',
  name: profile.region.name,
  from: 2019,
  to: 2022,
  points: profile.points,
  provinceMedians: profile.provinceMedians,
  nationalMedians: profile.nationalMedians,
});
const complaints = renderComplaintsChart({ id: 'complaints', name: profile.region.name, rows: profile.complaints });
const frame = {
  svg: trend,
  title: 'Skor kepatuhan Kabupaten Pesawaran, 2019–2022',
  source: sourceLine('id', { demo: true }),
  notice: shareText('id').demoNotice,
  legend: trendLegend(profile.region.name, 'id', {
    region: true,
    provinceMedian: true,
    nationalMedian: true,
    unpublished: false,
    gradeOnly: false,
    gap: true,
    opinionFrom: null,
    schemeChange: 2022,
  }),
};

/**
 * The framed SVG drawn at `scale` by sharp (librsvg) — what the browser draws at the click of
 * "PNG" (src/scripts/png-download.ts) — to check that the download is a standalone picture of
 * the stated size; sharp's cache is the one the share images use.
 */
function chartPng(input: FrameInput, options: { scale?: number; cacheDir?: string } = {}) {
  return rasterize(frameSvg(input, options.scale ?? 2).svg, { cacheDir: options.cacheDir ?? null });
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zp-png-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function decoded(png: Buffer) {
  const meta = await sharp(png).metadata();
  return { format: meta.format, width: meta.width, height: meta.height };
}

describe('framed chart downloads, drawn', () => {
  it('decodes as a PNG at 2× the framed size (chart width + frame)', async () => {
    const layout = frameSvg(frame, 1);
    expect(layout.width).toBe(720 + 40);
    expect(layout.height).toBeGreaterThan(340 + 100);
    const result = await chartPng(frame);
    expect(result).toMatchObject({ width: 2 * layout.width, height: 2 * layout.height, cached: false });
    expect(await decoded(result.png)).toEqual({ format: 'png', width: 1520, height: 2 * layout.height });
    expect(pngSize(result.png)).toEqual({ width: 1520, height: 2 * layout.height });
    expect(chartPngSize(frame)).toEqual({ width: result.width, height: result.height });
  });

  it('keeps narrow charts readable with a minimum frame width, and honours the scale', async () => {
    const result = await chartPng({ ...frame, svg: complaints, legend: complaintsLegend('en') }, { scale: 1 });
    expect(result.width).toBe(480);
    expect((await decoded(result.png)).width).toBe(480);
  });

  it('draws a province map at its own size (viewBox in map units ÷ UNITS_PER_PX), resolving the map’s page CSS', async () => {
    const geometry = provinceGeometry(loadTopology('province'), '18');
    const { svg } = renderMapSvg(geometry, {
      regions: [
        { code: '18.09', name: 'Kabupaten Pesawaran', href: '/daerah/18.09/', fill: 'hijau-a' },
        { code: '18.72', name: 'Kota Metro', href: '/daerah/18.72/', fill: 'none' },
      ],
      title: 'Peta Lampung',
      description: 'Uji',
      idPrefix: 'm',
    });
    const width = geometry.width / UNITS_PER_PX; // Lampung is tall: fitted to 640 px height, narrower than 800
    expect(parseSvgRoot(svg)).toMatchObject({ isMap: true, width, height: geometry.height / UNITS_PER_PX });
    const framed = chartSvg({ svg, title: 'Lampung, 2022', source: sourceLine('id', { demo: false, map: true }), legend: mapLegend('id', true) });
    expect(framed).toContain('.zone-hijau-a{fill:#136b5b}');
    expect(framed).not.toContain('var(');
    const result = await chartPng({ svg, title: 'Lampung, 2022', source: 'Sumber: uji' });
    expect(result.width).toBe(2 * Math.ceil(width + 40));
    expect((await decoded(result.png)).format).toBe('png');
  });

  it('escapes every text: a <script> title cannot break out of the SVG', async () => {
    const evil = '</text><script>alert(1)</script><text>"&\'';
    const input = { ...frame, title: evil, source: `Sumber: ${evil}`, notice: evil, legend: [{ kind: 'swatch' as const, label: evil, fills: ['#f00'] }] };
    const svg = chartSvg(input);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;text&gt;&quot;&amp;&#39;');
    const result = await chartPng(input);
    expect((await decoded(result.png)).format).toBe('png');
  });

  it('makes standalone SVG: no CSS variables left, in either theme', () => {
    for (const theme of ['light', 'dark'] as const) {
      const svg = chartSvg({ ...frame, theme });
      expect(svg).not.toMatch(/var\(/);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    }
    expect(chartSvg({ ...frame, theme: 'dark' })).toContain('fill="#16181d"');
  });

  it('is deterministic, and a cache hit returns identical bytes', async () => {
    const cacheDir = tempDir();
    const first = await chartPng(frame, { cacheDir });
    const second = await chartPng(frame, { cacheDir });
    const fresh = await chartPng(frame);
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(second.png.equals(first.png)).toBe(true);
    expect(fresh.png.equals(first.png)).toBe(true);
    expect(second).toMatchObject({ width: first.width, height: first.height });
    // Content-addressed: one file, named by the key of the composed SVG.
    const key = cacheKey(frameSvg(frame, 2).svg);
    expect(readdirSync(join(cacheDir, key.slice(0, 2)))).toEqual([`${key}.png`]);
  });

  it('a changed chart misses the cache', async () => {
    const cacheDir = tempDir();
    await chartPng(frame, { cacheDir });
    const other = await chartPng({ ...frame, title: 'Judul lain' }, { cacheDir });
    expect(other.cached).toBe(false);
  });

  it('shares one cache between builds (node_modules/.cache), unless ZP_PNG_CACHE_DIR names another', () => {
    const before = { png: process.env.ZP_PNG_CACHE_DIR, build: process.env.ZP_CACHE_DIR };
    try {
      delete process.env.ZP_PNG_CACHE_DIR;
      process.env.ZP_CACHE_DIR = '/tmp/zp-build-cache';
      expect(pngCacheDir()).toBe(join(process.cwd(), 'node_modules', '.cache', 'zona-pelayanan', 'png'));
      process.env.ZP_PNG_CACHE_DIR = '/tmp/zp-png-cache';
      expect(pngCacheDir()).toBe('/tmp/zp-png-cache');
    } finally {
      for (const [name, value] of [
        ['ZP_PNG_CACHE_DIR', before.png],
        ['ZP_CACHE_DIR', before.build],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('renders several at a time in order (mapLimit), same bytes as one by one', async () => {
    const inputs = [frame, { ...frame, title: 'Dua' }, { ...frame, title: 'Tiga' }];
    const together = await mapLimit(inputs, 2, (input) => chartPng(input));
    const alone = await chartPng(inputs[1]!);
    expect(together[1]!.png.equals(alone.png)).toBe(true);
    expect(await mapLimit([], 2, async () => 1)).toEqual([]);
    await expect(
      mapLimit([1, 2], 2, async (n) => {
        if (n === 2) throw new Error('boom');
        return n;
      }),
    ).rejects.toThrow('boom');
  });

  it('takes the chart’s own <title> when no title is given', () => {
    const own = svgTitle(trend);
    expect(own).toContain('Kabupaten Pesawaran');
    const svg = chartSvg({ svg: trend, ...frameText('id', { demo: true }) });
    expect(svg).toContain(`<title>${own}</title><rect`);
    expect(svg).toContain(shareText('id').demoNotice);
    expect(svgTitle('<svg><title id="x">A &amp; B &lt;c&gt; &#39;d&#39; &#x41;</title></svg>')).toBe("A & B <c> 'd' A");
    expect(svgTitle('<svg viewBox="0 0 1 1"></svg>')).toBe('');
    expect(frameText('en', { demo: false, map: true })).toEqual({ source: `${shareText('en').source} · ${shareText('en').sourceBoundaries}`, notice: null });
  });

  it('rejects markup that is not an SVG', () => {
    expect(() => chartSvg({ ...frame, svg: '<div>nope</div>' })).toThrow(/<svg/);
    expect(() => parseSvgRoot('<svg><g/></svg>')).toThrow(/viewBox/);
  });
});
