/**
 * Indonesian text inside build-time images: share cards (Open Graph, 1200×630) and
 * downloadable chart/map PNGs (src/lib/images/). Placeholders in `{braces}` are
 * filled by the image modules. Mirrored by src/i18n/en/share.ts.
 */
export const share = {
  siteName: 'Zona Pelayanan',
  /** The mark on every image made from demo data. */
  demoMark: 'DATA CONTOH',
  demoNotice: 'Data contoh — bukan hasil resmi Ombudsman RI; jangan dikutip.',
  /** Source line at the bottom of a chart or map image. */
  source: 'Sumber: Ombudsman Republik Indonesia, diolah oleh Zona Pelayanan',
  sourceDemo: 'Sumber: data contoh rekaan Zona Pelayanan, bukan data Ombudsman Republik Indonesia',
  /** Added to the source line of a map image. */
  sourceBoundaries: 'Batas wilayah: cahyadsn/wilayah_boundaries (MIT)',
  card: {
    /** Under a region's name. */
    province: 'Provinsi {name}',
    /** The big name on a province card. */
    provinceName: 'Provinsi {name}',
    /** Label above the score of a region. */
    score: 'Hasil penilaian {year}',
    /** Label above the score on a province card (the provincial government's own score). */
    governmentScore: 'Skor Pemerintah Provinsi {year}',
    /** Label above a 2025– result (an opinion, a new method). */
    opinionYear: 'Opini Ombudsman {year}',
    noScore: 'Belum ada angka yang dipublikasikan',
    gradeOnly: 'Tanpa skor yang dipublikasikan',
    zone: 'Zona {zone}',
    zoneWithCategory: 'Zona {zone} · Kategori {category}',
    opinion: 'Opini {opinion}',
    noZone: 'Tanpa predikat',
    /** Counts of a province's kabupaten/kota per zone. */
    counts: '{total} kab/kota {year}: {merah} merah · {kuning} kuning · {hijau} hijau',
    countsNone: 'Belum ada penilaian kabupaten/kota',
    /** Under the mini trend. */
    noAssessment: 'abu-abu: tidak ada penilaian',
  },
  /** Zone names as they appear inside sentences. */
  opinion: {
    tertinggi: 'Kualitas Tertinggi',
    tinggi: 'Kualitas Tinggi',
    sedang: 'Kualitas Sedang',
    rendah: 'Kualitas Rendah',
  },
  zone: {
    merah: 'merah',
    kuning: 'kuning',
    hijau: 'hijau',
  },
  legend: {
    merah: 'Merah',
    kuning: 'Kuning',
    hijau: 'Hijau',
    hijauA: 'Hijau · A',
    hijauB: 'Hijau · B',
    none: 'Belum ada angka yang dipublikasikan',
    unpublished: 'Arsiran: belum ada angka yang dipublikasikan',
    gradeOnly: 'Batang: zona/kategori tanpa skor',
    opinion: 'Sejak {year}: opini, metode baru (bukan zona)',
    region: 'Skor {name}',
    provinceMedian: 'Median provinsi',
    nationalMedian: 'Median nasional',
    bands: 'Latar: zona menurut skema tahun itu',
    noAssessment: 'Abu-abu: tidak ada penilaian',
    received: 'Laporan diterima',
    resolved: 'Laporan selesai',
  },
} as const;
