/**
 * The citation and schema.org Dataset a region or province page sets up (src/lib/page-citation.ts):
 * the years and release of the cite box, and the Dataset with the page's CSVs and the `scores`
 * measures; none for demo data. The Dataset's own shape is tests/unit/structured-data.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { subjectYears } from '../../src/lib/citation.ts';
import { loadDataset } from '../../src/lib/model/load.ts';
import { provinceMapYears } from '../../src/lib/model/queries.ts';
import { provincePageCitation, regionPageCitation } from '../../src/lib/page-citation.ts';
import { siteReleases } from '../../src/lib/releases/site.ts';
import { readReleases } from '../../src/lib/releases/store.ts';
import type { Dataset } from '../../src/lib/model/load.ts';

const demo = loadDataset('tests/fixtures/processed-sample');
/** The same figures as real data (the fixture is marked demo). */
const real = { ...demo, manifest: { ...demo.manifest, demo: false } };
const region = demo.registry.regions.find((r) => r.code === '18.09')!;
const province = demo.registry.provinces.find((p) => p.code === '18')!;
/** A dataset with the repository's releases, as src/lib/site-data.ts passes them. */
const withReleases = (dataset: Dataset) => ({ dataset, releases: siteReleases(dataset, readReleases()) });
const page = { locale: 'en' as const, site: 'https://zona.example.org', base: '/' };

type Node = { distribution?: Array<{ contentUrl: string; name: string; encodingFormat: string }>; variableMeasured?: unknown[] };

describe('regionPageCitation', () => {
  it('no Dataset and no release date for demo data, but the years of the cite box', () => {
    const c = regionPageCitation(withReleases(demo), page, region, province);
    expect(c).toEqual({ release: null, years: subjectYears(demo.scores, { kind: 'region', region }), jsonLd: null });
  });
  it('a Dataset offering the trend CSV (named in the page’s language), with the score measures', () => {
    const c = regionPageCitation(withReleases(real), page, region, province);
    const node = c.jsonLd as Node;
    expect(node.distribution).toEqual([
      expect.objectContaining({ contentUrl: 'https://zona.example.org/unduh/daerah/18.09/tren.csv', encodingFormat: 'text/csv' }),
    ]);
    expect(node.distribution![0]!.name).toContain(region.name);
    expect(node.variableMeasured?.length).toBeGreaterThan(0);
  });
});

describe('provincePageCitation', () => {
  it('one map CSV with every year the province map has, named with its years', () => {
    const c = provincePageCitation(withReleases(real), page, province);
    expect(c.years.length).toBeGreaterThan(0);
    const files = (c.jsonLd as Node).distribution!;
    expect(files.map((d) => d.contentUrl)).toEqual(['https://zona.example.org/unduh/provinsi/lampung/zona.csv']);
    const years = provinceMapYears(real, province.code);
    expect(JSON.stringify(files[0])).toContain(`${years[0]}–${years.at(-1)}`);
  });
  it('none for demo data', () => {
    expect(provincePageCitation(withReleases(demo), page, province).jsonLd).toBeNull();
  });
});
