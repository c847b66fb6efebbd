/** English UI text for the rankings pages (/peringkat/): table, filters, change lists. Part of `en` (src/i18n/en.ts); mirrors src/i18n/id/rankings.ts. */
import type { Messages } from '../messages.ts';
import type { rankings as idRankings } from '../id/rankings.ts';

export const rankings: Messages<typeof idRankings> = {
  title: 'Regency and city rankings {year}',
  heading: 'Regency and city rankings, {year}',
  /** Also shown as a visible label followed by ":". */
  yearNav: 'Choose a year',
  filtersHeading: 'Filter and sort',
  province: 'Province',
  allProvinces: 'All provinces',
  zone: 'Zone',
  allZones: 'All zones',
  kind: 'Type',
  allKinds: 'Regencies and cities',
  search: 'Search by name or code',
  reset: 'Reset',
  shown: 'Showing {shown} of {total} regencies and cities with a figure.',
  shownUnpublished: 'Matching without a figure, in the list below the table: {none}.',
  captionNote:
    'Ranks by type (regency or city), nationally and within the province, among those with a score only. Change is measured against the most recent earlier assessment.',
  rank: 'Rank',
  region: 'Regency/city',
  score: '{year} score',
  change: 'Change',
  provinceRank: 'Rank in province',
  tied: '(tied)',
  improvedHeading: 'Most improved, {year}',
  improvedIntro: 'Largest score increases since the {previous} assessment; only regions with a published score in both years.',
  improvedNone: 'No region’s score rose compared with {previous}.',
  fellHeading: 'Moved down a zone, {year}',
  fellIntro: 'Regions whose zone is lower than in the {previous} assessment; only regions with a published figure in both years.',
  fellNone: 'No region moved down a zone compared with {previous}.',
  fellCount: 'Regencies and cities that moved down a zone: {count}.',
  fellMore: 'Show {count} more',
  fromTo: '{from} → {to}',
  schemeNote:
    'Note: since {year} the Ombudsman has used categories A–E with different zone thresholds, so some zone changes between {previous} and {year} come from the new thresholds, not from a change in score.',
  noPrevious: 'There is no assessment before {year} to compare with.',
  listsHeading: 'Changes since {previous}',
};
