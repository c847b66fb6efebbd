/** English UI text for maps (legend, year control, tooltips). Part of `en` (src/i18n/en.ts); mirrors src/i18n/id/map.ts. */
import type { Messages } from '../messages.ts';
import type { map as idMap } from '../id/map.ts';

export const map: Messages<typeof idMap> = {
  /** Map section on the home page and the national map pages. Must contain `{year}` (the heading is split around it). */
  heading: 'Map of compliance zones, {year}',
  /** 2025–: opinions, not zones. Must contain `{year}`. */
  headingOpinion: 'Map of Ombudsman opinions, {year}',
  headingProvince: 'Map of regencies and cities in {name} Province, {year}',
  /** `<title>` of the SVG (its accessible name). */
  svgTitle: 'Map of compliance zones of {count} regencies and cities in Indonesia, {year}',
  svgTitleProvince: 'Map of compliance zones of {count} regencies and cities in {name} Province, {year}',
  svgTitleOpinion: 'Map of Ombudsman opinions on {count} regencies and cities in Indonesia, {year}',
  svgTitleProvinceOpinion: 'Map of Ombudsman opinions on {count} regencies and cities in {name} Province, {year}',
  /** `<desc>` of the SVG, after the legend sentence. */
  svgDesc: '{sentence} Each region on the map links to its page; the full list is in the table.',
  /** /peta/ and /peta/<year>/ */
  pageTitle: 'Compliance zone map, {year}',
  pageHeading: 'Compliance zones of regencies and cities, {year}',
  pageIntro:
    'The colour of each regency and city shows its zone for compliance with public service standards in the {year} assessment by the Ombudsman of the Republic of Indonesia (Ombudsman RI), as published. Regions without a published figure are hatched.',
  pageTitleOpinion: 'Ombudsman opinion map, {year}',
  pageHeadingOpinion: 'Ombudsman opinions on regencies and cities, {year}',
  pageIntroOpinion:
    'From {year} the Ombudsman of the Republic of Indonesia (Ombudsman RI) no longer gives zones: the colour of each regency and city shows its Ombudsman opinion (a new method, not comparable with earlier years), as published. Regions without a published figure are hatched.',
  legend: {
    heading: 'Key',
    headingOpinion: 'Ombudsman opinion {year} — new method, not zones',
    merah: 'Merah (red)',
    kuning: 'Kuning (yellow)',
    hijau: 'Hijau (green)',
    'hijau-a': 'Hijau (green) · A',
    'hijau-b': 'Hijau (green) · B',
    'opini-tertinggi': 'Highest quality',
    'opini-tinggi': 'High quality',
    'opini-sedang': 'Medium quality',
    'opini-rendah': 'Low quality',
    unrated: 'Figure without a zone or opinion',
    none: 'No published figure',
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
      'opini-tertinggi': 'Kualitas Tertinggi, category Sangat Baik (very good)',
      'opini-tinggi': 'Kualitas Tinggi, category Baik (good)',
      'opini-sedang': 'Kualitas Sedang, category Cukup (fair)',
      'opini-rendah': 'Kualitas Rendah, category Kurang (poor)',
      unrated: 'a score published without a zone or opinion; plain grey',
      none: 'hatched; does not mean “not assessed”',
      gap: 'not drawn on the map: {names}',
    },
    /** "2024: 61 red, 203 yellow, 250 green." */
    sentence: '{year}, of the published figures: {merah} red, {kuning} yellow, {hijau} green.',
    sentenceWithNone: '{year}, of the published figures: {merah} red, {kuning} yellow, {hijau} green; {none} without a published figure.',
    sentenceOpinion:
      '{year}, of the published figures: opinion of highest quality {tertinggi}, high {tinggi}, medium {sedang}, low {rendah}; {none} without a published figure.',
    listLabel: 'Number of regencies and cities by map colour, {year}',
  },
  years: {
    label: 'Year',
    navLabel: 'Assessment year shown on the map',
    /** Shown under the year list: why a year is missing. */
    note: 'There was no assessment in 2020.',
    /** A year without a page for this map (no kabupaten/kota with a figure), after the year: `2015 (no figures)`. */
    noFigures: 'no figures',
    /** Shown under the year list when some years have no figure for this province. */
    noFiguresNote: 'Years without a link: no figure has been published for the regencies and cities of this province.',
  },
  tooltip: {
    score: '{year} score',
    zone: 'Zone',
    opinion: 'Opinion',
    /** Must end with `{year}`: the map script drops a trailing "—" when there is no previous year. */
    change: 'Change vs {year}',
    notAssessed: 'No published figure for {year}',
    unrated: 'no zone or opinion',
    noScore: 'no score',
    noChange: 'nothing to compare with',
    open: 'Open region page',
    close: 'Close',
    loading: 'Loading data…',
    failed: 'The data for this year could not be loaded.',
  },
  skip: 'Skip the map',
  keyboardHint: 'Keyboard: Tab moves into the map, the arrow keys move between regions, Enter opens a region’s page and Esc closes the details box.',
  touchHint: 'Tap a region to see its score. Each province’s map (listed below) shows more detail.',
  touchHintProvince: 'Tap a region to see its score.',
  provinces: {
    heading: 'Maps by province',
    intro: 'Each province’s map is more detailed and comes with a table of its regencies and cities.',
    countNote: 'Figures: regencies and cities with a published figure for {year}, of all regencies and cities in the province.',
    count: '{published}/{total}',
    countLabel: '{published} of {total} regencies and cities have a figure',
  },
  backToProvince: '{name} Province overview',
  /** Province page for one year: /provinsi/<slug>/<year>/ */
  provinceYearTitle: '{name} Province, {year}',
  provinceYearHeading: '{name} Province: compliance of regencies and cities, {year}',
  /** In tables and legends, for a region the map cannot draw (src/lib/map/gaps.ts). */
  geometryGap: 'boundary not yet available',
};
