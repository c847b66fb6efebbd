import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/index.ts';
import {
  CHANGES_FEED_PATH,
  changesPath,
  COMPARE_DATA_PATH,
  COMPARE_EMBED_PATH,
  comparePath,
  dataFilePath,
  downloadFile,
  downloadFiles,
  intakeDownloadPath,
  intakeEmbedPath,
  isEmbedPath,
  mapYearDataPath,
  mapYearPath,
  mapCsvPath,
  nationalMapSvgPath,
  nationalMapEmbedPath,
  pageHref,
  PAGES,
  parseDownloadFile,
  provinceMapSvgPath,
  svgDownloadFiles,
  provinceMapEmbedPath,
  provincePath,
  provinceShareImagePath,
  provinceYearPath,
  rankingsYearPath,
  regionDownloadPath,
  regionEmbedPath,
  regionPath,
  regionShareImagePath,
  savedFileName,
  SEARCH_INDEX_PATH,
  SITEMAP_PATH,
} from '../../src/lib/paths.ts';
import { routePaths } from '../../src/lib/sitemap.ts';
import type { Province, Region } from '../../src/lib/types.ts';

const pesawaran = { code: '18.09', slug: 'kabupaten-pesawaran' };
const lampung = { slug: 'lampung' };

describe('page paths', () => {
  it('pages without parameters', () => {
    expect(PAGES).toEqual({
      home: '/',
      regions: '/daerah/',
      provinces: '/provinsi/',
      map: '/peta/',
      rankings: '/peringkat/',
      complaints: '/pengaduan/',
      compare: '/bandingkan/',
      data: '/data/',
      changes: '/perubahan/',
      methodology: '/metodologi/',
      about: '/tentang/',
    });
  });

  it('pages with parameters', () => {
    expect(regionPath(pesawaran)).toBe('/daerah/18.09-kabupaten-pesawaran/');
    expect(regionPath({ code: '18.72', slug: 'kota-metro' })).toBe('/daerah/18.72-kota-metro/');
    expect(provincePath(lampung)).toBe('/provinsi/lampung/');
    expect(provinceYearPath(lampung, 2024)).toBe('/provinsi/lampung/2024/');
    expect(provinceYearPath(lampung, '{year}')).toBe('/provinsi/lampung/{year}/');
    expect(mapYearPath(2019)).toBe('/peta/2019/');
    expect(rankingsYearPath(2023)).toBe('/peringkat/2023/');
    expect(comparePath()).toBe('/bandingkan/');
    expect(comparePath('18.09')).toBe('/bandingkan/?d=18.09');
    expect(comparePath('18.09,33.02')).toBe('/bandingkan/?d=18.09%2C33.02');
    expect(changesPath('r-2026-12-04')).toBe('/perubahan/#r-2026-12-04');
  });

  it('are without base and language: pageHref adds them', () => {
    expect(pageHref(regionPath(pesawaran), 'en', '/zona/')).toBe('/zona/en/daerah/18.09-kabupaten-pesawaran/');
    expect(pageHref(SEARCH_INDEX_PATH, 'en', '/')).toBe('/en/cari.json');
  });
});

describe('embed paths: /embed + the full page', () => {
  it('has one shape per embed', () => {
    expect(regionEmbedPath(pesawaran, 'tren')).toBe('/embed/daerah/18.09-kabupaten-pesawaran/tren/');
    expect(regionEmbedPath(pesawaran, 'pengaduan')).toBe('/embed/daerah/18.09-kabupaten-pesawaran/pengaduan/');
    expect(nationalMapEmbedPath(2024)).toBe('/embed/peta/2024/');
    expect(provinceMapEmbedPath(lampung, 2024)).toBe('/embed/provinsi/lampung/2024/');
    expect(intakeEmbedPath(null)).toBe('/embed/pengaduan/');
    expect(intakeEmbedPath(lampung)).toBe('/embed/provinsi/lampung/pengaduan/');
    expect(COMPARE_EMBED_PATH).toBe('/embed/bandingkan/');
  });
  it('isEmbedPath tells them from pages', () => {
    expect(isEmbedPath(regionEmbedPath(pesawaran, 'tren'))).toBe(true);
    expect(isEmbedPath(COMPARE_EMBED_PATH)).toBe(true);
    expect(isEmbedPath(regionPath(pesawaran))).toBe(false);
    expect(isEmbedPath('/embeddings/')).toBe(false);
  });
});

