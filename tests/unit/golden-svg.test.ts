/**
 * Golden pictures, as Observable Plot and Framework test theirs: every SVG the site draws,
 * rendered from the small hand-made fixture (tests/fixtures/processed-sample: 2 provinces,
 * 4 kabupaten/kota, 2019–2022, demo data) and the shipped geometry (data/geo), compared byte
 * for byte with a file under tests/unit/__snapshots__/. A change to any drawing shows up as a
 * diff of the .svg in review; open the file in a browser to see the picture (the map files are
 * the inline page SVG, styled by the page's CSS: they show in black without it; their framed
 * download, download-map-*.svg, is the standalone picture).
 *
 * The inputs are what the pages pass (src/components/map/ZoneMap.astro, region/TrendSection,
 * region/ComplaintsSection, region/ProvinceSmallMultiples, src/lib/share-images.ts,
 * src/lib/download-files.ts), composed here from the same library calls so that this test
 * needs no site build and no ambient dataset. (Checked once: every download-*.svg file
 * is byte-identical to what download-files.ts serves for the same data.) The intake chart's
 * golden is __snapshots__/intake-national.svg (charts-intake.test.ts): the fixture has no
 * complaint figures. Everything is deterministic: no dates, no random ids, numbers formatted
 * for an explicit locale (checked by running under TZ=Pacific/Kiritimati LC_ALL=de_DE.UTF-8).
 *
 * Updating: after an intended change, `npx vitest run --project unit tests/unit/golden-svg.test.ts -u`
 * rewrites the files; look at the diff (and the picture) before committing it.
 *
 * Missing files: outside CI a missing snapshot is written on the first run (and the test
 * passes). With the environment variable `CI=true` (set by CI services; .ci/run relies on
 * it and does not set it itself) vitest runs in `--ci` mode: it writes nothing and FAILS on a
 * missing snapshot ("Snapshot `…` mismatched"), so a golden that was never committed cannot
 * pass in CI. Checked by hand once: a deleted file fails under CI=true and is written back,
 * byte-identical, without it.
 */
import { describe, expect, it } from 'vitest';
import { renderComplaintsChart } from '../../src/lib/charts/complaints.ts';
import { renderMiniChart } from '../../src/lib/charts/mini.ts';
import { renderTrendChart, type TrendChartInput } from '../../src/lib/charts/trend.ts';
import { translator, type Locale } from '../../src/i18n/index.ts';
import { frameText } from '../../src/lib/images/labels.ts';
import { complaintsLegend, mapLegend, trendLegend } from '../../src/lib/images/legends.ts';
import { trendKey } from '../../src/lib/charts/trend-key.ts';
import { ogCardSvg } from '../../src/lib/images/og.ts';
import { provinceCardInput, regionCardInput } from '../../src/lib/images/og-input.ts';
import { chartSvg } from '../../src/lib/images/png.ts';
import { loadTopology } from '../../src/lib/map/topology.ts';
import { mapView } from '../../src/lib/map/view.ts';
import { loadDataset } from '../../src/lib/model/load.ts';
import { figuresIndex, regionProfile } from '../../src/lib/model/figures-index.ts';
import { regionPath } from '../../src/lib/paths.ts';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';
import type { Province } from '../../src/lib/types.ts';
import { OPINION_2025 } from './export-fixture.ts';

const fixture = loadDataset('tests/fixtures/processed-sample');
const index = figuresIndex(fixture);
const FROM = index.years[0]!;
const TO = index.years.at(-1)!;
const PESAWARAN = regionProfile(fixture, '18.09')!;
const LAMPUNG: Province = fixture.registry.provinces.find((p) => p.code === '18')!;
/** 2022: categories A–E, so the maps show hijau A, hijau B, kuning and "no published figure". */
const YEAR = 2022;

const golden = (name: string) => `__snapshots__/${name}.svg`;

/**
 * The maps draw every kabupaten/kota of the registry the site ships (idn-area-data, 514), with
 * the fixture's scores: with the fixture's own 4-region registry a map is a few specks and the
 * province borders, not a picture anyone would recognise as the page's map.
 */
const mapData = { ...fixture, registry: loadInstalledRegistry() };
/** The fixture plus Pesawaran's 2025 result (an opinion, no zone: export-fixture.ts), for the 2025 method's pictures. */
const with2025 = { ...fixture, scores: [...fixture.scores, OPINION_2025] };

/** `idPrefix`: 'zp-map' on a page (ZoneMap.astro's default), 'map' in a download (download-files.ts). */
function map(province: Province | null, locale: Locale = 'id', idPrefix = 'zp-map', year = YEAR, data = mapData, links = true) {
  return mapView({
    data,
    year,
    provinceCode: province?.code ?? null,
    topology: loadTopology(province ? 'province' : 'national'),
    regionHref: links ? (region) => regionPath(region) : null,
    idPrefix,
    locale,
  });
}

function trendInput(locale: Locale): Omit<TrendChartInput, 'id' | 'variant'> {
  const { region, points, provinceMedians, nationalMedians } = PESAWARAN;
  return { name: region.name, from: FROM, to: TO, points, provinceMedians, nationalMedians, locale };
}

