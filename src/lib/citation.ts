/**
 * "Kutip / Cite": how a page of the site is cited (src/components/CiteBox.astro) — an APA-like
 * line and a BibTeX entry — and the data release date the citation (and the JSON-LD) carries.
 * Pure.
 *
 *   Zona Pelayanan. (2026). Kabupaten Pesawaran: kepatuhan standar pelayanan publik, 2017–2025
 *   [Kumpulan data; sumber: Ombudsman Republik Indonesia]. Data rilis 5 Maret 2026. https://…/daerah/18.09-kabupaten-pesawaran/
 *
 * Without a release date the year is "t.t." / "n.d." (APA's "no date") and the release sentence
 * is left out: no date is made up.
 */
import { formatDate } from './format.ts';
import { t, type Locale } from '../i18n/index.ts';
import type { Manifest, Province, Region, ScoreEntry } from './types.ts';

/** A recorded data release; `date` is `YYYY-MM-DD`. */
export interface DataRelease {
  date: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/**
 * The date of the data release the site shows (`YYYY-MM-DD`), or null when none is known.
 *
 * `npm run release` records releases under data/releases/; callers pass the
 * ones the build shows (shownReleases in src/lib/releases/site.ts: none when the build's figures
 * are newer than the latest release) and the newest date wins. The manifest holds no date on
 * purpose (ingest writes no wall-clock time, so builds are byte-identical): without a release,
 * null. Demo data is never released: null. Every caller (cite boxes, JSON-LD dateModified)
 * takes the date from here, as a prop.
 */
export function releaseDate(dataset: { manifest: Pick<Manifest, 'demo'> }, releases: readonly DataRelease[] = []): string | null {
  if (dataset.manifest.demo) return null;
  const dates = releases
    .map((r) => r.date)
    .filter(isIsoDate)
    .sort();
  return dates.at(-1) ?? null;
}

/** `[2017, 2019, 2025]` → `2017–2025`, `[2025]` → `2025`, `[]` → null. */
export function yearSpan(years: readonly number[]): string | null {
  if (years.length === 0) return null;
  const sorted = [...years].sort((a, b) => a - b);
  return sorted[0] === sorted.at(-1) ? String(sorted[0]) : `${sorted[0]}–${sorted.at(-1)}`;
}

/** What a page cites: the whole data (/data/), a kabupaten/kota, or a province. */
export type CiteSubject =
  | { kind: 'data' }
  | { kind: 'region'; region: Pick<Region, 'code' | 'name' | 'slug'> }
  | { kind: 'province'; province: Pick<Province, 'code' | 'name' | 'slug'> };

/** Years with a published value for the subject: the region's own; the province's government and its kabupaten/kota; all. */
export function subjectYears(scores: readonly Pick<ScoreEntry, 'code' | 'year'>[], subject: CiteSubject): number[] {
  const about = (code: string) =>
    subject.kind === 'data'
      ? true
      : subject.kind === 'region'
        ? code === subject.region.code
        : code === subject.province.code || code.startsWith(`${subject.province.code}.`);
  return [...new Set(scores.filter((e) => about(e.code)).map((e) => e.year))].sort((a, b) => a - b);
}

/** The subject's title in a language, with its years when there are any: `Kabupaten Pesawaran: kepatuhan standar pelayanan publik, 2017–2025`. */
export function subjectTitle(subject: CiteSubject, years: readonly number[], locale: Locale): string {
  const title =
    subject.kind === 'data'
      ? t('cite.title.data', undefined, locale)
      : subject.kind === 'region'
        ? t('cite.title.region', { name: subject.region.name }, locale)
        : t('cite.title.province', { name: subject.province.name }, locale);
  const span = yearSpan(years);
  return span ? `${title}, ${span}` : title;
}

/** A short key for BibTeX: `zonapelayanan-18.09`, `zonapelayanan-lampung`, `zonapelayanan-data`. */
export function citationKey(subject: CiteSubject): string {
  const id = subject.kind === 'data' ? 'data' : subject.kind === 'region' ? subject.region.code : subject.province.slug;
  return `zonapelayanan-${id.replace(/[^A-Za-z0-9.-]+/g, '-')}`;
}

export interface CitationInput {
  /** The title, as subjectTitle gives it. */
  title: string;
  /** The page's address: absolute with ZP_SITE, else its path (src/lib/site-url.ts#pageAddress). */
  url: string;
  /** The data release date (`releaseDate()`), or null. */
  date: string | null;
  locale: Locale;
  /** BibTeX key (citationKey). */
  key: string;
}

/** The APA-like citation line. */
export function citationText({ title, url, date, locale }: CitationInput): string {
  const author = t('site.name', undefined, locale);
  const year = date ? date.slice(0, 4) : t('cite.noDate', undefined, locale);
  const released = date ? ` ${t('cite.released', { date: formatDate(date, locale) }, locale)}` : '';
  return `${author}. (${year}). ${title} [${t('cite.kind', undefined, locale)}].${released} ${url}`;
}

const TEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '—': '---',
  '–': '--',
};

/** Text for a BibTeX field: its special characters escaped, dashes as TeX writes them. */
export function bibtexText(value: string): string {
  return value
    .replace(/[\\{}&%$#_~^—–]/g, (c) => TEX[c]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The BibTeX entry (`@misc`, biblatex- and natbib-friendly: `url` and the same URL in `howpublished`). */
export function citationBibtex({ title, url, date, locale, key }: CitationInput): string {
  const note = [t('cite.kind', undefined, locale), date ? t('cite.released', { date: formatDate(date, locale) }, locale).replace(/\.$/, '') : null]
    .filter((s): s is string => s !== null)
    .join('. ');
  const safeUrl = url.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c));
  const fields: Array<[string, string]> = [
    ['author', `{${bibtexText(t('site.name', undefined, locale))}}`],
    // Double braces keep the title's capitals (names) as written.
    ['title', `{${bibtexText(title)}}`],
    ...(date
      ? ([
          ['year', date.slice(0, 4)],
          ['date', date],
        ] as Array<[string, string]>)
      : []),
    ['note', bibtexText(note)],
    ['howpublished', `\\url{${safeUrl}}`],
    ['url', safeUrl],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n')}\n}\n`;
}
