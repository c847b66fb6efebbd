/**
 * schema.org `Dataset` JSON-LD for Google Dataset Search and other crawlers: the whole data on
 * /data/ (with one `DataDownload` per file the page offers), and a smaller Dataset on each
 * region and province page, `isPartOf` the /data/ one. Pure: the views pass the data, the
 * page's language, the site (ZP_SITE) and the base.
 *
 * - Names and descriptions are in the page's language (`alternateName`: the other language's
 *   name); both language versions of a page describe one dataset: the same `@id`, the
 *   Indonesian page's URL + `#dataset`.
 * - Creator: Ombudsman Republik Indonesia, whose assessment the figures are; publisher: Zona
 *   Pelayanan, which collected them from public pages (the description says it is not an
 *   official ORI dataset).
 * - Without ZP_SITE there is no absolute URL to give: `@id`, `url`, the distributions (whose
 *   `contentUrl` must be absolute) and the publisher's `url` are left out; the rest stays.
 * - Demo data gets no Dataset at all (callers check `manifest.demo`), nor does a region or
 *   province without a published figure.
 */
import { LOCALES, t, type Locale } from '../i18n/index.ts';
import { subjectTitle, subjectYears, yearSpan, type CiteSubject } from './citation.ts';
import { LICENSES } from './export/manifest.ts';
import type { Column, Table } from './export/table.ts';
import { pageHref, PAGES, provincePath, regionPath } from './paths.ts';
import { absoluteUrl, type Site } from './site-url.ts';
import type { Province, Region, ScoreEntry } from './types.ts';

export type JsonLd = Record<string, unknown>;

export interface JsonLdContext {
  locale: Locale;
  /** Astro.site: the origin from ZP_SITE, or undefined. */
  site: Site;
  /** The base path (import.meta.env.BASE_URL). */
  base: string;
  /** The data release date (src/lib/citation.ts#releaseDate), or null. */
  release: string | null;
}

/** A file the page offers: its path (without the base), a name, its media type and size. */
export interface DistributionFile {
  path: string;
  name: string;
  mediaType: string;
  bytes?: number;
}

export const ORI_ORGANIZATION = {
  '@type': 'Organization',
  name: 'Ombudsman Republik Indonesia',
  alternateName: 'Ombudsman RI',
  url: 'https://ombudsman.go.id',
} as const;

/** Score measures of the `scores` table, in the table's order. */
const SCORE_MEASURES = ['score', 'zone', 'category', 'opinion', 'quality', 'without_maladministration'] as const;

