/**
 * What each published complaint figure counts: one table (data, not prose in
 * components) used by ingest, pages, exports and /metodologi/. A chart or table
 * never puts two measures on one line or bar; `family` groups the measures that
 * answer the same question ("how many reports did the office take in?") under
 * definitions that changed over the years.
 */

export type MeasureUnit = 'count' | 'percent';

/**
 * - intake: what an office or ORI took in (under one of several definitions);
 * - outcome: reports closed, resolved, followed up, in a stage;
 * - reported: reports naming a body (terlapor);
 * - origin: where complainants live or which area the reports came from;
 * - other: counts of things that are not reports (complainants, bodies, units).
 */
export type MeasureFamily = 'intake' | 'outcome' | 'reported' | 'origin' | 'other';

export interface Measure {
  id: string;
  unit: MeasureUnit;
  family: MeasureFamily;
  label: { id: string; en: string };
  definition: { id: string; en: string };
}

const m = (id: string, unit: MeasureUnit, family: MeasureFamily, labelId: string, labelEn: string, defId: string, defEn: string): Measure => ({
  id,
  unit,
  family,
  label: { id: labelId, en: labelEn },
  definition: { id: defId, en: defEn },
});

const COUNT_MEASURES: Measure[] = [
  m(
    'laporan_masyarakat',
    'count',
    'intake',
    'Laporan masyarakat',
    'Public reports',
    'Laporan masyarakat yang diterima (laporan reguler), tanpa konsultasi dan tembusan.',
    'Public complaints received (regular reports), without consultations and copies.',
  ),
  m(
    'laporan_diterima',
    'count',
    'intake',
    'Laporan diterima',
    'Reports received',
    'Laporan yang diterima seperti dicetak sumbernya; di beberapa tahun termasuk respons cepat (RCO) dan investigasi prakarsa sendiri.',
    'Reports received as the source printed it; in some years including fast-response cases (RCO) and own-initiative investigations.',
  ),
  m(
    'laporan_diregistrasi',
    'count',
    'intake',
    'Laporan diregistrasi',
    'Registered reports',
    'Laporan yang lolos verifikasi syarat formil dan materiil dan diregistrasi.',
    'Reports that passed the formal and material checks and were registered.',
  ),
  m(
    'akses_total',
    'count',
    'intake',
    'Seluruh akses',
    'All contacts',
    'Semua akses ke Ombudsman: laporan, respons cepat, investigasi prakarsa sendiri, konsultasi non-laporan dan tembusan.',
    'Every contact with the Ombudsman: reports, fast-response cases, own-initiative investigations, consultations and copies.',
  ),
  m(
    'pengaduan_masuk',
    'count',
    'intake',
    'Pengaduan masuk',
    'Complaints in',
    'Semua pengaduan yang masuk sebelum verifikasi.',
    'All complaints that came in, before verification.',
  ),
  m(
    'laporan_diverifikasi',
    'count',
    'intake',
    'Laporan diterima dan diverifikasi',
    'Reports received and verified',
    'Laporan yang diterima dan telah diverifikasi.',
    'Reports received and verified.',
  ),
  m(
    'laporan_reguler',
    'count',
    'intake',
    'Laporan reguler',
    'Regular reports',
    'Laporan masyarakat reguler, tanpa respons cepat.',
    'Regular public reports, without fast-response cases.',
  ),
  m(
    'laporan_pvl',
    'count',
    'intake',
    'Laporan diterima tim PVL',
    'Reports taken in by the intake team',
    'Laporan yang diterima tim Penerimaan dan Verifikasi Laporan (PVL).',
    'Reports taken in by the intake and verification team (PVL).',
  ),
  m(
    'laporan_diterima_pemeriksaan',
    'count',
    'intake',
    'Laporan diterima keasistenan pemeriksaan',
    'Reports taken up for examination',
    'Laporan reguler, respons cepat dan prakarsa sendiri yang diterima dan ditindaklanjuti keasistenan pemeriksaan.',
    'Regular, fast-response and own-initiative reports taken up by the examination unit.',
  ),
  m(
    'laporan_covid19',
    'count',
    'intake',
    'Laporan terkait COVID-19',
    'COVID-19 reports',
    'Laporan tentang layanan terkait COVID-19 (bantuan sosial dan lain-lain).',
    'Reports about COVID-19-related services (social aid and others).',
  ),
  m(
    'konsultasi',
    'count',
    'intake',
    'Konsultasi non-laporan',
    'Consultations',
    'Konsultasi yang tidak menjadi laporan.',
    'Consultations that did not become a report.',
  ),
  m(
    'rco',
    'count',
    'intake',
    'Respons cepat (RCO)',
    'Fast-response cases (RCO)',
    'Kasus yang ditangani dengan respons cepat Ombudsman.',
    'Cases handled by the Ombudsman’s fast response.',
  ),
  m(
    'iaps',
    'count',
    'intake',
    'Investigasi prakarsa sendiri',
    'Own-initiative investigations',
    'Investigasi atas prakarsa sendiri (IAPS).',
    'Investigations on the Ombudsman’s own initiative (IAPS).',
  ),
  m(
    'tembusan',
    'count',
    'intake',
    'Surat tembusan',
    'Copies received',
    'Surat tembusan yang diterima (bukan laporan).',
    'Letters copied to the Ombudsman (not reports).',
  ),
  m('laporan_selesai', 'count', 'outcome', 'Laporan selesai', 'Reports resolved', 'Laporan yang diselesaikan.', 'Reports resolved.'),
  m(
    'laporan_ditutup',
    'count',
    'outcome',
    'Laporan ditutup',
    'Reports closed',
    'Laporan yang ditutup (selesai, tidak dilanjutkan atau dicabut).',
    'Reports closed (resolved, not pursued or withdrawn).',
  ),
  m('laporan_ditindaklanjuti', 'count', 'outcome', 'Laporan ditindaklanjuti', 'Reports followed up', 'Laporan yang ditindaklanjuti.', 'Reports followed up.'),
  m(
    'laporan_pemeriksaan',
    'count',
    'outcome',
    'Laporan dalam tahap pemeriksaan',
    'Reports at examination',
    'Laporan yang masuk tahap pemeriksaan.',
    'Reports that reached the examination stage.',
  ),
  m(
    'laporan_resmon',
    'count',
    'outcome',
    'Laporan di tahap resolusi dan monitoring',
    'Reports at resolution and monitoring',
    'Laporan pada tahap resolusi dan monitoring saja, bukan seluruh laporan.',
    'Reports at the resolution and monitoring stage only, not all reports.',
  ),
  m('laporan_dalam_proses', 'count', 'outcome', 'Laporan dalam proses', 'Reports in progress', 'Laporan yang masih diproses.', 'Reports still in progress.'),
  m(
    'laporan_tidak_memenuhi_syarat',
    'count',
    'outcome',
    'Laporan tidak memenuhi syarat',
    'Reports not meeting requirements',
    'Laporan yang tidak memenuhi syarat formil atau materiil.',
    'Reports that did not meet the formal or material requirements.',
  ),
  m(
    'terlapor',
    'count',
    'reported',
    'Laporan tentang terlapor',
    'Reports naming a body',
    'Laporan yang menyebut instansi atau pemerintah daerah ini sebagai terlapor.',
    'Reports naming this body or local government as the body complained about.',
  ),
  m(
    'laporan_per_daerah',
    'count',
    'origin',
    'Laporan per daerah',
    'Reports per area',
    'Laporan menurut daerah asal laporan (bukan terlapor).',
    'Reports by the area they came from (not the body complained about).',
  ),
  m(
    'laporan_per_provinsi',
    'count',
    'origin',
    'Laporan per provinsi',
    'Reports per province',
    'Laporan ke seluruh Ombudsman RI menurut provinsi asal.',
    'Reports to the whole Ombudsman RI by province of origin.',
  ),
  m(
    'pelapor_asal',
    'count',
    'origin',
    'Pelapor menurut domisili',
    'Complainants by residence',
    'Pelapor (orang) menurut daerah tempat tinggal, bukan instansi terlapor.',
    'Complainants (people) by where they live, not the body complained about.',
  ),
  m('pelapor', 'count', 'other', 'Pelapor', 'Complainants', 'Jumlah orang yang melapor.', 'Number of people who complained.'),
  m(
    'terlapor_institusi',
    'count',
    'other',
    'Instansi yang dilaporkan',
    'Bodies reported',
    'Jumlah instansi berbeda yang dilaporkan (bukan jumlah laporan).',
    'Number of distinct bodies reported (not a number of reports).',
  ),
  m(
    'terlapor_unit',
    'count',
    'other',
    'Unit yang dilaporkan',
    'Units reported',
    'Jumlah unit (OPD, UPT) yang dilaporkan (bukan jumlah laporan).',
    'Number of units (agencies, technical units) reported (not a number of reports).',
  ),
];