describe("golden SVG: maps (2022, the fixture's scores on the shipped registry)", () => {
  it('national map', async () => {
    const view = map(null);
    expect(view.rows).toHaveLength(514);
    expect(view.rows.filter((r) => r.published).map((r) => r.region.code)).toEqual(['18.09', '35.14', '35.75']);
    await expect(view.svg).toMatchFileSnapshot(golden('map-national-2022'));
  });
  it('province map (Lampung)', async () => {
    await expect(map(LAMPUNG).svg).toMatchFileSnapshot(golden('map-province-lampung-2022'));
  });
});

describe('golden SVG: charts (Kabupaten Pesawaran)', () => {
  it('trend chart, wide and narrow', async () => {
    await expect(renderTrendChart({ ...trendInput('id'), id: 'trend-wide', variant: 'wide' })).toMatchFileSnapshot(golden('trend-pesawaran-wide'));
    await expect(renderTrendChart({ ...trendInput('id'), id: 'trend-narrow', variant: 'narrow' })).toMatchFileSnapshot(golden('trend-pesawaran-narrow'));
  });
  it('complaints chart', async () => {
    const rows = PESAWARAN.complaints.filter((r) => r.received !== null || r.resolved !== null);
    expect(rows).not.toHaveLength(0);
    const svg = renderComplaintsChart({ id: 'complaints-chart', name: PESAWARAN.region.name, rows, variant: 'wide', locale: 'id' });
    await expect(svg).toMatchFileSnapshot(golden('complaints-pesawaran'));
  });
  it('mini chart (province small multiples)', async () => {
    const svg = renderMiniChart({ id: 'mini-18-09', name: PESAWARAN.region.name, from: FROM, to: TO, points: PESAWARAN.points, locale: 'id' });
    await expect(svg).toMatchFileSnapshot(golden('mini-pesawaran'));
  });
});

describe('golden SVG: share cards (Open Graph, 1200×630)', () => {
  it('region card (Kabupaten Pesawaran)', async () => {
    await expect(ogCardSvg(regionCardInput(fixture, '18.09', 'id')!)).toMatchFileSnapshot(golden('share-card-region-pesawaran'));
  });
  it('region card in 2025 (an opinion: its own colour and words, its own column in the trend)', async () => {
    await expect(ogCardSvg(regionCardInput(with2025, '18.09', 'id')!)).toMatchFileSnapshot(golden('share-card-region-pesawaran-2025'));
  });
  it('province card (Lampung)', async () => {
    await expect(ogCardSvg(provinceCardInput(fixture, '18', 'id')!)).toMatchFileSnapshot(golden('share-card-province-lampung'));
  });
});

describe('golden SVG: framed downloads ("Unduh SVG"; the PNG is this drawn at 2×)', () => {
  const demo = fixture.manifest.demo;
  it('trend chart, Indonesian', async () => {
    const t = translator('id');
    const svg = chartSvg({
      svg: renderTrendChart({ ...trendInput('id'), id: 'trend', variant: 'wide' }),
      title: t('embed.trendTitle', { name: PESAWARAN.region.name }),
      legend: trendLegend(PESAWARAN.region.name, 'id', trendKey(trendInput('id'))),
      ...frameText('id', { demo }),
    });
    await expect(svg).toMatchFileSnapshot(golden('download-trend-pesawaran-id'));
  });
  it('complaints chart, English (narrow chart in the minimum frame width)', async () => {
    const t = translator('en');
    const rows = PESAWARAN.complaints.filter((r) => r.received !== null || r.resolved !== null);
    const svg = chartSvg({
      svg: renderComplaintsChart({ id: 'complaints', name: PESAWARAN.region.name, rows, variant: 'wide', locale: 'en' }),
      title: t('embed.complaintsTitle', { name: PESAWARAN.region.name }),
      legend: complaintsLegend('en'),
      ...frameText('en', { demo }),
    });
    await expect(svg).toMatchFileSnapshot(golden('download-complaints-pesawaran-en'));
  });
  it('province map (Lampung), English', async () => {
    const t = translator('en');
    // The download has no region links (a picture on its own links nowhere): regionHref null, as in download-files.ts.
    const view = map(LAMPUNG, 'en', 'map', YEAR, mapData, false);
    const svg = chartSvg({
      svg: view.svg,
      title: t('embed.provinceTitle', { name: LAMPUNG.name, year: YEAR }),
      legend: mapLegend('en', view.categories, view.opinions),
      ...frameText('en', { demo, map: true }),
    });
    expect(svg).not.toContain('href=');
    await expect(svg).toMatchFileSnapshot(golden('download-map-lampung-2022-en'));
  });
  it('province map (Lampung) in 2025, Indonesian: opinion levels instead of zones', async () => {
    const t = translator('id');
    const view = map(LAMPUNG, 'id', 'map', 2025, { ...with2025, registry: mapData.registry }, false);
    expect(view.opinions).toBe(true);
    const svg = chartSvg({
      svg: view.svg,
      title: t('embed.provinceTitle', { name: LAMPUNG.name, year: 2025 }),
      legend: mapLegend('id', view.categories, view.opinions),
      ...frameText('id', { demo, map: true }),
    });
    await expect(svg).toMatchFileSnapshot(golden('download-map-lampung-2025-id'));
  });
});
