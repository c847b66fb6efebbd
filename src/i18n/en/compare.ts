/** English UI text for the comparison page and its embed (/bandingkan/). Part of `en` (src/i18n/en.ts); mirrors src/i18n/id/compare.ts. */
import type { Messages } from '../messages.ts';
import type { compare as idCompare } from '../id/compare.ts';

export const compare: Messages<typeof idCompare> = {
  title: 'Compare regions',
  heading: 'Compare regencies and cities',
  intro:
    'Compare compliance score trends for up to {max} regencies and cities in one chart, with a table of changes by year. The regions you choose are kept in the page address (for example {example}), so you can share a comparison by its link.',
  /** `{rankings}` must come before `{list}`: the page splits the sentence around them to insert the two links. */
  noJs: 'This comparison needs JavaScript. Without it, see the {rankings} for every region on one page, or open each region’s page from the {list}.',
  rankingsLink: 'regency and city rankings',
  listLink: 'list of all regencies and cities',
  pick: 'Add a region',
  selected: 'Regions compared',
  remove: 'Remove {name}',
  empty: 'No regions chosen yet. Type a region’s name or code above.',
  full: 'You already have {max} regions: remove one to add another.',
  unknown: 'Unknown codes ignored: {codes}.',
  chartTitle: 'Compliance score by year',
  chartDesc: 'One line per region, each with its own line pattern and point shape; the background shows each year’s zones under that year’s scheme.',
  tableCaption: 'Scores and changes by year',
  year: 'Year',
  loadError: 'The comparison data could not be loaded.',
  share: 'Link to this comparison:',
};
