import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';
import { renderMapSvg, nationalGeometry, provinceGeometry, HATCH_ID } from '../../src/lib/map/render.ts';
import { loadTopology } from '../../src/lib/map/topology.ts';
import { mapView, legendSentence } from '../../src/lib/map/view.ts';
import { mapYearData } from '../../src/lib/map/data.ts';
import { yearHasCategories, yearHasOpinions } from '../../src/lib/zones.ts';
import type { Region, ScoreEntry } from '../../src/lib/types.ts';

const registry = loadInstalledRegistry();
const national = loadTopology('national');
const detail = loadTopology('province');
const href = (r: Region) => `/daerah/${r.code}-${r.slug}/`;

function entry(code: string, year: number, score: number | null, zone: ScoreEntry['zone'], category: ScoreEntry['category'] = null): ScoreEntry {
  return { code, level: 'kabupaten', year, score, category, zone, scheme: 'test', source: { file: 't.csv', line: 1 } };
}

function opinionEntry(code: string, score: number | null, level: NonNullable<ScoreEntry['opinion']>['level'] | null): ScoreEntry {
  return {
    ...entry(code, 2025, score, null),
    scheme: 'opini-ombudsman-2025',
    ...(level ? { opinion: { level, quality: null, withoutMaladministration: false } } : {}),
  };
}

const NO_OPINIONS = { tertinggi: 0, tinggi: 0, sedang: 0, rendah: 0, unrated: 0 };

function parse(svg: string) {
  return parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
}

