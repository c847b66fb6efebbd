/** Indonesian UI text for maps (legend, year control, tooltips). Part of `id` (src/i18n/id.ts). */
export const map = {
  /** Map section on the home page and the national map pages. */
  heading: 'Peta zona kepatuhan, {year}',
  headingProvince: 'Peta kabupaten/kota di Provinsi {name}, {year}',
  /** `<title>` of the SVG (its accessible name). */
  svgTitle: 'Peta zona kepatuhan {count} kabupaten/kota di Indonesia, {year}',
  svgTitleProvince: 'Peta zona kepatuhan {count} kabupaten/kota di Provinsi {name}, {year}',
  /** `<desc>` of the SVG, after the legend sentence. */
  svgDesc: '{sentence} Setiap daerah di peta adalah tautan ke halamannya; daftar lengkap ada di tabel.',
  /** /peta/ and /peta/<year>/ */
  pageTitle: 'Peta zona kepatuhan {year}',
  pageHeading: 'Peta zona kepatuhan kabupaten/kota, {year}',
  pageIntro:
    'Warna setiap kabupaten/kota menunjukkan zona kepatuhan standar pelayanan publiknya pada penilaian {year} oleh Ombudsman Republik Indonesia. Daerah yang tidak dinilai diarsir.',
  legend: {
    heading: 'Keterangan',
    merah: 'Merah',
    kuning: 'Kuning',
    hijau: 'Hijau',
    'hijau-a': 'Hijau · A',
    'hijau-b': 'Hijau · B',
    none: 'Tidak dinilai / tidak ada data',
    gap: 'Geometri belum tersedia',
    /** Small print after a label. */
    detail: {
      merah: 'kepatuhan rendah',
      merahCategories: 'kategori D–E, kualitas rendah/terendah',
      kuning: 'kepatuhan sedang',
      kuningCategories: 'kategori C, kualitas sedang',
      hijau: 'kepatuhan tinggi',
      'hijau-a': 'kualitas tertinggi, hijau tua',
      'hijau-b': 'kualitas tinggi, hijau muda',
      none: 'diarsir',
      gap: 'tidak tergambar di peta: {names}',
    },
    /** "2024: 61 merah, 203 kuning, 250 hijau" */
    sentence: '{year}: {merah} merah, {kuning} kuning, {hijau} hijau.',
    sentenceWithNone: '{year}: {merah} merah, {kuning} kuning, {hijau} hijau; {none} tidak dinilai.',
    listLabel: 'Jumlah kabupaten/kota per warna peta, {year}',
  },
  years: {
    label: 'Tahun',
    navLabel: 'Tahun penilaian yang ditampilkan di peta',
    /** Shown under the year list: why a year is missing. */
    note: 'Tahun 2020 tidak ada penilaian.',
  },
  tooltip: {
    score: 'Skor {year}',
    zone: 'Zona',
    change: 'Perubahan vs {year}',
    notAssessed: 'Tidak dinilai pada {year}',
    noScore: 'tanpa skor',
    noChange: 'tidak ada pembanding',
    open: 'Buka halaman daerah',
    close: 'Tutup',
    loading: 'Memuat data…',
    failed: 'Data tahun ini tidak dapat dimuat.',
  },
  skip: 'Lewati peta',
  keyboardHint:
    'Papan ketik: Tab masuk ke peta, tombol panah berpindah antardaerah, Enter membuka halaman daerah, Esc menutup keterangan.',
  touchHint: 'Ketuk daerah untuk melihat skornya. Peta tiap provinsi (daftar di bawah) lebih rinci.',
  touchHintProvince: 'Ketuk daerah untuk melihat skornya.',
  provinces: {
    heading: 'Peta per provinsi',
    intro: 'Peta tiap provinsi lebih rinci, dengan tabel kabupaten/kotanya.',
    countNote: 'Angka: jumlah kabupaten/kota.',
  },
  backToProvince: 'Ringkasan Provinsi {name}',
  /** Province page for one year: /provinsi/<slug>/<year>/ */
  provinceYearTitle: 'Provinsi {name}, {year}',
  provinceYearHeading: 'Provinsi {name}: kepatuhan kabupaten/kota, {year}',
  provinceYearIntro: '{count} kabupaten/kota di Provinsi {name} pada penilaian {year}.',
  /** In tables and legends, for a region the map cannot draw (src/lib/map/gaps.ts). */
  geometryGap: 'geometri belum tersedia',
} as const;
