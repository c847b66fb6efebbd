/** English UI text for grades inside running text: zone words, grade phrases, opinion levels, the 2025– quality category. Part of `en` (src/i18n/en.ts); mirrors src/i18n/id/grade.ts. */
import type { Messages } from '../messages.ts';
import type { grade as idGrade } from '../id/grade.ts';

export const grade: Messages<typeof idGrade> = {
  /** Grade phrases inside sentences: "(red zone)", "(category B, green zone)". */
  zone: '{zone} zone',
  category: 'category {category}, {zone} zone',
  opinion: 'opinion {opinion}',
  opinionClean: 'opinion {opinion} without maladministration',
  none: 'no grade',
  opinionBadge: 'Opinion {opinion}',
  cleanShort: 'Tanpa Maladministrasi (without maladministration)',
  /** Opinion levels of the 2025– method (OpinionLevel in src/lib/types.ts). */
  opinionLevel: {
    tertinggi: 'Kualitas Tertinggi (highest quality)',
    tinggi: 'Kualitas Tinggi (high quality)',
    sedang: 'Kualitas Sedang (medium quality)',
    rendah: 'Kualitas Rendah (low quality)',
  },
  /** Lower-case zone words for running text: "red zone", "red → yellow". */
  zoneWord: {
    merah: 'red',
    kuning: 'yellow',
    hijau: 'green',
  },
  /** 2025–: the service-quality category printed beside the opinion. */
  quality: {
    'sangat-baik': 'Sangat Baik (very good)',
    baik: 'Baik (good)',
    cukup: 'Cukup (fair)',
    kurang: 'Kurang (poor)',
  },
};
