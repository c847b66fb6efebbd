/**
 * The whole site (`npm run test:full`): every province and kabupaten/kota of the registry has its
 * pages in both languages, and the lists name all of them — what the small site of `npm test`
 * (a few provinces) cannot show.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadDataset } from '../../src/lib/model/load.ts';
import { regionPath } from '../../src/lib/paths.ts';
import { listPages } from '../e2e/quality/site.ts';
import { sitePagePaths } from '../../src/lib/site-pages.ts';

const distDir = inject('distDir');
const dataset = loadDataset(inject('dataDir'));

describe('the whole site', () => {
  it('is built from the full registry: 38 provinces, 514 kabupaten/kota', () => {
    expect(dataset.registry.provinces).toHaveLength(38);
    expect(dataset.registry.regions).toHaveLength(514);
  });

  it('has a page per province and per kabupaten/kota in both languages', () => {
    const missing: string[] = [];
    for (const prefix of ['', 'en/']) {
      for (const p of dataset.registry.provinces)
        if (!existsSync(join(distDir, prefix, 'provinsi', p.slug, 'index.html'))) missing.push(`${prefix}provinsi/${p.slug}/`);
      for (const r of dataset.registry.regions)
        if (!existsSync(join(distDir, prefix, regionPath(r).slice(1), 'index.html'))) missing.push(`${prefix}${regionPath(r).slice(1)}`);
    }
    expect(missing).toEqual([]);
    // Every page the routes give (src/lib/site-pages.ts), no more.
    expect(listPages(distDir).length).toBe(sitePagePaths(dataset).length);
  });

  it('has a province map page of a year only when one of its kabupaten/kota has a figure that year (read from the pages)', () => {
    const yearPages = listPages(distDir).filter((p) => /^(en\/)?provinsi\/[a-z-]+\/\d{4}\/$/.test(p.path));
    expect(yearPages.length).toBeGreaterThan(100);
    const empty = yearPages.filter((p) => !/<table[^>]*region-table[^>]*>[\s\S]*?<tbody>\s*<tr/.test(readFileSync(join(distDir, p.file), 'utf8')));
    expect(empty.map((p) => p.path)).toEqual([]);
    // And none is missing: a year with a figure in the scores has its page.
    const expected = new Set(
      dataset.scores
        .filter((e) => e.level !== 'provinsi')
        .map((e) => `provinsi/${dataset.registry.provinces.find((p) => e.code.startsWith(`${p.code}.`))!.slug}/${e.year}/`),
    );
    expect(new Set(yearPages.filter((p) => !p.path.startsWith('en/')).map((p) => p.path))).toEqual(expected);
  });
});
