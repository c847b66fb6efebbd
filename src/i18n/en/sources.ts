/** English UI text for the sources of a region's figures: links, agreeing and differing sources, what was printed, corrections. Part of `en` (src/i18n/en.ts); mirrors src/i18n/id/sources.ts. */
import type { Messages } from '../messages.ts';
import type { sources as idSources } from '../id/sources.ts';

export const sources: Messages<typeof idSources> = {
  source: 'Source',
  noValue: 'no value',
  noLink: 'a source without a link',
  noGrade: 'no grade printed',
  /** 2025–: a published score without an opinion printed beside it. */
  noOpinion: 'no opinion printed',
  unpublished: 'no published figure',
  mentioned: 'Named without a figure',
  alsoReported: 'Also reported by',
  differ: 'Sources differ',
  differHeading: 'Sources differ: which figure is shown',
  chosen: 'Shown: {source}, because {reason}.',
  reason: {
    value: 'it prints a value and the others do not',
    score: 'an exact score comes before a source that gives only a zone',
    ombudsman: 'Ombudsman RI’s own pages come first',
    wire: 'the Antara news agency comes before other outlets',
    link: 'a source with a link comes first',
    listedFirst: 'the sources rank equally and the first listed is used',
  },
  precedence:
    'When several sources cover the same year, the one shown is an exact score before a source giving only a zone, then Ombudsman RI’s own pages, then Antara, then other outlets; on a tie, the first listed.',
  rules: 'How a source is chosen (methodology)',
  printed: 'Printed: “{text}”',
  printedScore: 'Score as printed: “{text}”',
  printedRank: 'Rank as printed: {text}',
  quality: 'Service quality: {quality}',
  bandOfScore: 'Under the {year} cut-offs a score of {score} means {band}; the source printed {printed}.',
  conflict: 'The printed text contradicts itself; shown: {grade}.',
  newMethod: 'New method from {year} (Opini Ombudsman): not comparable with earlier zones.',
  valueColumn: 'Value read',
  printedColumn: 'Printed in the source',
  roleColumn: 'Status',
  role: {
    shown: 'shown',
    differs: 'differs',
    agrees: 'agrees',
    mention: 'named without a figure',
  },
  line: '{file}, line {line}',
  none: 'No source names {name} yet.',
  filesHeading: 'Raw data files (SHA-256)',
  correction: 'Report a correction',
  correctionIntro: 'Found a wrong figure, or a source that is missing?',
  issueTitle: 'Correction: {name} ({code})',
  issueBody:
    'Region: {name} ({code})\nPage: {url}\n\nYear:\nCorrect value (score, zone/category or opinion):\nSource link (the page that prints it):\nNotes:\n',
};
