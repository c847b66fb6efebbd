import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderComplaintsChart } from '../../src/lib/charts/complaints.ts';
import { renderTrendChart } from '../../src/lib/charts/trend.ts';
import { IMAGE_CONCURRENCY, mapLimit } from '../../src/lib/images/batch.ts';
import { complaintsLegend, mapLegend, trendLegend } from '../../src/lib/images/legends.ts';
import { frameText } from '../../src/lib/images/labels.ts';
import { provinceCardInput, regionCardInput, renderOgCard } from '../../src/lib/images/og.ts';
import { chartPng, type FrameInput } from '../../src/lib/images/png.ts';
import { yearHasCategories } from '../../src/lib/map/data.ts';
import { loadTopology } from '../../src/lib/map/topology.ts';
import { mapView } from '../../src/lib/map/view.ts';
import { loadDataset } from '../../src/lib/model/load.ts';
import { regionProfile } from '../../src/lib/model/places.ts';
import type { BenchContext } from './context.ts';

/**
 * Build-time images (issue 6): Open Graph cards (1200×630) and chart PNGs (2×, framed)
 * for a sample of regions of the shipped demo data, without cache, one at a time as a
 * build makes them; then the same charts again through a warm disk cache. Reports ms
 * per image and the projected seconds for a whole build: 514 region + 38 province
 * cards, 2 charts per region, a national map per year and a province map per
 * province and year. Chart SVG rendering (Plot) is not counted: pages do it anyway.
 * `*Parallel` is the wall time per image when IMAGE_CONCURRENCY render at once.
 * `npm run bench -- og` runs it alone.
 */

const SAMPLE = 50;
const MAP_SAMPLE = 3;

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

async function timeEach<T>(items: readonly T[], fn: (item: T) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const start = performance.now();
    await fn(item);
    times.push(performance.now() - start);
  }
  return times;
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