describe('download files', () => {
  it('a CSV is shared by both languages; an SVG is per language (`.en.svg`)', () => {
    expect(downloadFile('tren', 'csv', 'id')).toBe('tren.csv');
    expect(downloadFile('tren', 'csv', 'en')).toBe('tren.csv');
    expect(downloadFile('tren', 'svg', 'id')).toBe('tren.id.svg');
    expect(downloadFile('2024', 'svg', 'en')).toBe('2024.en.svg');
  });

  it('downloadFiles lists the CSV and an SVG per site language', () => {
    expect(downloadFiles('tren')).toEqual(['tren.csv', 'tren.id.svg', 'tren.en.svg']);
    expect(downloadFiles('x')).toEqual(['x.csv', ...LOCALES.map((l) => `x.${l}.svg`)]);
  });

  it('parseDownloadFile reads back every file of downloadFiles, and nothing else', () => {
    for (const file of downloadFiles('2024')) {
      const parsed = parseDownloadFile(file, '2024')!;
      expect(downloadFile('2024', parsed.format, parsed.locale)).toBe(file);
    }
    expect(parseDownloadFile('2024.csv', '2024')).toEqual({ format: 'csv', locale: 'id' });
    expect(parseDownloadFile('2024.en.svg', '2024')).toEqual({ format: 'svg', locale: 'en' });
    for (const other of ['2024.svg', '2024.en.csv', '2024.fr.svg', '2023.csv', '2024.png', 'x2024.csv'])
      expect(parseDownloadFile(other, '2024'), other).toBeNull();
  });

  it('has one path shape per download', () => {
    expect(regionDownloadPath(pesawaran, 'tren', 'csv', 'en')).toBe('/unduh/daerah/18.09/tren.csv');
    expect(regionDownloadPath(pesawaran, 'pengaduan', 'svg', 'en')).toBe('/unduh/daerah/18.09/pengaduan.en.svg');
    expect(nationalMapSvgPath(2024, 'id')).toBe('/unduh/peta/2024.id.svg');
    expect(provinceMapSvgPath(lampung, 2024, 'en')).toBe('/unduh/provinsi/lampung/2024.en.svg');
    // A map's CSV has every year: one per map, not per year.
    expect(mapCsvPath(null)).toBe('/unduh/peta/zona.csv');
    expect(mapCsvPath(lampung)).toBe('/unduh/provinsi/lampung/zona.csv');
    expect(svgDownloadFiles('2024')).toEqual(['2024.id.svg', '2024.en.svg']);
    expect(intakeDownloadPath(null, 'csv', 'en')).toBe('/unduh/pengaduan/nasional.csv');
    expect(intakeDownloadPath(null, 'svg', 'en')).toBe('/unduh/pengaduan/nasional.en.svg');
    expect(intakeDownloadPath(lampung, 'svg', 'id')).toBe('/unduh/provinsi/lampung/pengaduan.id.svg');
  });

  it('a saved file is named after its path', () => {
    expect(savedFileName('/unduh/daerah/18.09/tren.id.svg')).toBe('zona-pelayanan-daerah-18.09-tren.id.svg');
    expect(savedFileName('/unduh/peta/2024.csv')).toBe('zona-pelayanan-peta-2024.csv');
  });
});

describe('share images and data files', () => {
  it('has one path shape each', () => {
    expect(regionShareImagePath(pesawaran)).toBe('/og/daerah/18.09.png');
    expect(provinceShareImagePath(lampung)).toBe('/og/provinsi/lampung.png');
    expect(mapYearDataPath(2024)).toBe('/peta/2024.json');
    expect(mapYearDataPath('{year}')).toBe('/peta/{year}.json');
    expect(SEARCH_INDEX_PATH).toBe('/cari.json');
    expect(COMPARE_DATA_PATH).toBe('/bandingkan/data.json');
    expect(CHANGES_FEED_PATH).toBe('/perubahan/feed.xml');
    expect(dataFilePath('scores.csv')).toBe('/data/scores.csv');
    expect(dataFilePath('geo/kabupaten-kota.topojson')).toBe('/data/geo/kabupaten-kota.topojson');
    expect(SITEMAP_PATH).toBe('/sitemap.xml');
  });
});

