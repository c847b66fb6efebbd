import { COUNT_MEASURES, measure } from './count-measures.ts';

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
  return measure(
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
