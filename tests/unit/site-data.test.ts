/**
 * The site's data in one place (src/lib/site-data.ts): what the page shell shows, the shared
 * indexes built once per dataset, and the one memoised read the pages share. Also the small
 * lookups pages now make before passing the result down (src/lib/releases/site.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadDataset, resolveDataDir } from '../../src/lib/model/load.ts';
import { figuresIndex } from '../../src/lib/model/figures-index.ts';
import { lastReleaseOf, siteReleases } from '../../src/lib/releases/site.ts';
import { readReleases } from '../../src/lib/releases/store.ts';
import type { ReleaseRecord } from '../../src/lib/releases/history.ts';
import { pageShell, siteData, siteDataOf } from '../../src/lib/site-data.ts';

const SAMPLE = 'tests/fixtures/processed-sample';

describe('pageShell: what every page shell shows of the data', () => {
  const dataset = loadDataset(SAMPLE);
  it('the demo flag and the registry version of the manifest', () => {
    const shell = pageShell(dataset);
    expect(shell.demo).toBe(dataset.manifest.demo);
    expect(shell.registryVersion).toBe(dataset.manifest.registry?.version ?? dataset.registry.source.version);
  });
  it('falls back to the registry file’s version when the manifest names none', () => {
    // Manifests written before the registry was recorded in them have no `registry`.
    const { registry: _, ...older } = dataset.manifest;
    const manifest = { ...older, demo: true } as typeof dataset.manifest;
    const registry = { ...dataset.registry, source: { ...dataset.registry.source, version: '9.9.9' } };
    expect(pageShell({ manifest, registry })).toEqual({ demo: true, registryVersion: '9.9.9' });
  });
});

describe('siteDataOf / siteData', () => {
  it('holds the dataset with its figures index, releases and shell', () => {
    const dataset = loadDataset(SAMPLE);
    const data = siteDataOf(dataset);
    expect(data.dataset).toBe(dataset);
    expect(data.figuresIndex).toBe(figuresIndex(dataset));
    expect(data.shell).toEqual(pageShell(dataset));
    expect(data.releases).toEqual(siteReleases(dataset, []));
  });
  it('reads ZP_DATA_DIR once and gives every page the same object', () => {
    const saved = process.env.ZP_DATA_DIR;
    process.env.ZP_DATA_DIR = SAMPLE;
    try {
      const first = siteData();
      expect(siteData()).toBe(first);
      expect(first.dataset).toBe(loadDataset(resolveDataDir(SAMPLE)));
      // The release files (data/releases, or ZP_RELEASES_DIR) are read here too, once.
      expect(first.releases).toEqual(siteReleases(first.dataset, readReleases()));
    } finally {
      if (saved === undefined) delete process.env.ZP_DATA_DIR;
      else process.env.ZP_DATA_DIR = saved;
    }
  });
});

describe('lastReleaseOf: the release a region page dates its figures by', () => {
  const record = { release: { id: 'r2' } } as unknown as ReleaseRecord;
  const releases = { lastChanged: new Map([['18.09', record]]), unreleasedCodes: new Set(['18.71']) };
  it('the newest release that changed the government', () => {
    expect(lastReleaseOf(releases, '18.09')).toBe(record);
  });
  it('none for a government no release changed, or whose shown figures are newer than the latest release', () => {
    expect(lastReleaseOf(releases, '18.01')).toBeUndefined();
    expect(lastReleaseOf({ ...releases, lastChanged: new Map([['18.71', record]]) }, '18.71')).toBeUndefined();
  });
});