type Params = Record<string, string | number | undefined>;
type Entry = { params: Params; props?: Record<string, unknown> };

/** An endpoint file's URL path for its parameters: `og/daerah/[file].ts` + `{ file: '18.09.png' }` → `/og/daerah/18.09.png`. */
function endpointPath(file: string, params: Params): string {
  return `/${file.replace(/\.ts$/, '').replace(/\[([^\]]+)\]/g, (_m, name: string) => String(params[name]))}`;
}

/** Two published intake totals (data/raw/pengaduan/pengaduan_2011-2025.csv lines 203, 623), so the intake routes have paths: processed-sample has none. */
const INTAKE_FIGURES = [
  {
    area: 'nasional',
    areaPrinted: 'Ombudsman Republik Indonesia',
    provinceCode: null,
    year: 2012,
    measure: 'laporan_diregistrasi',
    count: 2024,
    printed: '2.024',
    line: 203,
  },
  {
    area: 'prov-office',
    areaPrinted: 'Ombudsman RI Perwakilan Lampung',
    provinceCode: '18',
    year: 2020,
    measure: 'laporan_masyarakat',
    count: 147,
    printed: '147',
    line: 623,
  },
].map(({ line, ...f }) => ({
  ...f,
  codes: [],
  dimension: null,
  category: null,
  percent: false,
  approximate: false,
  source: { file: 'pengaduan/pengaduan_2011-2025.csv', line },
}));