/** `variableMeasured`: the measure columns of the `scores` table (and the value of `complaint-figures`, when there). */
export function measuredVariables(tables: readonly Pick<Table, 'name' | 'columns'>[]): JsonLd[] {
  const columnsOf = (name: string): readonly Column[] => tables.find((table) => table.name === name)?.columns ?? [];
  const plain = (text: string) => text.replace(/`/g, '');
  const scores = columnsOf('scores')
    .filter((c) => (SCORE_MEASURES as readonly string[]).includes(c.name))
    .map((c): JsonLd => ({
      '@type': 'PropertyValue',
      name: c.name,
      description: plain(c.description),
      ...(c.name === 'score' ? { minValue: 0, maxValue: 100 } : {}),
    }));
  const complaint = columnsOf('complaint-figures').find((c) => c.name === 'value');
  return complaint ? [...scores, { '@type': 'PropertyValue', name: 'complaint-figures.value', description: plain(complaint.description) }] : scores;
}

/** `text/csv; charset=utf-8` → `text/csv`. */
function encodingFormat(mediaType: string): string {
  return mediaType.split(';')[0]!.trim();
}

/** A byte count as schema.org's contentSize text: `12.3 kB`, `1.2 MB`, `512 B`. */
export function contentSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  return bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

/** The page of a subject, without language or base: `/data/`, `/daerah/18.09-kabupaten-pesawaran/`, `/provinsi/lampung/`. */
export function subjectPath(subject: CiteSubject): string {
  if (subject.kind === 'data') return PAGES.data;
  if (subject.kind === 'region') return regionPath(subject.region);
  return provincePath(subject.province);
}

const country = (locale: Locale): JsonLd => ({ '@type': 'Country', name: t('cite.country', undefined, locale) });

function provincePlace(province: Pick<Province, 'name'>, locale: Locale): JsonLd {
  return { '@type': 'AdministrativeArea', name: t('province.heading', { name: province.name }, locale), containedInPlace: country(locale) };
}

function licences(withBoundaries: boolean): JsonLd[] {
  return [
    { '@type': 'CreativeWork', name: LICENSES.ori.name },
    { '@type': 'CreativeWork', name: LICENSES.registry.name, url: LICENSES.registry.url },
    ...(withBoundaries ? [{ '@type': 'CreativeWork', name: LICENSES.boundaries.name, url: 'https://spdx.org/licenses/MIT.html' }] : []),
  ];
}

/** The absolute URL of a page path in a language, or null without a site. */
function urlOf(ctx: JsonLdContext, path: string, locale: Locale = ctx.locale): string | null {
  return absoluteUrl(pageHref(path, locale, ctx.base), ctx.site);
}

/** The `@id` of a subject's Dataset: the Indonesian page + `#dataset` (the same from both languages), or null without a site. */
export function datasetId(ctx: Pick<JsonLdContext, 'site' | 'base'>, path: string): string | null {
  const url = absoluteUrl(pageHref(path, 'id', ctx.base), ctx.site);
  return url ? `${url}#dataset` : null;
}

function distribution(ctx: JsonLdContext, files: readonly DistributionFile[]): JsonLd[] {
  return files.flatMap((file) => {
    const contentUrl = absoluteUrl(pageHref(file.path, 'id', ctx.base), ctx.site);
    if (!contentUrl) return [];
    return [
      {
        '@type': 'DataDownload',
        name: file.name,
        encodingFormat: encodingFormat(file.mediaType),
        contentUrl,
        ...(file.bytes === undefined ? {} : { contentSize: contentSize(file.bytes) }),
      },
    ];
  });
}

interface Parts {
  subject: CiteSubject;
  years: readonly number[];
  description: string;
  spatialCoverage: JsonLd;
  variables: readonly JsonLd[];
  files: readonly DistributionFile[];
  extra?: JsonLd;
}

function datasetNode(ctx: JsonLdContext, parts: Parts): JsonLd | null {
  if (parts.years.length === 0) return null;
  const { locale } = ctx;
  const other = LOCALES.find((l) => l !== locale)!;
  const path = subjectPath(parts.subject);
  const id = datasetId(ctx, path);
  const url = urlOf(ctx, path);
  const home = urlOf(ctx, '/');
  const first = Math.min(...parts.years);
  const last = Math.max(...parts.years);
  const downloads = distribution(ctx, parts.files);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    ...(id ? { '@id': id } : {}),
    name: subjectTitle(parts.subject, parts.years, locale),
    alternateName: subjectTitle(parts.subject, parts.years, other),
    description: parts.description,
    ...(url ? { url } : {}),
    inLanguage: locale,
    keywords: t('cite.keywords', undefined, locale).split(/\s*,\s*/),
    creator: ORI_ORGANIZATION,
    publisher: { '@type': 'Organization', name: t('site.name', undefined, locale), ...(home ? { url: home } : {}) },
    license: licences(parts.subject.kind === 'data'),
    isAccessibleForFree: true,
    temporalCoverage: first === last ? String(first) : `${first}/${last}`,
    spatialCoverage: parts.spatialCoverage,
    measurementTechnique: t('cite.measurementTechnique', undefined, locale),
    ...(parts.variables.length ? { variableMeasured: parts.variables } : {}),
    ...(ctx.release ? { datePublished: ctx.release, dateModified: ctx.release } : {}),
    ...(downloads.length ? { distribution: downloads } : {}),
    ...parts.extra,
  };
}

/** The Dataset of /data/: every year, the whole of Indonesia, one DataDownload per file. */
export function dataDatasetJsonLd(
  ctx: JsonLdContext,
  input: { scores: readonly Pick<ScoreEntry, 'code' | 'year'>[]; files: readonly DistributionFile[]; variables: readonly JsonLd[] },
): JsonLd | null {
  const subject = { kind: 'data' } as const;
  const years = subjectYears(input.scores, subject);
  const span = yearSpan(years) ?? '';
  return datasetNode(ctx, {
    subject,
    years,
    description: t('cite.description.data', { years: span }, ctx.locale),
    spatialCoverage: country(ctx.locale),
    variables: input.variables,
    files: input.files,
  });
}

/** `isPartOf`: the /data/ Dataset, by `@id` and URL when the site is known, and by name. */
function partOf(ctx: JsonLdContext, scores: readonly Pick<ScoreEntry, 'code' | 'year'>[]): JsonLd {
  const id = datasetId(ctx, PAGES.data);
  const url = urlOf(ctx, PAGES.data);
  return {
    '@type': 'Dataset',
    ...(id ? { '@id': id } : {}),
    name: subjectTitle({ kind: 'data' }, subjectYears(scores, { kind: 'data' }), ctx.locale),
    ...(url ? { url } : {}),
  };
}

/** The Dataset of a kabupaten/kota page: its years, its place, the CSV of its trend chart. */
export function regionDatasetJsonLd(
  ctx: JsonLdContext,
  input: {
    region: Pick<Region, 'code' | 'slug' | 'name'>;
    province: Pick<Province, 'name'> | null;
    scores: readonly Pick<ScoreEntry, 'code' | 'year'>[];
    variables: readonly JsonLd[];
    files: readonly DistributionFile[];
  },
): JsonLd | null {
  const subject = { kind: 'region', region: input.region } as const;
  const years = subjectYears(input.scores, subject);
  const span = yearSpan(years) ?? '';
  return datasetNode(ctx, {
    subject,
    years,
    description: t('cite.description.region', { name: input.region.name, province: input.province?.name ?? '', years: span }, ctx.locale),
    spatialCoverage: {
      '@type': 'AdministrativeArea',
      name: input.region.name,
      identifier: input.region.code,
      containedInPlace: input.province ? provincePlace(input.province, ctx.locale) : country(ctx.locale),
    },
    variables: input.variables,
    files: input.files,
    extra: { isPartOf: partOf(ctx, input.scores) },
  });
}

/** The Dataset of a province page: its government's and its kabupaten/kota's years, the CSV of its map per year. */
export function provinceDatasetJsonLd(
  ctx: JsonLdContext,
  input: {
    province: Pick<Province, 'code' | 'slug' | 'name'>;
    scores: readonly Pick<ScoreEntry, 'code' | 'year'>[];
    variables: readonly JsonLd[];
    files: readonly DistributionFile[];
  },
): JsonLd | null {
  const subject = { kind: 'province', province: input.province } as const;
  const years = subjectYears(input.scores, subject);
  const span = yearSpan(years) ?? '';
  return datasetNode(ctx, {
    subject,
    years,
    description: t('cite.description.province', { name: input.province.name, years: span }, ctx.locale),
    spatialCoverage: { ...provincePlace(input.province, ctx.locale), identifier: input.province.code },
    variables: input.variables,
    files: input.files,
    extra: { isPartOf: partOf(ctx, input.scores) },
  });
}