/** Percentage twins: `<id>_persen` is the share of its base measure, as printed. */
const PERCENT_OF = [
  'laporan',
  'laporan_masyarakat',
  'laporan_selesai',
  'laporan_ditutup',
  'laporan_pemeriksaan',
  'laporan_resmon',
  'terlapor',
  'laporan_per_daerah',
  'pelapor_asal',
  'akses',
];

function percentMeasure(base: string): Measure {
  const of = COUNT_MEASURES.find((c) => c.id === base);
  const labelId = of?.label.id ?? 'Laporan';
  const labelEn = of?.label.en ?? (base === 'akses' ? 'Contacts' : 'Reports');
  return m(
    `${base}_persen`,
    'percent',
    of?.family ?? 'intake',
    `${labelId} (persen)`,
    `${labelEn} (per cent)`,
    `Bagian (persen) ${(of?.label.id ?? (base === 'akses' ? 'akses' : 'laporan')).toLowerCase()} seperti dicetak sumbernya; tidak pernah diubah menjadi jumlah.`,
    `Share (per cent) of ${(of?.label.en ?? (base === 'akses' ? 'contacts' : 'reports')).toLowerCase()} as the source printed it; never turned into a count.`,
  );
}

export const MEASURES: readonly Measure[] = [...COUNT_MEASURES, ...PERCENT_OF.map(percentMeasure)];

