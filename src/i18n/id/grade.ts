/** Indonesian UI text for grades inside running text: zone words, grade phrases, opinion levels, the 2025– quality category. Part of `id` (src/i18n/id.ts). */
export const grade = {
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
