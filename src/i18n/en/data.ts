/** English UI text for the data page (/en/data/). Part of `en` (src/i18n/en.ts); mirrors src/i18n/id/data.ts. */
import type { Messages } from '../messages.ts';
import type { data as idData } from '../id/data.ts';

export const data: Messages<typeof idData> = {
  nav: 'Data',
  title: 'Download the data',
  heading: 'Download the data',
  lede: 'All of this site’s processed data, as CSV and JSON, one file per table with every year — to re-analyse, check, or mirror elsewhere.',
  whatHeading: 'What these figures are',
  what: 'These figures are results of the Ombudsman of the Republic of Indonesia as printed in public pages (press releases, Ombudsman RI’s regional pages, local news), collected one by one with a link to each source. This is not an official Ombudsman RI dataset: Ombudsman RI publishes no table of its results. Coverage is partial; a missing row means that no published figure was found, not that the government was not assessed.',
  whatTables: 'How to read the tables',
  whatScores:
    'One row per government per year with a published figure — the value the site shows, the link to its source (source_url), the text exactly as printed, the number of sources, and sources_differ = yes when another source gives a different score, zone, letter or opinion ({differ} government-years).',
  whatReadings:
    'Every reading from every source, one row per source — role = shown for the one shown, role = alternative for the others, with differs = yes where they disagree. Use it to check the sources that differ.',
  whatMentions: 'Pages that name a government in a year without a score, zone or opinion ({mentions} rows).',
  whatNational: 'How many governments Ombudsman RI assessed per year and level, and per zone where printed, by Ombudsman RI’s own count, each with its source.',
  whatComplaints:
    'Complaint statistics at the level Ombudsman RI publishes them (nation, regional office or local government), with what each figure counts (measure) and its source. Do not add different measures together.',
  whatNoComplaints: 'Complaint statistics are not in this package yet.',
  demo: 'This package holds sample data generated at random for testing, not official Ombudsman RI results. Do not quote it.',
  zipHeading: 'Everything in one file',
  zipIntro:
    'One zip with every table (CSV and JSON), the boundaries, the manifest and a checksum list. It is byte-identical every time it is built from the same data, so it is easy to mirror and verify.',
  zipLink: 'Download {name} ({size})',
  checksum: 'SHA-256: {sum}',
  tablesHeading: 'Tables',
  tablesIntro: 'Each table is one file with every year; every table but regencies/cities and provinces has a year column to filter a single year by.',
  tablesCaption: 'Data tables: one file per table with every year, as CSV and JSON',
  tableColumn: 'Table',
  rowsColumn: 'Rows',
  filesColumn: 'Files',
  columnsSummary: '{count} columns',
  columnsHeading: 'What each column means',
  columnsIntro: 'Read the code columns as text; an empty cell means no value.',
  columnsLanguage: 'Column descriptions are in English, as in the CSV contract of manifest.json.',
  table: {
    regions: 'Regencies and cities (Kemendagri code, name, province)',
    provinces: 'Provinces',
    scores: 'The results shown, one row per government per year, with their sources',
    'score-readings': 'Every reading from every source (shown and alternative)',
    'score-mentions': 'Governments named without a figure',
    'national-counts': 'Ombudsman RI’s national counts: how many were assessed per year and level',
    'complaint-figures': 'Complaint statistics as Ombudsman RI published them, with their sources',
    'score-subscores': 'Sub-scores (assessment dimensions) as printed',
    complaints: 'Complaints from the public: received and resolved per government per year',
    'complaint-breakdowns': 'Complaints broken down by subject, maladministration and reported agency',
  },
  boundariesHeading: 'Boundaries',
  boundariesIntro: 'Geometry of the regencies, cities and provinces in TopoJSON, with its attribution and licence (MIT, © Cahya DSN).',
  manifestHeading: 'Manifest and checksums',
  manifestIntro:
    'manifest.json lists every file with its size and SHA-256, the licences, where the data came from (checksums of the input files) and the full CSV contract with the meaning of every column. SHA256SUMS can be checked with sha256sum -c.',
  licencesHeading: 'Licences',
  licenceScores:
    'Assessment results: public information from the Ombudsman of the Republic of Indonesia, quoted from the pages in the source_url column; credit Ombudsman RI and the source page.',
  licenceDemo: 'The scores and complaints in this package are invented sample data, not Ombudsman RI data.',
  licenceRegistry: 'Region codes and names: idn-area-data (ODbL 1.0) — data derived from it is ODbL too.',
  licenceBoundaries: 'Boundaries: cahyadsn/wilayah_boundaries (MIT); the licence text travels in ATTRIBUTION.md.',
  licenceCode: 'Site code: MIT.',
  contractHeading: 'CSV contract',
  contract: {
    encoding: 'UTF-8 with a byte-order mark at the start, so that Excel reads it as UTF-8.',
    delimiter: 'Comma between columns; full stop as decimal separator; numbers without thousands separators.',
    quoting: 'Quoting per RFC 4180; an empty cell means no value (null in the JSON).',
    codes: 'Region codes are text (18.10 is not 18.1): import the code columns as text.',
    formula:
      'Protection against formula injection: in text columns, a value starting with =, +, -, @, tab or CR gets a leading single quote, so spreadsheets do not run it as a formula. Number columns are never changed; the JSON files keep the original text.',
  },
};
