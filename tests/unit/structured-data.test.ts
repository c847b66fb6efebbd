import { describe, expect, it } from 'vitest';
import { scriptJson } from '../../src/lib/escape.ts';
import { datasetTables } from '../../src/lib/export/datasets.ts';
import { loadDataset } from '../../src/lib/model/load.ts';
import {
  contentSize,
  dataDatasetJsonLd,
  datasetId,
  measuredVariables,
  provinceDatasetJsonLd,
  regionDatasetJsonLd,
  type JsonLd,
  type JsonLdContext,
} from '../../src/lib/structured-data.ts';

const dataset = loadDataset('tests/fixtures/processed-sample');
const tables = datasetTables(dataset);
const variables = measuredVariables(tables);
const scoreVariables = measuredVariables(tables.filter((t) => t.name === 'scores'));
const region = dataset.registry.regions.find((r) => r.code === '18.09')!;
const province = dataset.registry.provinces.find((p) => p.code === '18')!;
const FILES = [
  { path: '/data/zona-pelayanan-data.zip', name: 'zona-pelayanan-data.zip', mediaType: 'application/zip', bytes: 123_456 },
  { path: '/data/csv/scores.csv', name: 'csv/scores.csv', mediaType: 'text/csv; charset=utf-8', bytes: 2048 },
  { path: '/data/json/scores.json', name: 'json/scores.json', mediaType: 'application/json', bytes: 999 },
];

const ctx = (over: Partial<JsonLdContext> = {}): JsonLdContext => ({ locale: 'id', site: new URL('https://zona.example'), base: '/', release: null, ...over });

/** Through the page: serialised for the script element and parsed back, as a crawler reads it. */
function roundTrip(value: JsonLd | null): JsonLd {
  expect(value).not.toBeNull();
  const text = scriptJson(value);
  expect(text).not.toMatch(/[<>]/);
  return JSON.parse(text) as JsonLd;
}

