/**
 * All UI text in English, mirroring the Indonesian reference (src/i18n/id.ts):
 * same keys, same nesting, same `{placeholders}` (filled by `t(key, params)`,
 * src/i18n/index.ts). Numbers are formatted by the caller, never here.
 * Zone and grade names stay in Indonesian with the English in brackets
 * ("Merah (red)"); lower-case zone words in running text are plain English.
 */
import type { Messages } from './messages.ts';
import type { id } from './id.ts';
import { map } from './en/map.ts';
import { chart } from './en/chart.ts';
import { region } from './en/region.ts';
import { sources } from './en/sources.ts';
import { rankings } from './en/rankings.ts';
import { compare } from './en/compare.ts';
import { search } from './en/search.ts';
import { grade } from './en/grade.ts';
import { about } from './en/about.ts';
import { embed } from './en/embed.ts';
import { data } from './en/data.ts';
import { coverage } from './en/coverage.ts';
import { complaints } from './en/complaints.ts';
import { cite } from './en/cite.ts';
import { changes } from './en/changes.ts';

export const en: Messages<typeof id> = {
  /** Maps: src/i18n/en/map.ts */
  map,
  /** Charts of regions and provinces: src/i18n/en/chart.ts */
  chart,
  /** Region pages, their summary and the list of all kabupaten/kota: src/i18n/en/region.ts */
  region,
  /** Sources of a region's figures: src/i18n/en/sources.ts */
  sources,
  /** The rankings pages: src/i18n/en/rankings.ts */
  rankings,
  /** The comparison page: src/i18n/en/compare.ts */
  compare,
  /** The region search: src/i18n/en/search.ts */
  search,
  /** Grades in running text: src/i18n/en/grade.ts */
  grade,
  /** Methodology and about pages: src/i18n/en/about.ts */
  about,
  /** Embeds and the Sematkan/Unduh tools: src/i18n/en/embed.ts */
  embed,
  /** The data page: src/i18n/en/data.ts */
  data,
  /** What the published figures cover (maps, rankings, provinces): src/i18n/en/coverage.ts */
  coverage,
  /** Published complaint statistics: src/i18n/en/complaints.ts */
  complaints,
  /** The Kutip/Cite box, citations and Dataset descriptions: src/i18n/en/cite.ts */
  cite,
  /** Data releases, /perubahan/ and its feed: src/i18n/en/changes.ts */
  changes,
  site: {
    name: 'Zona Pelayanan',
    tagline: 'Compliance with public service standards, and complaints from the public, in 514 regencies and cities',
    description:
      'Compliance scores and zones for public service standards from the Ombudsman of the Republic of Indonesia, with statistics on complaints from the public, for every regency and city in 38 provinces.',
    titleSeparator: ' — ',
  },
  a11y: {
    skipToContent: 'Skip to main content',
    mainNav: 'Main navigation',
    tableScroll: 'Scroll the table sideways',
  },
  language: {
    /** The switch in the header links to the same page in the other language; its text is in that language. */
    switchText: 'Bahasa Indonesia',
  },
  nav: {
    home: 'Home',
    provinces: 'Provinces',
    rankings: 'Rankings',
    compare: 'Compare',
  },
  demo: {
    label: 'Sample data — not official Ombudsman RI results',
    explanation:
      'The figures on this site were made up for testing and preview and do not describe the performance of any local government; do not quote them.',
  },
  home: {
    heading: 'Public service compliance zones of regencies and cities',
    intro:
      'Zona Pelayanan shows the results of the Ombudsman of the Republic of Indonesia’s (Ombudsman RI) assessment of public services in regencies and cities, as published: a score from 0 to 100 and a zone — merah/red (low compliance), kuning/yellow (medium) or hijau/green (high) — up to 2024, and from 2025 the Ombudsman opinion, a new method. Ombudsman RI publishes no complete table: the figures here were collected from public web pages, each with its source, so many regencies and cities have no figure yet.',
    tableHeading: 'Regencies and cities with a published figure, {year}',
    noScores: 'There are no compliance scores to show yet.',
  },
  zone: {
    merah: 'Merah (red)',
    kuning: 'Kuning (yellow)',
    hijau: 'Hijau (green)',
    none: 'No published figure',
    /** A government-year without a published figure (not "not assessed": ORI may have assessed it). */
    notAssessed: 'no published figure',
    /** Tooltip of an opinion badge (2025–). */
    opinionTitle: 'Ombudsman opinion (new method since 2025, not a zone)',
    /** Predikat (grade) under the three-zone scheme. */
    grade: {
      merah: 'Kepatuhan rendah — low compliance',
      kuning: 'Kepatuhan sedang — medium compliance',
      hijau: 'Kepatuhan tinggi — high compliance',
    },
    /** Opini (opinion) per category under the 2022+ schemes. */
    category: {
      A: 'Kualitas tertinggi — highest quality',
      B: 'Kualitas tinggi — high quality',
      C: 'Kualitas sedang — medium quality',
      D: 'Kualitas rendah — low quality',
      E: 'Kualitas terendah — lowest quality',
    },
    /** "Hijau (green) · A" */
    withCategory: '{zone} · {category}',
    /** Accessible label: "Hijau (green) zone, category A (Kualitas tertinggi — highest quality)". Grade names read "Indonesian — English" so they nest in brackets without doubling them. */
    label: '{zone} zone',
    labelWithCategory: '{zone} zone, category {category} ({opini})',
  },
  table: {
    caption: 'Compliance scores and zones of {count} regencies and cities, {year}',
    captionNote: 'Sorted by Ministry of Home Affairs (Kemendagri) region code. Change is measured against the most recent earlier assessment.',
    region: 'Regency/city',
    province: 'Province',
    score: '{year} score',
    zone: 'Zone',
    change: 'Change vs {year}',
    changeNoPrevious: 'Change',
    /** Shown after a change measured against an older year than the column's: "(vs 2019)". */
    changeSince: '(vs {year})',
    noScore: 'no score',
    noChange: 'nothing to compare with',
  },
  province: {
    listTitle: 'Provinces',
    listHeading: 'Compliance by province',
    listIntro: 'Choose a province to see the score of its provincial government and of every regency and city in it.',
    listCaption: '{count} provinces: regencies and cities by zone, {year}',
    regions: 'Regencies and cities',
    heading: '{name} Province',
    intro: '{count} regencies and cities in {name} Province, and the assessment of the Provincial Government of {name} itself.',
    governmentHeading: 'Provincial Government of {name}',
    governmentNote: 'The provincial government is scored separately and is not included in the regency and city rankings.',
    governmentNone: 'There is no published figure yet for the Provincial Government of {name}.',
    governmentCaption: 'Scores and zones of the Provincial Government of {name} by year',
    year: 'Year',
    score: 'Score',
    tableHeading: 'Regencies and cities in {name} Province, {year}',
    /** The province page's ranking and small multiples (src/components/region/ProvinceRegions.astro). */
    multiplesHeading: 'Trends by regency and city',
    multiplesIntro:
      'One small chart per regency or city, {from}–{to}, on a 0–100 scale; the background of each year shows the zones under that year’s scheme. The figures are in the data table below.',
    multiplesTable: 'Trend data table',
    multiplesCaption: 'Scores of regencies and cities in {name} Province by year',
    rankingHeading: 'Rankings in {name} Province, {year}',
    rankingCaption: 'Rankings of {count} regencies and cities in {name} Province, {year}',
    rankingNote:
      'Ranks within the province (all regencies and cities together) and nationally by type; equal scores share a rank. Province median {median}; “well above/below” means more than one standard deviation from the median.',
    standing: 'Against the median',
    above: 'well above',
    below: 'well below',
    within: 'close to the median',
  },
  notFound: {
    title: 'Page not found',
    heading: 'Page not found',
    body: 'The address you opened does not exist on this site. The link may be mistyped, or the page may have moved.',
    back: 'Back to the home page',
  },
  footer: {
    sourcesHeading: 'Data sources',
    scores: 'Compliance scores:',
    scoresSource:
      'Ombudsman of the Republic of Indonesia (Penilaian Kepatuhan Standar Pelayanan Publik, the compliance assessment of public service standards)',
    regions: 'Region codes and names:',
    regionsSource: 'idn-area-data {version} (ODbL) — codes from Kepmendagri 300.2.2-2138/2025',
    boundaries: 'Boundaries:',
    boundariesSource: 'cahyadsn/wilayah_boundaries (© Cahya DSN, MIT)',
    disclaimer: 'Zona Pelayanan is an independent project and is not affiliated with the Ombudsman of the Republic of Indonesia.',
  },
};
