/** English text of the "Cite" box, the citation and the Dataset descriptions. Part of `en` (src/i18n/en.ts); mirrors src/i18n/id/cite.ts. */
import type { Messages } from '../messages.ts';
import type { cite as idCite } from '../id/cite.ts';

export const cite: Messages<typeof idCite> = {
  heading: 'Cite',
  intro:
    'Copy this citation for your article or report. Name the original source too: the Ombudsman of the Republic of Indonesia and the page that printed the figure (each figure links to it).',
  textLabel: 'Citation (APA style)',
  bibtexSummary: 'BibTeX',
  bibtexLabel: 'BibTeX entry',
  noReleaseNote: 'No data release date is recorded yet; add the date you accessed this page.',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy automatically. The citation is selected: press Ctrl+C (⌘C on a Mac).',
  copyPress: 'Press Ctrl+C',
  noDate: 'n.d.',
  kind: 'Data set; source: Ombudsman Republik Indonesia',
  released: 'Data released {date}.',
  title: {
    data: 'Compliance of Indonesia’s regencies, cities and provinces with public service standards: Ombudsman Republik Indonesia assessment results as published',
    region: '{name}: compliance with public service standards',
    province: '{name} Province: compliance of regencies, cities and the provincial government with public service standards',
  },
  description: {
    data: 'Results of the Ombudsman of the Republic of Indonesia’s assessment of compliance with public service standards (Law 25/2009) for Indonesia’s regencies, cities and provincial governments, {years}: a score from 0 to 100, a zone (merah/red, kuning/yellow, hijau/green), a category A–E (2022–2024) and from 2025 the Ombudsman opinion, with complaint statistics at the level Ombudsman RI published them. Every figure was collected from a public page (Ombudsman RI press releases, the Antara news agency, local news) with a link to it. Not an official Ombudsman RI dataset — Ombudsman RI publishes no table of its results — and coverage is partial: a missing row means no published figure was found. Compiled by Zona Pelayanan; CSV and JSON, one file per table with every year.',
    region:
      'Results of the Ombudsman of the Republic of Indonesia’s assessment of compliance with public service standards for {name} ({province} Province), {years}, as printed in public pages, each with a link to its source: score, zone, category or Ombudsman opinion. Not an official Ombudsman RI dataset; compiled by Zona Pelayanan.',
    province:
      'Results of the Ombudsman of the Republic of Indonesia’s assessment of compliance with public service standards for the regencies and cities of {name} Province and for the Provincial Government of {name}, {years}, as printed in public pages, each with a link to its source. Not an official Ombudsman RI dataset; compiled by Zona Pelayanan.',
  },
  keywords:
    'public service standards compliance, Ombudsman of the Republic of Indonesia, public services, local government, regency, city, province, Indonesia',
  measurementTechnique:
    'Ombudsman Republik Indonesia’s compliance assessment of public service standards (Law 25/2009); from 2025 the Ombudsman opinion, a new method',
  country: 'Indonesia',
  trendCsv: '{name} trend (CSV)',
  mapCsv: 'Map of {name} Province, {years} (CSV)',
};