describe('renderMapSvg', () => {
  const geometry = provinceGeometry(detail, '34');

  it('writes one link per region with the name as <title>, the fill as class, and escapes every text', () => {
    const { svg, undrawn } = renderMapSvg(geometry, {
      regions: [
        { code: '34.01', name: 'Kulon <Progo> & "Co"', href: '/daerah/34.01-x/?a=1&b="2"', fill: 'hijau-a' },
        { code: '34.71', name: 'Kota Yogyakarta', href: '/daerah/34.71-kota-yogyakarta/', fill: 'none' },
      ],
      title: 'Peta <DIY>',
      description: 'Ringkasan & "kutipan"',
      idPrefix: 'm1',
      className: 'zp-map__svg',
    });
    expect(undrawn).toEqual([]);
    expect(svg).not.toMatch(/<Progo>|<DIY>|"Co"/);
    const doc = parse(svg);
    const links = [...doc.querySelectorAll('a[data-code]')];
    expect(links.map((a) => a.getAttribute('data-code'))).toEqual(['34.01', '34.71']);
    expect(links[0]!.querySelector('title')!.textContent).toBe('Kulon <Progo> & "Co"');
    expect(links[0]!.getAttribute('href')).toBe('/daerah/34.01-x/?a=1&b="2"');
    expect(links[0]!.getAttribute('class')).toBe('zone-hijau-a');
    expect(links[1]!.getAttribute('class')).toBe('zone-none');
    const root = doc.querySelector('svg')!;
    expect(root.getAttribute('aria-labelledby')).toBe('m1-title');
    expect(doc.getElementById('m1-title')!.textContent).toBe('Peta <DIY>');
    expect(doc.getElementById('m1-desc')!.textContent).toBe('Ringkasan & "kutipan"');
    expect(doc.getElementById(HATCH_ID)?.tagName.toLowerCase()).toBe('pattern');
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${geometry.width} ${geometry.height}`);
  });

  it('reports regions it has no geometry for instead of drawing nothing silently', () => {
    const { svg, undrawn } = renderMapSvg(geometry, {
      regions: [{ code: '95.99', name: 'X', href: '#', fill: 'merah' }],
      title: 't',
      description: 'd',
      idPrefix: 'm',
    });
    expect(undrawn).toEqual(['95.99']);
    expect(svg).not.toContain('95.99');
  });
});

describe('mapView', () => {
  const scores = [entry('34.01', 2024, 90, 'hijau', 'A'), entry('34.02', 2024, 60, 'kuning', 'C'), entry('34.71', 2023, 40, 'merah', 'D')];
  const data = { registry, scores };

  it('draws a province: its regions only, fills by zone, hatch for no published figure, counts in the legend', () => {
    const view = mapView({ data, year: 2024, provinceCode: '34', topology: detail, regionHref: href, idPrefix: 'p' });
    const doc = parse(view.svg);
    const fills = Object.fromEntries([...doc.querySelectorAll('a[data-code]')].map((a) => [a.getAttribute('data-code'), a.getAttribute('class')]));
    expect(Object.keys(fills)).toEqual(['34.01', '34.02', '34.03', '34.04', '34.71']);
    expect(fills).toMatchObject({ '34.01': 'zone-hijau-a', '34.02': 'zone-kuning', '34.71': 'zone-none' });
    expect(view.legend.counts).toEqual({ merah: 0, kuning: 1, hijau: 1, ...NO_OPINIONS, none: 3, gap: 0 });
    expect(view.sentence).toBe('2024, dari angka yang dipublikasikan: 0 merah, 1 kuning, 1 hijau; 3 belum ada angka.');
    expect(view.opinions).toBe(false);
    expect(doc.querySelector('title')!.textContent).toBe('Peta zona kepatuhan 5 kabupaten/kota di Provinsi Daerah Istimewa Yogyakarta, 2024');
    expect(doc.querySelector('desc')!.textContent).toContain(view.sentence);
    expect(view.gapRegions).toEqual([]);
  });

  it('draws all 514 regions nationally, with the province borders', () => {
    const view = mapView({ data, year: 2024, provinceCode: null, topology: national, regionHref: href, idPrefix: 'n' });
    const doc = parse(view.svg);
    expect(doc.querySelectorAll('a[data-code]')).toHaveLength(514);
    expect(doc.querySelectorAll('.zp-borders')).toHaveLength(1);
    expect(view.legend.counts.none).toBe(512);
  });

  it('leaves gap-list regions off the map and counts them in the legend', () => {
    const gaps = [{ code: '34.71', reason: 'test: pretend the source lacks Kota Yogyakarta' }];
    const view = mapView({ data, year: 2024, provinceCode: '34', topology: detail, regionHref: href, idPrefix: 'p', gaps });
    expect(parse(view.svg).querySelector('a[data-code="34.71"]')).toBeNull();
    expect(view.gapRegions.map((r) => r.code)).toEqual(['34.71']);
    expect(view.legend.items.find((i) => i.key === 'gap')).toEqual({ key: 'gap', count: 1, shown: true });
    expect(view.rows).toHaveLength(5);
  });

  it('fails the build for a registry region with no geometry that is not in the gap list', () => {
    const extra: Region = { code: '34.05', name: 'Kabupaten Baru', shortName: 'Baru', kind: 'kabupaten', provinceCode: '34', slug: 'kabupaten-baru' };
    const withSplit = { registry: { ...registry, regions: [...registry.regions, extra] }, scores };
    expect(() => mapView({ data: withSplit, year: 2024, provinceCode: '34', topology: detail, regionHref: href, idPrefix: 'p' })).toThrow(/34\.05.*gaps\.ts/);
    const gaps = [{ code: '34.05', reason: 'test: split after the boundary source' }];
    expect(mapView({ data: withSplit, year: 2024, provinceCode: '34', topology: detail, regionHref: href, idPrefix: 'p', gaps }).gapRegions).toEqual([extra]);
  });

  it('the legend sentence leaves out "belum ada angka" when every region has a figure', () => {
    expect(legendSentence(2024, { merah: 61, kuning: 203, hijau: 250, ...NO_OPINIONS, none: 0, gap: 0 })).toBe(
      '2024, dari angka yang dipublikasikan: 61 merah, 203 kuning, 250 hijau.',
    );
    expect(legendSentence(2024, { merah: 1, kuning: 2, hijau: 1000, ...NO_OPINIONS, none: 3, gap: 0 })).toBe(
      '2024, dari angka yang dipublikasikan: 1 merah, 2 kuning, 1.000 hijau; 3 belum ada angka.',
    );
    expect(legendSentence(2024, { merah: 1, kuning: 2, hijau: 3, ...NO_OPINIONS, none: 4, gap: 0 }, 'en')).toBe(
      '2024, of the published figures: 1 red, 2 yellow, 3 green; 4 without a published figure.',
    );
  });

  it('colours a 2025 map by opinion level, with the opinion legend, title and sentence (never zones)', () => {
    const opinionData = {
      registry,
      scores: [
        opinionEntry('34.01', 82, 'tertinggi'),
        opinionEntry('34.02', null, 'sedang'),
        opinionEntry('34.03', 57.3, null),
        entry('34.04', 2024, 90, 'hijau', 'A'),
      ],
    };
    const view = mapView({ data: opinionData, year: 2025, provinceCode: '34', topology: detail, regionHref: href, idPrefix: 'o' });
    const doc = parse(view.svg);
    const fills = Object.fromEntries([...doc.querySelectorAll('a[data-code]')].map((a) => [a.getAttribute('data-code'), a.getAttribute('class')]));
    expect(fills).toEqual({
      '34.01': 'zone-opini-tertinggi',
      '34.02': 'zone-opini-sedang',
      '34.03': 'zone-unrated',
      '34.04': 'zone-none',
      '34.71': 'zone-none',
    });
    expect(view.opinions).toBe(true);
    expect(view.legend.items.filter((i) => i.shown).map((i) => [i.key, i.count])).toEqual([
      ['opini-tertinggi', 1],
      ['opini-tinggi', 0],
      ['opini-sedang', 1],
      ['opini-rendah', 0],
      ['unrated', 1],
      ['none', 2],
    ]);
    expect(view.sentence).toBe('2025, dari angka yang dipublikasikan: opini kualitas tertinggi 1, tinggi 0, sedang 1, rendah 0; 2 belum ada angka.');
    expect(doc.querySelector('title')!.textContent).toBe('Peta Opini Ombudsman 5 kabupaten/kota di Provinsi Daerah Istimewa Yogyakarta, 2025');
  });
});

describe('geometry cache', () => {
  it('reuses the projected geometry across years', () => {
    expect(nationalGeometry(national)).toBe(nationalGeometry(national));
    expect(provinceGeometry(detail, '34')).toBe(provinceGeometry(detail, '34'));
  });
});

describe('mapYearData (/peta/<year>.json)', () => {
  const scores = [
    entry('34.01', 2019, 70, 'kuning'),
    entry('34.01', 2022, 90, 'hijau', 'A'),
    entry('34.02', 2022, null, 'kuning', 'C'),
    { ...entry('34', 2022, 50, 'kuning'), level: 'provinsi' as const },
  ];

  it('holds regions with a published figure only, with change against the last earlier assessment', () => {
    const data = mapYearData({ registry, scores }, 2022);
    expect(data).toEqual({
      year: 2022,
      method: 'categories',
      categories: true,
      regions: { '34.01': ['hijau', 'A', 90, 20, 2019, null], '34.02': ['kuning', 'C', null, null, null, null] },
    });
  });

  it('marks the years graded in categories and the opinion years', () => {
    expect(yearHasCategories(2021)).toBe(false);
    expect(yearHasCategories(2022)).toBe(true);
    expect(yearHasCategories(2025)).toBe(false);
    expect(yearHasCategories(2020)).toBe(false);
    expect(yearHasOpinions(2024)).toBe(false);
    expect(yearHasOpinions(2025)).toBe(true);
    expect(mapYearData({ registry, scores }, 2019).regions).toEqual({ '34.01': ['kuning', null, 70, null, null, null] });
  });

  it('carries the 2025 opinion level, a figure without one, and no comparison with 2024', () => {
    const data = mapYearData(
      {
        registry,
        scores: [
          entry('34.01', 2024, 90, 'hijau', 'A'),
          opinionEntry('34.01', 82, 'tinggi'),
          opinionEntry('34.02', null, 'rendah'),
          opinionEntry('34.03', 57.3, null),
        ],
      },
      2025,
    );
    expect(data).toEqual({
      year: 2025,
      method: 'opinion',
      categories: false,
      regions: {
        '34.01': [null, null, 82, null, null, 'tinggi'],
        '34.02': [null, null, null, null, null, 'rendah'],
        '34.03': [null, null, 57.3, null, null, null],
      },
    });
  });
});
