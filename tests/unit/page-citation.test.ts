/**
 * The citation and schema.org Dataset a region or province page sets up (src/lib/page-citation.ts):
 * the years and release of the cite box, and the Dataset with the page's CSVs and the `scores`
 * measures; none for demo data. The Dataset's own shape is tests/unit/structured-data.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { subjectYears } from '../../src/lib/citation.ts';
import { loadDataset } from '../../src/lib/model/load.ts';
import { provincePageCitation, regionPageCitation } from '../../src/lib/page-citation.ts';

const demo = loadDataset('tests/fixtures/processed-sample');
/** The same figures as real data (the fixture is marked demo). */
const real = { ...demo, manifest: { ...demo.manifest, demo: false } };
const region = demo.registry.regions.find((r) => r.code === '18.09')!;
const province = demo.registry.provinces.find((p) => p.code === '18')!;
const page = { locale: 'en' as const, site: 'https://zona.example.org', base: '/' };

type Node = { distribution?: Array<{ contentUrl: string; name: string; encodingFormat: string }>; variableMeasured?: unknown[] };

describe('regionPageCitation', () => {
  it('no Dataset and no release date for demo data, but the years of the cite box', () => {
    const c = regionPageCitation(demo, page, region, province);
    expect(c).toEqual({ release: null, years: subjectYears(demo.scores, { kind: 'region', region }), jsonLd: null });
  });
  it('a Dataset offering the trend CSV (named in the page’s language), with the score measures', () => {
    const c = regionPageCitation(real, page, region, province);
    const node = c.jsonLd as Node;
    expect(node.distribution).toEqual([
      expect.objectContaining({ contentUrl: 'https://zona.example.org/unduh/daerah/18.09/tren.csv', encodingFormat: 'text/csv' }),
    ]);
    expect(node.distribution![0]!.name).toContain(region.name);
    expect(node.variableMeasured?.length).toBeGreaterThan(0);
  });
});

describe('provincePageCitation', () => {
  it('a map CSV for each assessed year the province has figures in', () => {
    const c = provincePageCitation(real, page, province);
    expect(c.years.length).toBeGreaterThan(0);
    const urls = (c.jsonLd as Node).distribution!.map((d) => d.contentUrl);
    const years = urls.map((u) => Number(/\/(\d{4})\.csv$/.exec(u)![1]));
    expect(urls.every((u) => u.startsWith('https://zona.example.org/unduh/provinsi/lampung/'))).toBe(true);
    expect(years.every((y) => c.years.includes(y))).toBe(true);
    expect(years).toEqual([...years].sort());
  });
  it('none for demo data', () => {
    expect(provincePageCitation(demo, page, province).jsonLd).toBeNull();
  });
});
