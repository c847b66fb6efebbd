/** English text inside build-time images; mirrors src/i18n/id/share.ts (same keys). */
import type { Messages } from '../messages.ts';
import type { share as idShare } from '../id/share.ts';

export const share: Messages<typeof idShare> = {
  siteName: 'Zona Pelayanan',
  demoMark: 'DEMO DATA',
  demoNotice: 'Sample data — not official Ombudsman RI results; do not quote.',
  source: 'Source: Ombudsman of the Republic of Indonesia, processed by Zona Pelayanan',
  sourceDemo: 'Source: made-up sample data by Zona Pelayanan, not Ombudsman RI data',
  sourceBoundaries: 'Boundaries: cahyadsn/wilayah_boundaries (MIT)',
  card: {
    province: '{name} Province',
    provinceName: '{name} Province',
    score: 'Assessment result {year}',
    governmentScore: 'Provincial government score {year}',
    /** Label above a 2025– result (an opinion, a new method). */
    opinionYear: 'Ombudsman opinion {year}',
    noScore: 'No published figure yet',
    gradeOnly: 'No published score',
    zone: '{zone} zone',
    zoneWithCategory: '{zone} zone · Category {category}',
    opinion: 'Opinion {opinion}',
    noZone: 'No grade',
    counts: '{total} regencies/cities {year}: {merah} red · {kuning} yellow · {hijau} green',
    countsNone: 'No regency or city assessed yet',
    noAssessment: 'grey: no assessment',
  },
  opinion: {
    tertinggi: 'Kualitas Tertinggi (highest)',
    tinggi: 'Kualitas Tinggi (high)',
    sedang: 'Kualitas Sedang (medium)',
    rendah: 'Kualitas Rendah (low)',
  },
  zone: {
    merah: 'Merah (red)',
    kuning: 'Kuning (yellow)',
    hijau: 'Hijau (green)',
  },
  legend: {
    merah: 'Merah (red)',
    kuning: 'Kuning (yellow)',
    hijau: 'Hijau (green)',
    hijauA: 'Hijau (green) · A',
    hijauB: 'Hijau (green) · B',
    none: 'No published figure',
    unpublished: 'Hatched: no published figure',
    gradeOnly: 'Bar: zone/category without a score',
    opinion: 'From {year}: opinion, new method (not zones)',
    region: 'Score of {name}',
    provinceMedian: 'Province median',
    nationalMedian: 'National median',
    bands: 'Background: zones under each year’s scheme',
    noAssessment: 'Grey: no assessment',
    received: 'Reports received',
    resolved: 'Reports resolved',
  },
};
