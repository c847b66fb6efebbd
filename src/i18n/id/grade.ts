/** Indonesian UI text for grades inside running text: zone words, grade phrases, opinion levels, the 2025– quality category. Part of `id` (src/i18n/id.ts). */
export const grade = {
  /** Grade phrases inside sentences. */
  zone: 'zona {zone}',
  category: 'kategori {category}, zona {zone}',
  opinion: 'opini {opinion}',
  opinionClean: 'opini {opinion} tanpa maladministrasi',
  none: 'tanpa predikat',
  opinionBadge: 'Opini {opinion}',
  cleanShort: 'Tanpa Maladministrasi',
  /** Opinion levels of the 2025– method (OpinionLevel in src/lib/types.ts). */
  opinionLevel: {
    tertinggi: 'Kualitas Tertinggi',
    tinggi: 'Kualitas Tinggi',
    sedang: 'Kualitas Sedang',
    rendah: 'Kualitas Rendah',
  },
  /** Lower-case zone words for running text: "zona merah". */
  zoneWord: {
    merah: 'merah',
    kuning: 'kuning',
    hijau: 'hijau',
  },
  /** 2025–: the service-quality category printed beside the opinion. */
  quality: {
    'sangat-baik': 'Sangat Baik',
    baik: 'Baik',
    cukup: 'Cukup',
    kurang: 'Kurang',
  },
} as const;