const BY_ID = new Map(MEASURES.map((x) => [x.id, x]));

export function measureById(id: string): Measure | undefined {
  return BY_ID.get(id);
}

/** Breakdown dimensions as published, with their names. */
export const BREAKDOWN_DIMENSIONS: Readonly<Record<string, { id: string; en: string }>> = {
  substansi: { id: 'Substansi', en: 'Subject' },
  maladministrasi: { id: 'Dugaan maladministrasi', en: 'Alleged maladministration' },
  instansi: { id: 'Instansi terlapor', en: 'Body complained about' },
  instansi_pemda: { id: 'Instansi pemerintah daerah terlapor', en: 'Local-government body complained about' },
  wilayah: { id: 'Wilayah', en: 'Area' },
  cara_penyampaian: { id: 'Cara penyampaian', en: 'Channel' },
  triwulan: { id: 'Triwulan', en: 'Quarter' },
  tahap: { id: 'Tahap', en: 'Stage' },
  hasil: { id: 'Hasil', en: 'Outcome' },
  status: { id: 'Status', en: 'Status' },
  kategori: { id: 'Kategori', en: 'Category' },
  klasifikasi_pelapor: { id: 'Klasifikasi pelapor', en: 'Type of complainant' },
  jenis_laporan: { id: 'Jenis laporan', en: 'Type of report' },
  syarat: { id: 'Syarat', en: 'Requirement' },
};
