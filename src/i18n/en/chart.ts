/** English UI text for the trend, complaints and mini charts of regions and provinces (src/lib/charts/). Part of `en` (src/i18n/en.ts); mirrors src/i18n/id/chart.ts. */
import type { Messages } from '../messages.ts';
import type { chart as idChart } from '../id/chart.ts';

export const chart: Messages<typeof idChart> = {
  yLabel: 'Score',
  trendTitle: 'Compliance score of {name}, {from}–{to}',
  trendDesc:
    'Line chart of the score by year, with each year’s zones in the background; years without a published figure are hatched; province and national medians where at least 5 scores exist; the new 2025 method in a column of its own. The same figures are in the table below.',
  legendRegion: 'Score of {name}',
  legendProvince: 'Province median',
  legendNational: 'National median',
  legendBands: 'Background: red, yellow and green (A and B) zones under each year’s scheme',
  legendNoAssessment: 'Grey column: no assessment',
  legendUnpublished: 'Hatched: no published figure',
  legendGradeOnly: 'Bar: only the zone/category was published, no score',
  legendOpinion: 'From {year}: new method, an opinion (not a zone); colour = opinion, not comparable with earlier years',
  schemeChange: 'Categories A–E from {year}',
  schemeChangeOther: 'New scheme from {year}',
  /** Narrow charts: two lines. */
  schemeChangeNarrow: 'Categories A–E\nfrom {year}',
  schemeChangeOtherNarrow: 'New scheme\nfrom {year}',
  noAssessment: 'no assessment',
  methodBreak: 'New method {year}',
  opinionShort: '{opinion}',
  opinionTip: '{year}: {grade} (new method, not comparable with zones)',
  opinionScoreTip: '{year}: {score}, {grade} (new method, not comparable with zones)',
  gradeOnlyTip: '{year}: {grade}, no score',
  unpublishedTip: '{year}: no published figure',
  pointTip: '{year}: {score} ({grade})',
  medianTip: '{label} {year}: {value}',
  complaintsTitle: 'Complaints about {name}, {from}–{to}',
  complaintsDesc: 'Bar chart: complaints received and resolved by year. The same figures are in the table below.',
  complaintsTip: '{year}: {received} received, {resolved} resolved',
  yCount: 'Complaints',
  miniLabel: 'Score trend for {name}: {summary}',
  miniNone: 'no published figure',
  /** Zones or categories printed without a score, in the mini chart's summary. */
  miniGradeOnly: 'no score: {grades}',
  miniGradeYear: '{grade} ({year})',
  miniRange: '{first} ({firstYear}) to {last} ({lastYear})',
  miniOpinion: '{year}: {grade} (new method)',
  miniOnce: '{score} ({year})',
};
