/**
 * What a region or a province page cites and tells crawlers, set up in one place: the date of
 * the data release its figures are from (src/lib/citation.ts#releaseDate), the years they
 * cover (the cite box and the report card) and its schema.org Dataset
 * (src/lib/structured-data.ts; none for demo data), whose variables are the measure columns
 * of the `scores` table and whose files are the CSVs the page offers.
 */
import { t } from '../i18n/index.ts';
import { releaseDate, subjectYears, yearSpan } from './citation.ts';
import { sitePackage } from './data-package.ts';
import { mapCsvPath, regionDownloadPath } from './paths.ts';
import type { Dataset } from './model/load.ts';
import type { SiteData } from './site-data.ts';
import { provinceMapYears } from './model/queries.ts';
import { shownReleases } from './releases/site.ts';
import { measuredVariables, provinceDatasetJsonLd, regionDatasetJsonLd, type JsonLd, type JsonLdContext } from './structured-data.ts';
import type { Province, Region } from './types.ts';

export interface PageCitation {
  /** The data release date, or null (demo data, or figures newer than any release). */
  release: string | null;
  /** The years the page's figures cover. */
  years: number[];
  /** The page's schema.org Dataset, or null (demo data, or no published figure). */
  jsonLd: JsonLd | null;
}

/** Where the page is: its language, the site (Astro.site, from ZP_SITE) and the base path (import.meta.env.BASE_URL). */
export type PageContext = Omit<JsonLdContext, 'release'>;

function scoreVariables(dataset: Dataset): JsonLd[] {
  return measuredVariables(sitePackage(dataset).tables.filter((table) => table.name === 'scores'));
}

/** A kabupaten/kota page: its Dataset offers the CSV of its trend chart. */
export function regionPageCitation(
  { dataset, releases }: Pick<SiteData, 'dataset' | 'releases'>,
  page: PageContext,
  region: Region,
  province: Province | null,
): PageCitation {
  const release = releaseDate(dataset, shownReleases(releases));
  const years = subjectYears(dataset.scores, { kind: 'region', region });
  const jsonLd = dataset.manifest.demo
    ? null
    : regionDatasetJsonLd(
        { ...page, release },
        {
          region,
          province,
          scores: dataset.scores,
          variables: scoreVariables(dataset),
          files: [
            {
              path: regionDownloadPath(region, 'tren', 'csv', page.locale),
              name: t('cite.trendCsv', { name: region.name }, page.locale),
              mediaType: 'text/csv',
            },
          ],
        },
      );
  return { release, years, jsonLd };
}

/** A province page: its Dataset offers the CSV of its map (every year its kabupaten/kota have figures). */
export function provincePageCitation({ dataset, releases }: Pick<SiteData, 'dataset' | 'releases'>, page: PageContext, province: Province): PageCitation {
  const release = releaseDate(dataset, shownReleases(releases));
  const years = subjectYears(dataset.scores, { kind: 'province', province });
  const mapYears = provinceMapYears(dataset, province.code);
  const jsonLd = dataset.manifest.demo
    ? null
    : provinceDatasetJsonLd(
        { ...page, release },
        {
          province,
          scores: dataset.scores,
          variables: scoreVariables(dataset),
          // The CSV of its map, every year the map has (none when its kabupaten/kota have no figure yet).
          files:
            mapYears.length === 0
              ? []
              : [
                  {
                    path: mapCsvPath(province),
                    name: t('cite.mapCsv', { name: province.name, years: yearSpan(mapYears) ?? '' }, page.locale),
                    mediaType: 'text/csv',
                  },
                ],
        },
      );
  return { release, years, jsonLd };
}