/** Every string in a JSON value, with its key. */
function strings(value: unknown, key = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

const URL_KEYS = new Set(['@id', 'url', 'contentUrl']);
const ABSOLUTE = /^https:\/\/[a-z0-9.-]+(\/|$)/;

/** Google Dataset Search: required name and description (50–5000 characters), and the recommended fields this site gives. */
function expectGoogleDataset(d: JsonLd, withSite: boolean) {
  expect(d['@context']).toBe('https://schema.org');
  expect(d['@type']).toBe('Dataset');
  expect(typeof d.name).toBe('string');
  expect((d.name as string).length).toBeGreaterThan(10);
  expect(typeof d.alternateName).toBe('string');
  expect(typeof d.description).toBe('string');
  expect((d.description as string).length).toBeGreaterThanOrEqual(50);
  expect((d.description as string).length).toBeLessThanOrEqual(5000);
  expect(d.creator).toMatchObject({ '@type': 'Organization', name: 'Ombudsman Republik Indonesia', url: 'https://ombudsman.go.id' });
  expect(d.publisher).toMatchObject({ '@type': 'Organization', name: 'Zona Pelayanan' });
  expect(Array.isArray(d.license) && (d.license as unknown[]).length).toBeGreaterThan(0);
  for (const licence of d.license as JsonLd[]) expect(licence).toMatchObject({ '@type': 'CreativeWork', name: expect.any(String) });
  expect(d.isAccessibleForFree).toBe(true);
  expect(d.temporalCoverage).toMatch(/^\d{4}(\/\d{4})?$/);
  expect((d.spatialCoverage as JsonLd).name).toEqual(expect.any(String));
  expect(Array.isArray(d.keywords)).toBe(true);
  expect((d.variableMeasured as JsonLd[]).length).toBeGreaterThan(0);
  for (const v of d.variableMeasured as JsonLd[])
    expect(v).toMatchObject({ '@type': 'PropertyValue', name: expect.any(String), description: expect.any(String) });
  for (const [key, value] of strings(d)) {
    expect(value, key).not.toMatch(/localhost/);
    if (URL_KEYS.has(key)) expect(value, key).toMatch(ABSOLUTE);
  }
  if (withSite) {
    expect(d.url).toMatch(ABSOLUTE);
    expect(d['@id']).toMatch(/^https:\/\/.*#dataset$/);
  } else {
    for (const key of ['@id', 'url', 'distribution']) expect(d, key).not.toHaveProperty(key);
    expect(d.publisher).not.toHaveProperty('url');
  }
}

describe('/data/ Dataset', () => {
  it('has the fields Google Dataset Search reads, one DataDownload per file with absolute contentUrl', () => {
    const d = roundTrip(dataDatasetJsonLd(ctx({ base: '/zona/' }), { scores: dataset.scores, files: FILES, variables }));
    expectGoogleDataset(d, true);
    expect(d.url).toBe('https://zona.example/zona/data/');
    expect(d['@id']).toBe('https://zona.example/zona/data/#dataset');
    expect(d.temporalCoverage).toBe('2019/2022');
    expect(d.spatialCoverage).toEqual({ '@type': 'Country', name: 'Indonesia' });
    expect(d.inLanguage).toBe('id');
    expect(d.distribution).toEqual([
      {
        '@type': 'DataDownload',
        name: 'zona-pelayanan-data.zip',
        encodingFormat: 'application/zip',
        contentUrl: 'https://zona.example/zona/data/zona-pelayanan-data.zip',
        contentSize: '123.5 kB',
      },
      {
        '@type': 'DataDownload',
        name: 'csv/scores.csv',
        encodingFormat: 'text/csv',
        contentUrl: 'https://zona.example/zona/data/csv/scores.csv',
        contentSize: '2.0 kB',
      },
      {
        '@type': 'DataDownload',
        name: 'json/scores.json',
        encodingFormat: 'application/json',
        contentUrl: 'https://zona.example/zona/data/json/scores.json',
        contentSize: '999 B',
      },
    ]);
    expect((d.license as JsonLd[]).map((l) => l.url ?? null)).toEqual([
      null,
      'https://opendatacommons.org/licenses/odbl/1-0/',
      'https://spdx.org/licenses/MIT.html',
    ]);
    expect(d).not.toHaveProperty('datePublished');
  });

  it('both languages: the same @id, the description and name in the page language, the other name as alternateName', () => {
    const id = roundTrip(dataDatasetJsonLd(ctx(), { scores: dataset.scores, files: FILES, variables }));
    const en = roundTrip(dataDatasetJsonLd(ctx({ locale: 'en' }), { scores: dataset.scores, files: FILES, variables }));
    expectGoogleDataset(en, true);
    expect(en['@id']).toBe(id['@id']);
    expect(en.url).toBe('https://zona.example/en/data/');
    expect(en.inLanguage).toBe('en');
    expect(en.alternateName).toBe(id.name);
    expect(id.alternateName).toBe(en.name);
    expect(id.description).toMatch(/Bukan dataset resmi ORI/);
    expect(en.description).toMatch(/Not an official Ombudsman RI dataset/);
    expect(en.distribution).toEqual(id.distribution);
  });

  it('with a release date: datePublished and dateModified', () => {
    const d = roundTrip(dataDatasetJsonLd(ctx({ release: '2026-03-05' }), { scores: dataset.scores, files: FILES, variables }));
    expect(d.datePublished).toBe('2026-03-05');
    expect(d.dateModified).toBe('2026-03-05');
  });

  it('without ZP_SITE: no @id, url or distribution (they need absolute URLs), everything else', () => {
    const d = roundTrip(dataDatasetJsonLd(ctx({ site: undefined }), { scores: dataset.scores, files: FILES, variables }));
    expectGoogleDataset(d, false);
  });

  it('none for data without any figure', () => {
    expect(dataDatasetJsonLd(ctx(), { scores: [], files: FILES, variables })).toBeNull();
  });
});

describe('region and province Datasets', () => {
  const input = {
    region,
    province,
    scores: dataset.scores,
    variables: scoreVariables,
    files: [{ path: '/unduh/daerah/18.09/tren.csv', name: 'Tren (CSV)', mediaType: 'text/csv' }],
  };

  it('a region: its years and place, its trend CSV, isPartOf the /data/ Dataset', () => {
    const d = roundTrip(regionDatasetJsonLd(ctx(), input));
    expectGoogleDataset(d, true);
    expect(d.name).toBe('Kabupaten Pesawaran: kepatuhan standar pelayanan publik, 2019–2022');
    expect(d.url).toBe('https://zona.example/daerah/18.09-kabupaten-pesawaran/');
    expect(d.temporalCoverage).toBe('2019/2022');
    expect(d.spatialCoverage).toEqual({
      '@type': 'AdministrativeArea',
      name: 'Kabupaten Pesawaran',
      identifier: '18.09',
      containedInPlace: { '@type': 'AdministrativeArea', name: 'Provinsi Lampung', containedInPlace: { '@type': 'Country', name: 'Indonesia' } },
    });
    expect(d.distribution).toEqual([
      { '@type': 'DataDownload', name: 'Tren (CSV)', encodingFormat: 'text/csv', contentUrl: 'https://zona.example/unduh/daerah/18.09/tren.csv' },
    ]);
    const data = roundTrip(dataDatasetJsonLd(ctx(), { scores: dataset.scores, files: FILES, variables }));
    expect(d.isPartOf).toEqual({ '@type': 'Dataset', '@id': data['@id'], name: data.name, url: data.url });
    expect((d.variableMeasured as JsonLd[]).map((v) => v.name)).toEqual(['score', 'zone', 'category', 'opinion', 'quality', 'without_maladministration']);
  });

  it('the English region page describes the same dataset (one @id)', () => {
    const id = roundTrip(regionDatasetJsonLd(ctx(), input));
    const en = roundTrip(regionDatasetJsonLd(ctx({ locale: 'en' }), input));
    expect(en['@id']).toBe(id['@id']);
    expect(en['@id']).toBe(datasetId({ site: 'https://zona.example', base: '/' }, '/daerah/18.09-kabupaten-pesawaran/'));
    expect(en.url).toBe('https://zona.example/en/daerah/18.09-kabupaten-pesawaran/');
    expect((en.isPartOf as JsonLd)['@id']).toBe('https://zona.example/data/#dataset');
  });

  it('a province: its government and its kabupaten/kota', () => {
    const d = roundTrip(provinceDatasetJsonLd(ctx(), { province, scores: dataset.scores, variables: scoreVariables, files: [] }));
    expectGoogleDataset(d, true);
    expect(d.temporalCoverage).toBe('2019/2022');
    expect(d.url).toBe('https://zona.example/provinsi/lampung/');
    expect(d).not.toHaveProperty('distribution');
    expect((d.isPartOf as JsonLd)['@id']).toBe('https://zona.example/data/#dataset');
  });

  it('without ZP_SITE: isPartOf by name only, no URLs', () => {
    const d = roundTrip(regionDatasetJsonLd(ctx({ site: null }), input));
    expectGoogleDataset(d, false);
    expect(Object.keys(d.isPartOf as JsonLd)).toEqual(['@type', 'name']);
  });

  it('none for a region without a published figure', () => {
    expect(regionDatasetJsonLd(ctx(), { ...input, scores: dataset.scores.filter((s) => s.code !== '18.09') })).toBeNull();
  });
});

describe('scriptJson: data cannot break out of the script element', () => {
  it('escapes </script>, <!-- and line separators; JSON.parse gives the same value', () => {
    const hostile = { ...region, name: '</script><script>alert("x")</script> <!-- a & b \u2028\u2029 >' };
    const value = regionDatasetJsonLd(ctx(), { region: hostile, province, scores: dataset.scores, variables: scoreVariables, files: [] });
    const text = scriptJson(value);
    expect(text).not.toMatch(/<|>|&|\u2028|\u2029/);
    expect(text.toLowerCase()).not.toContain('</script');
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(value);
    expect((JSON.parse(text) as JsonLd).spatialCoverage).toMatchObject({ name: hostile.name });
  });
  it('refuses what is not JSON', () => {
    expect(() => scriptJson(undefined)).toThrow();
  });
});

describe('helpers', () => {
  it('contentSize', () => {
    expect(contentSize(0)).toBe('0 B');
    expect(contentSize(999)).toBe('999 B');
    expect(contentSize(1000)).toBe('1.0 kB');
    expect(contentSize(2_345_678)).toBe('2.3 MB');
  });
  it('measuredVariables: the score measures, then the complaint figure value when that table is there', () => {
    const names = variables.map((v) => v.name);
    expect(names.slice(0, 6)).toEqual(['score', 'zone', 'category', 'opinion', 'quality', 'without_maladministration']);
    expect(variables[0]).toMatchObject({ minValue: 0, maxValue: 100 });
    for (const v of variables) expect(v.description as string).not.toContain('`');
    expect(measuredVariables([])).toEqual([]);
  });
});
