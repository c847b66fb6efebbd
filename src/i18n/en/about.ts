/** English UI text for the methodology and about pages. Part of `en` (src/i18n/en.ts); mirrors src/i18n/id/about.ts. */
import type { Messages } from '../messages.ts';
import type { about as idAbout } from '../id/about.ts';

export const about: Messages<typeof idAbout> = {
  nav: {
    methodology: 'Methodology',
    about: 'About',
  },
  methodology: {
    title: 'Methodology',
    heading: 'Methodology and data sources',
    lede: 'What the Ombudsman of the Republic of Indonesia measures, where the figures on this site come from, how several sources for one result are read, and the limits of the data.',
    whatHeading: 'What is the compliance assessment (Penilaian Kepatuhan)?',
    what1:
      'Law No. 25 of 2009 on Public Services (Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik) requires every public service provider to draw up, adopt and apply service standards (Article 21 lists their components: requirements, procedure, time, cost, complaints and others). The Ombudsman of the Republic of Indonesia (Ombudsman RI) oversees how the law is carried out and each year assesses how far local governments comply with those standards.',
    what2:
      'Until 2021 the assessment checked whether the components of the service standards were visible in the service products of the sampled units (Ombudsman Regulation 17/2015, replaced by Ombudsman Regulation 22/2016). In 2022–2024 the result was an oversight opinion on public service delivery (Opini Pengawasan Penyelenggaraan Pelayanan Publik) with four dimensions: input (staff competence, facilities and infrastructure), process (meeting the service standards), output (maladministration as perceived by service users) and complaint handling. Since 2025 Ombudsman RI has used a new method, the Ombudsman Opinion (see below).',
    sourcesHeading: 'Where the figures come from',
    sources1:
      'The figures on this site are Ombudsman RI’s results as printed in public pages: Ombudsman RI’s press releases and regional pages (ombudsman.go.id), the Antara news agency, local news and local government websites. Each figure was collected with a link to its page and is kept exactly as printed.',
    sources2:
      'This is not an official Ombudsman RI dataset. Ombudsman RI publishes no table of its results (its decrees and reports are PDFs that are not public in full), so this collection is the best public record there is: partial, sometimes contradictory, and real. Nothing is computed, guessed or filled in: a figure that no page printed is not here.',
    sources3:
      'A government without a figure in a year means that no published figure was found, not that it was not assessed. Only 2020 had no assessment at all.',
    coverageHeading: 'Coverage per year',
    coverageIntro:
      'How many governments have a published figure on this site, next to how many Ombudsman RI assessed by its own count, with the page that printed that count. Computed from the data every time the site is built.',
    coverageSummary:
      'In all, {published} regency/city-years have a published figure; {scored} of them with an exact score, the rest with only a zone, letter or opinion.',
    coverageCaption: 'Governments with a published figure, and the number Ombudsman RI assessed, per year',
    coverageYear: 'Year',
    coverageRegions: 'Regencies and cities (of {total})',
    coverageProvinces: 'Provincial governments',
    coveragePublished: 'with a figure',
    coverageScored: 'with a score',
    coverageOri: 'assessed by Ombudsman RI',
    coverageNoAssessment: 'no assessment',
    coverageUnknown: 'unknown',
    precedenceHeading: 'Several sources for one government and year',
    precedenceIntro: 'Many results were printed in more than one page. Every reading is kept; one is shown, chosen in this order:',
    precedence1: 'a reading with a value (score, zone, letter or opinion) before one without;',
    precedence2: 'an exact score before a zone, letter or opinion only;',
    precedence3:
      'then by source: Ombudsman RI’s own pages (ombudsman.go.id), then the national news agency Antara, then other outlets, then a row with no link;',
    precedence4: 'a tie goes to the row listed first.',
    differ:
      'Where another source gives a different score, zone, letter or opinion, the region page marks that year "sources differ" and shows the other readings with their links ({count} government-years). A source that only says less, such as a zone where another prints a score in that zone, does not count as different.',
    bandOfScore:
      'Sometimes the printed zone or letter does not match that year’s score cut-offs (for example 50.58 printed as yellow although the cut-off is 51). What Ombudsman RI published is shown, with a note on the mismatch ({count} cases).',
    mentions:
      'Some pages name a government in a year without a score, zone or opinion (for example "belum mencapai zona hijau", not yet in the green zone, or an award). These mentions are kept apart ({count}) and do not colour the map.',
    printed:
      'The original text is kept and shown: "78,45 persen", "80 poin", "di atas 80" (above 80: a bound, not a value), "Opini Kualitas Tinggi Tanpa Maladministrasi". Every reading, including those not shown, can be downloaded from the Data page.',
    schemesHeading: 'Assessment schemes by year',
    schemesIntro:
      'A score is always classified under the scheme of its own year. The same score can fall in different zones in different years: 52 was yellow in 2021 but red in 2022. Since 2025 there are no zones; the result is an opinion.',
    schemesCaption: 'Score thresholds or opinion levels of each scheme',
    schemeColumn: 'Scheme',
    yearsColumn: 'Years',
    bandsColumn: 'Thresholds (minimum score) or opinion levels',
    sourcesColumn: 'Sources',
    unverified: 'No numeric thresholds published by Ombudsman RI: nothing is derived from a score; the opinion is shown as printed.',
    opinionLevel: '{opinion}, quality category {quality}',
    opinionClean: 'may carry "Tanpa Maladministrasi" (without maladministration)',
    noAssessment: 'There was no assessment in {years}.',
    opinionHeading: 'Since 2025: the Ombudsman Opinion (maladministration assessment)',
    opinion1:
      'Ombudsman Regulation No. 61 of 2025 replaced the compliance assessment with a maladministration assessment (Penilaian Maladministrasi), whose results were announced on 29 January 2026 as the Ombudsman RI Opinion (Opini Ombudsman RI). It combines service quality (four dimensions: input, process, output and complaints) with public trust and compliance with Ombudsman corrective actions; the South Sulawesi office of the Ombudsman quotes weights of 70% and 30%.',
    opinion2:
      'Each local government gets a score, a quality category (Sangat Baik, Baik, Cukup, Kurang: very good, good, fair, poor) and an opinion (Kualitas Tertinggi, Tinggi, Sedang, Rendah: highest, high, medium, low quality), sometimes with "Tanpa Maladministrasi" (without maladministration) for those that have acted on the Ombudsman’s findings. Ombudsman RI has published no numeric cut-offs, so Zona Pelayanan derives nothing from a 2025 score: there are no zones, and the map uses its own opinion colours.',
    opinion3:
      'Results from 2025 cannot be compared with 2024 because the instrument changed: trend lines do not join 2024 to 2025, and no score change is computed across it.',
    opinionSample: 'The {year} assessment was a sample: {provinces} provinces, {kota} cities and {kabupaten} regencies.',
    opinionSources: 'Sources:',
    complaintsHeading: 'Complaint statistics',
    complaints1:
      'Reports from the public to Ombudsman RI comprise regular public reports (laporan masyarakat, LM), Ombudsman Rapid Response cases (Respon Cepat Ombudsman, RCO) and own-initiative investigations (investigasi atas prakarsa sendiri, IAPS); since about 2021, consultations that are not reports and letters copied to the Ombudsman have not been counted as reports. Definitions differ between years and between regional offices, so compare figures across years with care.',
    complaints2:
      'The breakdowns Ombudsman RI publishes: the subject of the complaint (for example land, civil service staffing, education), the alleged maladministration (ten forms, including undue delay, deviation from procedure and failure to provide a service) and the reported agency. Complaint numbers tend to be high in cities that host a regional office, because it is easier for people to lodge a complaint there.',
    complaintsNone:
      'This site does not show complaint statistics yet. Ombudsman RI publishes the reports received per regional office (one province) and nationally; counts of reports about one regency or city government are published for only a handful of offices and years.',
    complaintsLevel:
      'Complaint figures are shown at the level Ombudsman RI publishes them: nationally, per regional office (one province) and — for only a handful of offices and years — per local government, each with its source. Different measures (reports received, registered reports, all contacts including consultations) are never added together or joined in one line.',
    complaintsWhy:
      'This site draws no choropleth or ranking of kabupaten/kota by number of complaints: raw counts reflect the distance to the office and one-off intake events more than the quality of service; some offices (Lampung, for one) decline to publish per-kabupaten counts for that reason; and a figure that was not published is not zero.',
    measuresCaption: 'Complaint measures: what each figure counts',
    measureColumn: 'Measure',
    measureDefinitionColumn: 'What it counts',
    measuresPercent:
      'Each measure may also be printed as a percentage (suffix _persen): a share of that measure as the source printed it, never turned into a count.',
    limitsHeading: 'Limits of the data',
    limit1: 'There was no compliance assessment in 2020.',
    limit2:
      'Until 2019 Ombudsman RI assessed only some regencies and cities each year; in 2021–2024 almost all were assessed; 2025 was a sample again. Beyond that, this site holds only the figures found in public pages, so many regions have years without a figure.',
    limit3: 'In 2022 the scheme changed from three zones to five categories (A–E); a trend that crosses 2021→2022 compares two different methods.',
    limit4:
      'The four new provinces in Papua (created in 2022) were not assessed as provincial governments in their own right in 2022–2024; their regencies and cities were still assessed.',
    limit5:
      'Region codes and names follow Decree of the Minister of Home Affairs (Kepmendagri) 300.2.2-2138/2025; names as printed (abbreviations, former names such as Toba Samosir) are matched through an alias table.',
    limit6:
      'Ranks on this site are computed only among governments with a published score ("rank 3 of 17 with a score"), and medians only where there are at least {min} scores. Ranks printed by a source are kept as text.',
    contributeHeading: 'Adding or correcting a figure',
    contribute1:
      'Found a result that is not here? Add one row to the right file in data/raw/kepatuhan/ with the link to its page and the values exactly as printed, run npm run ingest (it reports any problem as file:line: column: message), then open a pull request; CI checks it. A correction is a reviewed change with its source. The guide is docs/DATA.md in the source repository.',
    contribute2:
      'CSV files are read as they come: comma, semicolon or tab separators; decimal commas or points; a BOM; column headings in Indonesian or English; region names as printed or Kemendagri codes. Nothing is written until the input is clean.',
    ownDataHeaders: 'Recognised column headings',
    fieldColumn: 'Field',
    headersColumn: 'Accepted column headings',
    filesHeading: 'Input files',
    realData:
      'The figures shown are read from the following files in the repository’s data/raw/ folder; Ombudsman RI’s national counts from data/reference/ori-national-counts.csv.',
    filesCaption: 'Source files, row counts and SHA-256 fingerprints',
    fileColumn: 'File',
    rowsColumn: 'Rows',
    shaColumn: 'SHA-256',
    boundariesHeading: 'Boundaries',
    boundaries:
      'The maps use regency and city boundaries from cahyadsn/wilayah_boundaries (© Cahya DSN, MIT licence), with codes following Kepmendagri 300.2.2-2138/2025, cleaned and converted to TopoJSON. That repository does not say where its geometry originally comes from; the polygons are simplified and are not survey-grade.',
  },
  about: {
    title: 'About',
    heading: 'About Zona Pelayanan',
    lede: 'Zona Pelayanan is an open-source public transparency dashboard on the quality of local government public services in Indonesia.',
    purposeHeading: 'Purpose',
    purpose:
      'Residents can see how well their local government serves them; journalists can quote and reuse the figures; local governments can compare their progress with other regions and with their province. Every page is generated when the site is built and works without JavaScript.',
    figuresHeading: 'Where the figures come from',
    figures1:
      'The figures on this site are results of the Ombudsman of the Republic of Indonesia as printed in public pages — press releases, Ombudsman RI’s regional pages, local news — collected with a link to each source. This is not an official Ombudsman RI dataset: Ombudsman RI publishes no table of its results.',
    figures2:
      'Coverage is partial: {published} regency/city-years have a published figure for {years}, between {min} and {max} of the {total} regencies and cities per year. A region without a figure means that no published figure was found, not that it was not assessed.',
    figures3:
      'Where several pages print the same result, one is shown by a documented order of sources, and the others appear as "sources differ" where they say something else. A printed zone that does not match its score’s cut-offs is shown as printed, with a note.',
    figuresMore: 'In detail:',
    figuresMethodology: 'coverage, the order of sources and the 2025 method',
    figuresData: 'every figure with its source, to download',
    licenceHeading: 'Licence and attribution',
    licenceCode: 'Source code: MIT licence.',
    licenceScores: 'Assessment results: Ombudsman of the Republic of Indonesia (public information), as printed in the page linked from each figure.',
    licenceRegistry: 'Region codes and names: idn-area-data {version} © fityannugroho, data licensed under the Open Database License (ODbL) 1.0.',
    licenceBoundaries: 'Boundaries: cahyadsn/wilayah_boundaries © Cahya DSN, MIT licence.',
    citeHeading: 'How to cite',
    citeIntro:
      'Name the original source — the Ombudsman of the Republic of Indonesia and the page that printed the figure (each figure links to it) — and Zona Pelayanan, for example:',
    /** A citation: the report title stays in Indonesian, with an English gloss in square brackets. */
    citeText:
      'Ombudsman Republik Indonesia, results of the Penilaian Kepatuhan Standar Pelayanan Publik [Compliance assessment of public service standards] {years}, as printed in the source pages; collected by Zona Pelayanan ({url}).',
    /** citeText for a build that does not know the site's address (no ZP_SITE). */
    citeTextNoUrl:
      'Ombudsman Republik Indonesia, results of the Penilaian Kepatuhan Standar Pelayanan Publik [Compliance assessment of public service standards] {years}, as printed in the source pages; collected by Zona Pelayanan.',
    independence: 'Zona Pelayanan is an independent project and is not affiliated with the Ombudsman of the Republic of Indonesia.',
  },
};