export async function measure(ctx: BenchContext): Promise<Record<string, number>> {
  const dataDir = join(ctx.work, 'site-processed');
  if (!existsSync(join(dataDir, 'manifest.json'))) {
    ctx.log('og: ingesting the shipped data');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--out', dataDir, '--quiet'], { cwd: ctx.root, stdio: 'ignore' });
  }
  const dataset = loadDataset(dataDir);
  const regions = [...dataset.registry.regions].sort((a, b) => (a.code < b.code ? -1 : 1));
  const step = Math.max(1, Math.floor(regions.length / SAMPLE));
  const sample = regions.filter((_, i) => i % step === 0).slice(0, SAMPLE);
  const years = [...new Set(dataset.scores.map((e) => e.year))].sort((a, b) => a - b);
  const [from, to] = [years[0]!, years.at(-1)!];
  const demo = dataset.manifest.demo;

  // Chart SVGs first (not timed), the framed PNGs timed.
  const charts: FrameInput[] = sample.flatMap((region) => {
    const profile = regionProfile(dataset, region.code)!;
    const trend = renderTrendChart({ id: 'trend', name: region.name, from, to, points: profile.points, provinceMedians: profile.provinceMedians, nationalMedians: profile.nationalMedians });
    const complaints = renderComplaintsChart({ id: 'complaints', name: region.name, rows: profile.complaints.filter((c) => c.received !== null || c.resolved !== null) });
    // Titles come from the charts' own <title>, as on the site.
    return [
      { svg: trend, ...frameText('id', { demo }), legend: trendLegend(region.name, 'id') },
      { svg: complaints, ...frameText('id', { demo }), legend: complaintsLegend('id') },
    ];
  });
  const cards = sample.map((r) => regionCardInput(dataset, r.code, 'id')!);

  ctx.log(`og: ${cards.length} OG cards and ${charts.length} chart PNGs, no cache`);
  // Warm-up: fonts, librsvg and the first sharp pipeline are loaded once per build.
  await renderOgCard(cards[0]!);
  await chartPng(charts[0]!);
  const ogTimes = await timeEach(cards, (c) => renderOgCard(c));
  const provinceTimes = await timeEach(dataset.registry.provinces.slice(0, 5), (p) => renderOgCard(provinceCardInput(dataset, p.code, 'id')!));
  const chartTimes = await timeEach(charts, (c) => chartPng(c));
  ctx.log(`og: the same cards and charts ${IMAGE_CONCURRENCY} at a time (batch.ts)`);
  let start = performance.now();
  await mapLimit(cards, IMAGE_CONCURRENCY, (c) => renderOgCard(c));
  const ogParallelMs = (performance.now() - start) / cards.length;
  start = performance.now();
  await mapLimit(charts, IMAGE_CONCURRENCY, (c) => chartPng(c));
  const chartParallelMs = (performance.now() - start) / charts.length;

  ctx.log(`og: ${MAP_SAMPLE} national and ${MAP_SAMPLE} province map PNGs`);
  const view = (provinceCode: string | null) =>
    mapView({ data: dataset, year: to, provinceCode, topology: loadTopology(provinceCode ? 'province' : 'national'), regionHref: (r) => `/daerah/${r.code}/`, idPrefix: 'm' });
  const mapFrame = (svg: string): FrameInput => ({ svg, ...frameText('id', { demo, map: true }), legend: mapLegend('id', yearHasCategories(to)) });
  const national = mapFrame(view(null).svg);
  const provinces = dataset.registry.provinces.slice(0, MAP_SAMPLE).map((p) => mapFrame(view(p.code).svg));
  const nationalTimes = await timeEach(Array.from({ length: MAP_SAMPLE }, () => national), (m) => chartPng(m));
  const provinceMapTimes = await timeEach(provinces, (m) => chartPng(m));

  ctx.log('og: the same charts and cards through a warm disk cache');
  const cacheDir = join(ctx.work, 'png-cache');
  mkdirSync(cacheDir, { recursive: true });
  for (const c of charts) await chartPng(c, { cacheDir });
  for (const c of cards) await renderOgCard(c, { cacheDir });
  const cachedChartTimes = await timeEach(charts, (c) => chartPng(c, { cacheDir }));
  const cachedOgTimes = await timeEach(cards, (c) => renderOgCard(c, { cacheDir }));

  const counts = { cards: regions.length + dataset.registry.provinces.length, charts: 2 * regions.length, nationalMaps: years.length, provinceMaps: years.length * dataset.registry.provinces.length };
  const ogMs = mean([...ogTimes, ...provinceTimes]);
  const chartMs = mean(chartTimes);
  const nationalMs = mean(nationalTimes);
  const provinceMapMs = mean(provinceMapTimes);
  const uncached = (ogMs * counts.cards + chartMs * counts.charts + nationalMs * counts.nationalMaps + provinceMapMs * counts.provinceMaps) / 1000;
  const cached = (mean(cachedOgTimes) * counts.cards + mean(cachedChartTimes) * (counts.charts + counts.nationalMaps + counts.provinceMaps)) / 1000;
  ctx.log(
    `og: ${counts.cards} cards, ${counts.charts} charts, ${counts.nationalMaps} national and ${counts.provinceMaps} province maps per build: ` +
      `~${round(uncached)} s without cache, ~${round(cached)} s with a warm cache (excluding chart SVG rendering)`,
  );
  return {
    ogImageMs: round(ogMs),
    ogImageProjectedSeconds: round((ogMs * counts.cards) / 1000),
    ogImageCachedMs: round(mean(cachedOgTimes), 2),
    ogImageMsParallel: round(ogParallelMs),
    chartPngMs: round(chartMs),
    chartPngTrendMs: round(mean(chartTimes.filter((_, i) => i % 2 === 0))),
    chartPngComplaintsMs: round(mean(chartTimes.filter((_, i) => i % 2 === 1))),
    chartPngCachedMs: round(mean(cachedChartTimes), 2),
    chartPngMsParallel: round(chartParallelMs),
    chartPngProjectedSeconds: round((chartMs * counts.charts) / 1000),
    mapPngNationalMs: round(nationalMs),
    mapPngProvinceMs: round(provinceMapMs),
    imagesProjectedSeconds: round(uncached),
    imagesProjectedSecondsCached: round(cached),
  };
}