describe('route parameters → paths: each page and file is where the links say (processed-sample + two intake figures)', () => {
  const saved = process.env.ZP_DATA_DIR;
  const dir = mkdtempSync(join(tmpdir(), 'zp-paths-'));
  beforeAll(() => {
    cpSync('tests/fixtures/processed-sample', dir, { recursive: true });
    writeFileSync(join(dir, 'complaint-figures.json'), JSON.stringify(INTAKE_FIGURES));
    process.env.ZP_DATA_DIR = dir;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.ZP_DATA_DIR;
    else process.env.ZP_DATA_DIR = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  /** Every static path of `entries`, filled into the page file's route, equals `path(props)`, for at least one entry. */
  function expectPages(file: string, entries: Entry[], path: (props: never) => string): void {
    expect(entries.length, file).toBeGreaterThan(0);
    for (const entry of entries) expect(routePaths(file, [entry.params]), file).toEqual([path(entry.props as never)]);
  }

  it('pages (src/lib/routes.ts)', async () => {
    const routes = await import('../../src/lib/routes.ts');
    const { loadDataset } = await import('../../src/lib/model/load.ts');
    const dataset = loadDataset();
    type P = { region: Region; province: Province; year: number; chart: 'tren' | 'pengaduan' };
    const pages: Array<[string, Entry[], (p: P) => string]> = [
      ['daerah/[region].astro', routes.regionPaths(dataset), (p) => regionPath(p.region)],
      ['provinsi/[slug].astro', routes.provincePaths(dataset), (p) => provincePath(p.province)],
      ['provinsi/[slug]/[year].astro', routes.provinceYearPaths(dataset), (p) => provinceYearPath(p.province, p.year)],
      ['peta/[year].astro', routes.yearPaths(dataset), (p) => mapYearPath(p.year)],
      ['peringkat/[year].astro', routes.yearPaths(dataset), (p) => rankingsYearPath(p.year)],
      ['embed/daerah/[region]/[chart].astro', routes.regionChartPaths(dataset), (p) => regionEmbedPath(p.region, p.chart)],
      ['embed/peta/[year].astro', routes.yearPaths(dataset), (p) => nationalMapEmbedPath(p.year)],
      ['embed/provinsi/[slug]/[year].astro', routes.provinceYearPaths(dataset), (p) => provinceMapEmbedPath(p.province, p.year)],
      ['embed/provinsi/[slug]/pengaduan.astro', routes.officeIntakePaths(dataset), (p) => intakeEmbedPath(p.province)],
    ];
    for (const [file, entries, path] of pages) {
      expectPages(file, entries, path);
      expectPages(`en/${file}`, entries, (p: P) => `/en${path(p)}`);
    }
    expect(routePaths('embed/pengaduan/index.astro', null)).toEqual([intakeEmbedPath(null)]);
    expect(routePaths('embed/bandingkan/index.astro', null)).toEqual([COMPARE_EMBED_PATH]);
    for (const page of Object.values(PAGES)) {
      const name = page === '/' ? 'index' : page.slice(1, -1);
      const file = [`${name}.astro`, `${name}/index.astro`].find((f) => existsSync(join('src', 'pages', f)));
      expect(file, page).toBeDefined();
      expect(routePaths(file!, null)).toEqual([page]);
    }
  });

  it('download files (src/pages/unduh/)', async () => {
    const region = (await import('../../src/pages/unduh/daerah/[code]/[file].ts')).getStaticPaths() as Entry[];
    const national = (await import('../../src/pages/unduh/peta/[file].ts')).getStaticPaths() as Entry[];
    const province = (await import('../../src/pages/unduh/provinsi/[slug]/[file].ts')).getStaticPaths() as Entry[];
    const intake = (await import('../../src/pages/unduh/pengaduan/[file].ts')).getStaticPaths() as Entry[];
    const links = (paths: (format: 'csv' | 'svg', locale: 'id' | 'en') => string) => [paths('csv', 'id'), paths('svg', 'id'), paths('svg', 'en')];
    const built = (file: string, entries: Entry[]) => entries.map((e) => endpointPath(file, e.params));

    const regionBuilt = built('unduh/daerah/[code]/[file].ts', region);
    const regionLinked = region.flatMap((e) => {
      const { region: r, chart } = e.props as { region: Region; chart: 'tren' | 'pengaduan' };
      return links((f, l) => regionDownloadPath(r, chart, f, l));
    });
    expect(regionBuilt.length).toBeGreaterThan(0);
    expect(new Set(regionBuilt)).toEqual(new Set(regionLinked));

    const nationalBuilt = built('unduh/peta/[file].ts', national);
    expect(nationalBuilt.length).toBeGreaterThan(0);
    const svgs = (path: (locale: 'id' | 'en') => string) => [path('id'), path('en')];
    expect(new Set(nationalBuilt)).toEqual(
      new Set(
        national.flatMap((e) => {
          const { year } = e.props as { year: number | null };
          return year === null ? [mapCsvPath(null)] : svgs((l) => nationalMapSvgPath(year, l));
        }),
      ),
    );
    expect(nationalBuilt.filter((p) => p.endsWith('.csv'))).toEqual([mapCsvPath(null)]);

    const provinceBuilt = built('unduh/provinsi/[slug]/[file].ts', province);
    const provinceLinked = province.flatMap((e) => {
      const { province: p, file } = e.props as { province: Province; file: { kind: 'map'; year: number } | { kind: 'map-csv' } | { kind: 'intake' } };
      if (file.kind === 'intake') return links((f, l) => intakeDownloadPath(p, f, l));
      return file.kind === 'map-csv' ? [mapCsvPath(p)] : svgs((l) => provinceMapSvgPath(p, file.year, l));
    });
    expect(new Set(provinceBuilt)).toEqual(new Set(provinceLinked));
    expect(provinceBuilt).toContain(mapCsvPath({ slug: 'lampung' }));

    expect(provinceBuilt).toContain(intakeDownloadPath({ slug: 'lampung' }, 'csv', 'id'));
    expect(built('unduh/pengaduan/[file].ts', intake)).toEqual(links((f, l) => intakeDownloadPath(null, f, l)));
  });

  it('share images (src/pages/og/) and the map data (src/pages/peta/[year].json.ts)', async () => {
    const regions = (await import('../../src/pages/og/daerah/[file].ts')).getStaticPaths() as Entry[];
    const provinces = (await import('../../src/pages/og/provinsi/[file].ts')).getStaticPaths() as Entry[];
    const years = (await import('../../src/pages/peta/[year].json.ts')).getStaticPaths() as Entry[];
    const { loadDataset } = await import('../../src/lib/model/load.ts');
    const dataset = loadDataset();
    expect(regions.map((e) => endpointPath('og/daerah/[file].ts', e.params))).toEqual(dataset.registry.regions.map(regionShareImagePath));
    expect(provinces.map((e) => endpointPath('og/provinsi/[file].ts', e.params))).toEqual(dataset.registry.provinces.map(provinceShareImagePath));
    const { yearPaths } = await import('../../src/lib/routes.ts');
    expect(years.map((e) => endpointPath('peta/[year].json.ts', e.params))).toEqual(yearPaths(dataset).map((p) => mapYearDataPath(p.props.year)));
    expect(years.length).toBeGreaterThan(0);
  });
});

describe('province maps of a year exist where the province has figures', () => {
  it('a province gets a year page (and embed and downloads) only in years one of its kabupaten/kota has a figure', async () => {
    const routes = await import('../../src/lib/routes.ts');
    const dataset = {
      registry: {
        provinces: [
          { code: '18', slug: 'lampung', name: 'Lampung' },
          { code: '19', slug: 'bangka', name: 'Bangka' },
        ],
        regions: [
          { code: '18.01', provinceCode: '18' },
          { code: '19.01', provinceCode: '19' },
        ],
      },
      // 2019 and 2021 are assessed years (Lampung); Bangka has a figure only in 2021, and its provincial government's own score in 2019 is no map.
      scores: [
        { code: '18.01', level: 'kabupaten', year: 2019, score: 71.2, zone: 'kuning' },
        { code: '18.01', level: 'kabupaten', year: 2021, score: null, zone: 'hijau' },
        { code: '19.01', level: 'kabupaten', year: 2021, score: 55, zone: 'kuning' },
        { code: '19', level: 'provinsi', year: 2019, score: 80, zone: 'hijau' },
      ],
    } as unknown as Parameters<typeof routes.provinceYearPaths>[0];
    expect(routes.provinceYearPaths(dataset).map((p) => `${p.params.slug}/${p.params.year}`)).toEqual(['lampung/2019', 'lampung/2021', 'bangka/2021']);
    // A province without any figure has no map year, hence no map CSV either.
    const without = { ...dataset, scores: (dataset.scores as unknown[]).filter((e) => !(e as { code: string }).code.startsWith('19')) } as typeof dataset;
    expect(routes.provinceYearPaths(without).map((p) => p.params.slug)).not.toContain('bangka');
    expect(routes.provinceMapCsvPaths(without).map((p) => p.params.slug)).toEqual(['lampung']);
    expect(routes.provinceMapCsvPaths(dataset).map((p) => p.params.slug)).toEqual(['lampung', 'bangka']);
  });
});

describe('region chart embeds follow the chart', () => {
  it('a trend embed exists only for a region with a published figure; a complaints embed only where the complaints chart has rows (not for breakdown-only entries)', async () => {
    const routes = await import('../../src/lib/routes.ts');
    const region = (code: string): Region => ({ code, slug: `r-${code}`, name: `Kabupaten ${code}` }) as Region;
    const entry = (code: string, received: number | null) => ({
      code,
      level: 'kabupaten' as const,
      year: 2023,
      received,
      resolved: null,
      breakdowns: { substance: [{ label: 'Agraria', count: 3 }] },
      source: { file: 'x.csv', line: 2 },
    });
    const dataset = {
      registry: { regions: [region('18.01'), region('18.02'), region('18.03')] },
      complaints: [entry('18.01', 12), entry('18.02', null)],
      // 18.02 has only a zone, 18.03 nothing at all; the provincial government's own score is not a region's.
      scores: [
        { code: '18.01', level: 'kabupaten', year: 2023, score: 71.2, zone: 'kuning' },
        { code: '18.02', level: 'kota', year: 2019, score: null, zone: 'hijau' },
        { code: '18', level: 'provinsi', year: 2023, score: 80, zone: 'hijau' },
      ],
    } as unknown as Parameters<typeof routes.regionChartPaths>[0];
    const charts = routes.regionChartPaths(dataset).map((p) => `${p.props.region.code} ${p.props.chart}`);
    expect(charts).toEqual(['18.01 tren', '18.01 pengaduan', '18.02 tren']);
  });
});
