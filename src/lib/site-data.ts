/**
 * The data a build of the site shows, read in one place. The pages under src/pages/ call
 * siteData() (once per page, in the frontmatter or in getStaticPaths) and pass what they show
 * down as props: views get the SiteData, layouts the page shell, components the rows they draw.
 * Nothing else in src/ reads the processed-data folder or the release files (eslint.config.js forbids loadDataset
 * outside this module and siteData outside src/pages/), so a view or component is a function
 * of its props and a library function of its arguments.
 */
import { loadDataset, type Dataset } from './model/load.ts';
import { figuresIndex, type FiguresIndex } from './model/figures-index.ts';
import { siteReleases, type SiteReleases } from './releases/site.ts';
import { readReleases } from './releases/store.ts';
import type { Release } from './releases/types.ts';

/** What every page's shell (src/layouts/) shows of the data. */
export interface PageShell {
  /** Demo data: a banner on every page, `noindex`. */
  demo: boolean;
  /** Version of the region registry, in the footer. */
  registryVersion: string;
}

export interface SiteData {
  dataset: Dataset;
  /** The figures by region code, years, ranks and medians the region, ranking, province and comparison pages share (src/lib/model/figures-index.ts). */
  figuresIndex: FiguresIndex;
  /** The data releases (`data/releases/`) against the figures the build shows (/perubahan/, dates in citations). */
  releases: SiteReleases;
  shell: PageShell;
}

/** The page shell's facts of a dataset. */
export function pageShell(dataset: Pick<Dataset, 'manifest' | 'registry'>): PageShell {
  return { demo: dataset.manifest.demo, registryVersion: dataset.manifest.registry?.version ?? dataset.registry.source.version };
}

/** SiteData of a dataset and the releases (pure; siteData() memoises it per loaded dataset and release files). */
export function siteDataOf(dataset: Dataset, releases: readonly Release[] = []): SiteData {
  return { dataset, figuresIndex: figuresIndex(dataset), releases: siteReleases(dataset, releases), shell: pageShell(dataset) };
}

const memo = new WeakMap<Dataset, { releases: readonly Release[]; data: SiteData }>();

/**
 * The site's data: the processed dataset (env `ZP_DATA_DIR`, else `data/processed`; src/lib/model/load.ts
 * re-reads it when a file changes), the releases (env `ZP_RELEASES_DIR`, else `data/releases`;
 * src/lib/releases/store.ts re-reads them when a file changes) and what is built from them once per build.
 */
export function siteData(): SiteData {
  const dataset = loadDataset();
  const releases = readReleases();
  const hit = memo.get(dataset);
  if (hit && hit.releases === releases) return hit.data;
  const data = siteDataOf(dataset, releases);
  memo.set(dataset, { releases, data });
  return data;
}
