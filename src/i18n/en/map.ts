/** English UI text for maps (legend, year control, tooltips). Part of `en` (src/i18n/en.ts); mirrors src/i18n/id/map.ts. */
import type { Messages } from '../messages.ts';
import type { map as idMap } from '../id/map.ts';

export const map: Messages<typeof idMap> = {
  /** Map section on the home page and the national map pages. Must contain `{year}` (the heading is split around it). */
  heading: 'Map of compliance zones, {year}',
  headingProvince: 'Map of regencies and cities in {name} Province, {year}',
  /** `<title>` of the SVG (its accessible name). */
  svgTitle: 'Map of compliance zones of {count} regencies and cities in Indonesia, {year}',
  svgTitleProvince: 'Map of compliance zones of {count} regencies and cities in {name} Province, {year}',
  /** `<desc>` of the SVG, after the legend sentence. */
  svgDesc: '{sentence} Each region on the map links to its page; the full list is in the table.',
  /** /peta/ and /peta/<year>/ */
  pageTitle: 'Compliance zone map, {year}',
  pageHeading: 'Compliance zones of regencies and cities, {year}',
  pageIntro:
    'The colour of each regency and city shows its zone for compliance with public service standards in the {year} assessment by the Ombudsman of the Republic of Indonesia (Ombudsman RI). Regions that were not assessed are hatched.',
  legend: {
    heading: 'Key',
    merah: 'Merah (red)',
    kuning: 'Kuning (yellow)',
    hijau: 'Hijau (green)',
    'hijau-a': 'Hijau (green) · A',
    'hijau-b': 'Hijau (green) · B',
    none: 'Not assessed / no data',
    gap: 'Boundary not yet available',
    /** Small print after a label. */
    detail: {
      merah: 'low compliance',
      merahCategories: 'categories D–E, low/lowest quality',
      kuning: 'medium compliance',
      kuningCategories: 'category C, medium quality',
      hijau: 'high compliance',
      'hijau-a': 'highest quality, dark green',
      'hijau-b': 'high quality, light green',
      none: 'hatched',
      gap: 'not drawn on the map: {names}',
    },
    /** "2024: 61 red, 203 yellow, 250 green." */
    sentence: '{year}: {merah} red, {kuning} yellow, {hijau} green.',
    sentenceWithNone: '{year}: {merah} red, {kuning} yellow, {hijau} green; {none} not assessed.',
    listLabel: 'Number of regencies and cities by map colour, {year}',
  },
  years: {
    label: 'Year',
    navLabel: 'Assessment year shown on the map',
    /** Shown under the year list: why a year is missing. */
    note: 'There was no assessment in 2020.',
  },
  tooltip: {
    score: '{year} score',
    zone: 'Zone',
    /** Must end with `{year}`: the map script drops a trailing "—" when there is no previous year. */
    change: 'Change vs {year}',
    notAssessed: 'Not assessed in {year}',
    noScore: 'no score',
    noChange: 'nothing to compare with',
    open: 'Open region page',
    close: 'Close',
    loading: 'Loading data…',
    failed: 'The data for this year could not be loaded.',
  },
  skip: 'Skip the map',
  keyboardHint:
    'Keyboard: Tab moves into the map, the arrow keys move between regions, Enter opens a region’s page and Esc closes the details box.',
  touchHint: 'Tap a region to see its score. Each province’s map (listed below) shows more detail.',
  touchHintProvince: 'Tap a region to see its score.',
  provinces: {
    heading: 'Maps by province',
    intro: 'Each province’s map is more detailed and comes with a table of its regencies and cities.',
    countNote: 'Figures: number of regencies and cities.',
  },
  backToProvince: '{name} Province overview',
  /** Province page for one year: /provinsi/<slug>/<year>/ */
  provinceYearTitle: '{name} Province, {year}',
  provinceYearHeading: '{name} Province: compliance of regencies and cities, {year}',
  provinceYearIntro: '{count} regencies and cities in {name} Province in the {year} assessment.',
  /** In tables and legends, for a region the map cannot draw (src/lib/map/gaps.ts). */
  geometryGap: 'boundary not yet available',
};
