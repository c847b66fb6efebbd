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
    lede: 'What the Ombudsman of the Republic of Indonesia measures, how Zona Pelayanan reads the figures, and the limits of the data.',
    whatHeading: 'What is the compliance assessment (Penilaian Kepatuhan)?',
    what1:
      'Law No. 25 of 2009 on Public Services (Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik) requires every public service provider to draw up, adopt and apply service standards (Article 21 lists their components: requirements, procedure, time, cost, complaints and others). The Ombudsman of the Republic of Indonesia (Ombudsman RI) oversees how the law is carried out and each year assesses how far local governments comply with those standards.',
    what2:
      'Until 2021 the assessment checked whether the components of the service standards were visible in the service products of the sampled units (Ombudsman Regulation 17/2015, replaced by Ombudsman Regulation 22/2016). Since 2022 the result has been an oversight opinion on public service delivery (Opini Pengawasan Penyelenggaraan Pelayanan Publik) with four dimensions: input (staff competence, facilities and infrastructure), process (meeting the service standards), output (maladministration as perceived by service users) and complaint handling. From 2025 Ombudsman RI uses a new method, the Ombudsman Opinion (Opini Ombudsman, Ombudsman Regulation 61/2025), on a smaller sample of agencies.',
    schemesHeading: 'Zone schemes by year',
    schemesIntro:
      'A score is always classified under the scheme of its own year. The same score can fall in different zones in different years: 52 was yellow in 2021 but red in 2022.',
    schemesCaption: 'Score thresholds of each scheme',
    schemeColumn: 'Scheme',
    yearsColumn: 'Years',
    bandsColumn: 'Thresholds (minimum score)',
    sourcesColumn: 'Sources',
    unverified: 'numeric thresholds not published by Ombudsman RI; the announced categories are used',
    noAssessment: 'There was no assessment in {years}.',
    source: 'source {n}',
    complaintsHeading: 'Complaint statistics',
    complaints1:
      'Reports from the public to Ombudsman RI comprise regular public reports (laporan masyarakat, LM), Ombudsman Rapid Response cases (Respon Cepat Ombudsman, RCO) and own-initiative investigations (investigasi atas prakarsa sendiri, IAPS); since about 2021, consultations that are not reports and letters copied to the Ombudsman have not been counted as reports. Definitions differ between years and between regional offices, so compare figures across years with care.',
    complaints2:
      'The breakdowns shown follow what Ombudsman RI publishes: the subject of the complaint (for example land, civil service staffing, education), the alleged maladministration (ten forms, including undue delay, deviation from procedure and failure to provide a service) and the reported agency. Complaint numbers tend to be high in cities that host a regional office, because it is easier for people to lodge a complaint there.',
    limitsHeading: 'Limits of the data',
    limit1: 'There was no compliance assessment in 2020.',
    limit2: 'Until 2019 only some regencies and cities were assessed each year, so many regions have years without a score. Since 2021 almost all regencies and cities have been assessed.',
    limit3: 'In 2022 the scheme changed from three zones to five categories (A–E); a trend that crosses 2021→2022 compares two different methods.',
    limit4: 'The four new provinces in Papua (created in 2022) were not assessed as provincial governments in their own right in 2022–2024; their regencies and cities were still assessed.',
    limit5: 'Region codes and names follow Decree of the Minister of Home Affairs (Kepmendagri) 300.2.2-2138/2025; older data that use former names (for example Toba Samosir) are matched through an alias table.',
    limit6: 'Figures from press releases sometimes differ in the second decimal place from one source to another; Zona Pelayanan shows figures as they were entered and records the source of every row.',
    ownDataHeading: 'Using your own data',
    ownData1:
      'Zona Pelayanan reads CSV files as they come: comma, semicolon or tab separators; decimal commas or points; a BOM; column headings in Indonesian or English; region names prefixed with Kab., Kabupaten, Kota, Pemkab or Pemkot, or Kemendagri codes. Compliance scores go in the kepatuhan/ folder and complaint statistics in the pengaduan/ folder. Every problem is reported with the file name and line number, and nothing is written until the input is clean.',
    ownDataHeaders: 'Recognised column headings',
    fieldColumn: 'Field',
    headersColumn: 'Accepted column headings',
    demoHeading: 'Sample data',
    demo:
      'This site is currently showing sample data generated by a program with a fixed seed. Its shape mimics the real data (no assessment in 2020, rotating samples until 2019, the real complaint categories), but the figures are invented and are not official Ombudsman RI results.',
    realData: 'The data shown come from the input files listed below.',
    filesHeading: 'Input files',
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
    licenceHeading: 'Licence and attribution',
    licenceCode: 'Source code: MIT licence.',
    licenceScores: 'Compliance scores and complaint statistics: Ombudsman of the Republic of Indonesia (public information).',
    licenceRegistry: 'Region codes and names: idn-area-data {version} © fityannugroho, data licensed under the Open Database License (ODbL) 1.0.',
    licenceBoundaries: 'Boundaries: cahyadsn/wilayah_boundaries © Cahya DSN, MIT licence.',
    citeHeading: 'How to cite',
    citeIntro: 'Name the original source (the Ombudsman of the Republic of Indonesia) and Zona Pelayanan, for example:',
    /** A citation: the report title stays in Indonesian, with an English gloss in square brackets. */
    citeText: 'Ombudsman Republik Indonesia, Penilaian Kepatuhan Standar Pelayanan Publik [Compliance assessment of public service standards] {years}; processed by Zona Pelayanan ({url}).',
    citeDemo: 'While the site shows sample data, its figures must not be cited as Ombudsman results.',
    independence:
      'Zona Pelayanan is an independent project and is not affiliated with the Ombudsman of the Republic of Indonesia.',
  },
};
