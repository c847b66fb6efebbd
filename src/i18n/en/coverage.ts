/** English UI text for what the published figures cover. Part of `en` (src/i18n/en.ts); mirrors src/i18n/id/coverage.ts. */
import type { Messages } from '../messages.ts';
import type { coverage as idCoverage } from '../id/coverage.ts';

export const coverage: Messages<typeof idCoverage> = {
  published: '{published} of {total} regencies and cities have a published figure for {year} ({scored} with a score).',
  publishedNone: 'No regency or city has a published figure for {year} yet.',
  ori: 'Ombudsman RI assessed {assessed} regencies and cities in {year}; figures for {published} of them were found.',
  oriAllBodies:
    'Ombudsman RI assessed {assessed} bodies in {year} (ministries, agencies and local governments together); it did not give the number of regencies and cities separately.',
  oriUnknown: 'How many regencies and cities Ombudsman RI assessed in {year} has not been found.',
  sample:
    '{year} uses a new method, the Ombudsman opinion (Ombudsman Regulation 61/2025), not zones, and is not comparable with earlier years. The assessment was a sample: Ombudsman RI assessed {provinsi} provinces, {kota} cities and {kabupaten} regencies; figures for {published} of those regencies and cities were found.',
  source: 'Source of Ombudsman RI’s count:',
  zonesCaption: 'Zones {year}: Ombudsman RI’s count and the figures found here',
  zonesWho: 'Count',
  zonesOri: 'Ombudsman RI, national',
  zonesFound: 'Found here',
  zonesNotPrinted: 'not given',
  zonesNote: 'Counts on the map and in the table cover only the figures found, not national totals.',
  zonesDash: '—: not given by Ombudsman RI.',
  province: {
    complete: 'All {total} regencies and cities in {name} Province have a published figure for {year}.',
    partial: '{published} of {total} regencies and cities in {name} Province have a published figure for {year}; the list is incomplete.',
    none: 'No regency or city in {name} Province has a published figure for {year} yet.',
    unpublished: 'No published figure for {year} ({count} of {total}):',
    byYearHeading: 'Completeness by year',
    byYearIntro: 'How many regencies and cities in {name} Province have a published figure, per assessment year. Choose a year for its map and table.',
    byYearCaption: 'Regencies and cities in {name} Province with a published figure, by year',
    year: 'Year',
    published: 'With a figure',
    scored: 'With a score',
    completeShort: 'complete',
    partialShort: 'incomplete',
    noneShort: 'no published figure',
    ofTotal: '{published} of {total}',
    rankingNoteNoMedian:
      'Rank within the province (all regencies and cities) and nationally by type, among those with a score only; equal scores share a rank. No province median: fewer than {min} scores.',
    rankingNoteOpinion:
      'Ombudsman opinion {year} (new method, not zones). Ranks among those with a score only; {year} scores are not comparable with earlier years.',
    government: 'Zone / opinion',
  },
  table: {
    captionOpinion: 'Scores and Ombudsman opinions of {count} regencies and cities, {year}',
    captionNoteOpinion: 'Sorted by Kemendagri region code. A new method from {year}, not zones: not compared with earlier years.',
    opinion: 'Opinion',
  },
  rankings: {
    intro:
      'Regencies and cities with a published figure for {year}, grouped by zone and sorted from the highest score. Those with only a zone and no score come at the end of their zone; those without a published figure are not in the table but listed below it. As Ombudsman RI does, regencies are ranked among regencies and cities among cities, among those with a score only ({kabupaten} regencies and {kota} cities); equal scores share a rank (1, 2, 2, 4).',
    introOpinion:
      'The Ombudsman opinion {year} for regencies and cities with a published figure, grouped by opinion level (a new method, not zones) and sorted from the highest score; those without a score come at the end of their group. Ranks among those with a score only ({kabupaten} regencies and {kota} cities). {year} scores are not comparable with earlier years.',
    caption: 'Regency and city rankings, {year}: {published} of {count} have a published figure',
    captionNoteOpinion:
      'Rank by type (regency or city) nationally and within the province, among those with a score only. A new method from {year}: not compared with earlier years.',
    rankNational: 'National rank',
    rankOf: '{rank} of {of}',
    opinion: 'Opinion',
    allOpinions: 'All opinions',
    noScore: 'no score',
    unpublishedHeading: 'No published figure for {year}',
    unpublishedText:
      '{count} of {total} regencies and cities have no published figure for {year} (score, zone or opinion), so they are not in the table and not ranked. Nothing is filled in: each region’s page shows the years that have one.',
    unpublishedSummary: 'List of the {count} regencies and cities without a figure, by province',
    unpublishedNoMatch: 'No regency or city without a figure matches the filters.',
    methodBreak:
      'No “most improved” or “fell a zone” lists for {year}: from {year} Ombudsman RI uses a new method (the Ombudsman opinion, not zones), so its results are not comparable with {previous}.',
  },
  homeRest: '{count} other regencies and cities have no published figure for {year}; all of them are on the {rankings}.',
  homeRankingsLink: 'rankings page',
};
