/** Indonesian UI text for maps (legend, year control, tooltips). Part of `id` (src/i18n/id.ts). */
export const map = {
  /** Map section on the home page and the national map pages. */
  heading: 'Peta zona kepatuhan, {year}',
  /** 2025–: opinions, not zones. Must contain `{year}` (the heading is split around it). */
  headingOpinion: 'Peta Opini Ombudsman, {year}',
  headingProvince: 'Peta kabupaten/kota di Provinsi {name}, {year}',
  /** `<title>` of the SVG (its accessible name). */
  svgTitle: 'Peta zona kepatuhan {count} kabupaten/kota di Indonesia, {year}',
  svgTitleProvince: 'Peta zona kepatuhan {count} kabupaten/kota di Provinsi {name}, {year}',
  svgTitleOpinion: 'Peta Opini Ombudsman {count} kabupaten/kota di Indonesia, {year}',
  svgTitleProvinceOpinion: 'Peta Opini Ombudsman {count} kabupaten/kota di Provinsi {name}, {year}',
  /** `<desc>` of the SVG, after the legend sentence. */
  svgDesc: '{sentence} Setiap daerah di peta adalah tautan ke halamannya; daftar lengkap ada di tabel.',
  /** /peta/ and /peta/<year>/ */
  pageTitle: 'Peta zona kepatuhan {year}',
  pageHeading: 'Peta zona kepatuhan kabupaten/kota, {year}',
  pageIntro:
    'Warna setiap kabupaten/kota menunjukkan zona kepatuhan standar pelayanan publiknya pada penilaian {year} oleh Ombudsman Republik Indonesia, sebagaimana dipublikasikan. Daerah yang belum punya angka yang dipublikasikan diarsir.',
  pageTitleOpinion: 'Peta Opini Ombudsman {year}',
  pageHeadingOpinion: 'Opini Ombudsman untuk kabupaten/kota, {year}',
  pageIntroOpinion:
    'Sejak {year} Ombudsman Republik Indonesia tidak lagi memberi zona: warna setiap kabupaten/kota menunjukkan Opini Ombudsman-nya (metode baru, tidak sebanding dengan tahun sebelumnya), sebagaimana dipublikasikan. Daerah yang belum punya angka yang dipublikasikan diarsir.',
  legend: {
    heading: 'Keterangan',
    headingOpinion: 'Opini Ombudsman {year} — metode baru, bukan zona',
    merah: 'Merah',
    kuning: 'Kuning',
    hijau: 'Hijau',
    'hijau-a': 'Hijau · A',
    'hijau-b': 'Hijau · B',
    'opini-tertinggi': 'Kualitas Tertinggi',
    'opini-tinggi': 'Kualitas Tinggi',
    'opini-sedang': 'Kualitas Sedang',
    'opini-rendah': 'Kualitas Rendah',
    unrated: 'Angka tanpa zona atau opini',
    none: 'Belum ada angka yang dipublikasikan',
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
      'opini-tertinggi': 'opini tertinggi, kategori sangat baik',
      'opini-tinggi': 'opini tinggi, kategori baik',
      'opini-sedang': 'opini sedang, kategori cukup',
      'opini-rendah': 'opini rendah, kategori kurang',
      unrated: 'skor dipublikasikan tanpa zona atau opini; abu-abu polos',
      none: 'diarsir; bukan berarti tidak dinilai',
      gap: 'tidak tergambar di peta: {names}',
    },
    /** "2024: 61 merah, 203 kuning, 250 hijau" */
    sentence: '{year}, dari angka yang dipublikasikan: {merah} merah, {kuning} kuning, {hijau} hijau.',
    sentenceWithNone: '{year}, dari angka yang dipublikasikan: {merah} merah, {kuning} kuning, {hijau} hijau; {none} belum ada angka.',
    sentenceOpinion:
      '{year}, dari angka yang dipublikasikan: opini kualitas tertinggi {tertinggi}, tinggi {tinggi}, sedang {sedang}, rendah {rendah}; {none} belum ada angka.',
    listLabel: 'Jumlah kabupaten/kota per warna peta, {year}',
  },
  years: {
    label: 'Tahun',
    navLabel: 'Tahun penilaian yang ditampilkan di peta',
    /** Shown under the year list: why a year is missing. */
    note: 'Tahun 2020 tidak ada penilaian.',
    /** A year without a page for this map (no kabupaten/kota with a figure), after the year: `2015 (belum ada angka)`. */
    noFigures: 'belum ada angka',
    /** Shown under the year list when some years have no figure for this province. */
    noFiguresNote: 'Tahun tanpa tautan: belum ada angka yang dipublikasikan untuk kabupaten/kota di provinsi ini.',
  },
  tooltip: {
    score: 'Skor {year}',
    zone: 'Zona',
    opinion: 'Opini',
    change: 'Perubahan vs {year}',
    notAssessed: 'Belum ada angka untuk {year}',
    unrated: 'tanpa zona atau opini',
    noScore: 'tanpa skor',
    noChange: 'tidak ada pembanding',
    open: 'Buka halaman daerah',
    close: 'Tutup',
    loading: 'Memuat data…',
    failed: 'Data tahun ini tidak dapat dimuat.',
  },
  skip: 'Lewati peta',
  keyboardHint: 'Papan ketik: Tab masuk ke peta, tombol panah berpindah antardaerah, Enter membuka halaman daerah, Esc menutup keterangan.',
  touchHint: 'Ketuk daerah untuk melihat skornya. Peta tiap provinsi (daftar di bawah) lebih rinci.',
  touchHintProvince: 'Ketuk daerah untuk melihat skornya.',
  provinces: {
    heading: 'Peta per provinsi',
    intro: 'Peta tiap provinsi lebih rinci, dengan tabel kabupaten/kotanya.',
    countNote: 'Angka: kabupaten/kota dengan angka yang dipublikasikan untuk {year}, dari semua kabupaten/kota di provinsi itu.',
    /** "9/24" */
    count: '{published}/{total}',
    countLabel: '{published} dari {total} kabupaten/kota punya angka',
  },
  backToProvince: 'Ringkasan Provinsi {name}',
  /** Province page for one year: /provinsi/<slug>/<year>/ */
  provinceYearTitle: 'Provinsi {name}, {year}',
  provinceYearHeading: 'Provinsi {name}: kepatuhan kabupaten/kota, {year}',
  /** In tables and legends, for a region the map cannot draw (src/lib/map/gaps.ts). */
  geometryGap: 'geometri belum tersedia',
} as const;
