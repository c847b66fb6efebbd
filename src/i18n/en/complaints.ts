import type { Messages } from '../messages.ts';
import type { complaints as id } from '../id/complaints.ts';

/** Published complaint statistics (national, per Ombudsman office, naming a government). */
export const complaints: Messages<typeof id> = {
  nav: 'Complaints',
  nationalHeading: 'Public complaints to Ombudsman RI',
  nationalIntro:
    'Figures Ombudsman RI published for the whole of Indonesia, each with its source. Definitions changed over the years (registered reports → public reports and fast response → all contacts including consultations), so every figure is shown with its measure and never added up across measures.',
  officeHeading: 'Reports to the Ombudsman RI office for {province}',
  officeIntro: 'Figures the Ombudsman RI office in {province} published, each with its source.',
  officeWider:
    'The Jakarta Raya office also serves the city and regency of Bogor, the city of Depok and the city and regency of Bekasi: its figures are not about DKI Jakarta alone.',
  officeNone: 'No complaint figures have been published for this office yet.',
  chartTitle: '{scope}: reports received per year, {from}–{to}',
  chartDesc:
    'One point per year; each measure has its own symbol and lines join only consecutive years of the same measure. A dashed rule marks the years where the definition changes.',
  officeScope: 'Ombudsman RI office for {province}',
  chartNational: 'Ombudsman RI',
  changeLabel: 'definition changes',
  yLabel: 'Reports',
  key: 'Measure',
  tableCaption: '{scope}: every published total',
  year: 'Year',
  measure: 'Measure',
  count: 'Figure',
  source: 'Source',
  approximate: 'about',
  moreThan: 'more than',
  sourcesDiffer: 'sources differ',
  sourcesDifferDetail: 'Other sources printed a different figure:',
  period: '{from}–{to}',
  breakdownsHeading: 'Latest breakdowns',
  breakdownCaption: '{dimension}, {year} ({measure})',
  category: 'Category',
  mentionsHeading: 'Complaint figures naming {name}',
  mentionsCaveat:
    'Ombudsman RI does not publish complaint counts per kabupaten/kota. Below are only the figures ever published that name this region; they may count different things (reports from this area, about bodies in it, or about its government) and must not be compared between regions. No figure does not mean zero.',
  pageTitle: 'Public complaints',
  pageIntro:
    'Ombudsman RI publishes complaint statistics nationally and per office (one per province), sometimes broken down by subject, type of maladministration and the body complained about. Complaint counts per kabupaten/kota are almost never published, so this site draws no complaint map or ranking of kabupaten/kota.',
  officesHeading: 'Offices with published figures',
  officeYears: '{province}: {years}',
  definitionsHeading: 'What each measure counts',
};
