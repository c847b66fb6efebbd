/** Indonesian UI text for embeds (/embed/…) and the Sematkan/Unduh tools under each chart and map. Part of `id` (src/i18n/id.ts). */
export const embed = {
  /** Source line at the foot of every embed. */
  source: 'Sumber: Ombudsman Republik Indonesia, diolah Zona Pelayanan',
  viewFull: 'Selengkapnya di {site}',
  nationalTitle: 'Zona kepatuhan kabupaten/kota, {year}',
  provinceTitle: 'Zona kepatuhan di Provinsi {name}, {year}',
  trendTitle: 'Skor kepatuhan {name}',
  trendSubtitle: 'Skor 0–100 per tahun; median provinsi dan nasional bila sedikitnya 5 skor dipublikasikan',
  complaintsTitle: 'Pengaduan tentang {name}',
  complaintsSubtitle: 'Laporan yang diterima dan diselesaikan Ombudsman RI per tahun',
  compareTitle: 'Perbandingan skor kepatuhan',
  compareNoJs: 'Perbandingan ini disusun di peramban dan memerlukan JavaScript. Buka halaman lengkapnya:',
  /** Alt text of a page's share image (Open Graph). */
  shareImageAlt: 'Kartu {name}: zona dan skor kepatuhan terakhir beserta trennya, dari Zona Pelayanan',
  /** Under an embedded chart, instead of its table: `… tabel di halaman lengkap · CSV`. */
  figuresElsewhere: 'Angka di balik grafik, dengan sumbernya:',
  figuresOnPage: 'tabel di halaman lengkap',
  figuresCsv: 'CSV',
  /** The tools under each chart and map. */
  tools: {
    label: 'Sematkan atau unduh: {title}',
    embed: 'Sematkan',
    embedIntro:
      'Salin kode ini ke halaman Anda: bingkainya, lalu skrip kecil yang menyesuaikan tingginya dengan isi (cukup sekali per halaman). Bila situs Anda membuang skrip, bingkai setinggi {height} piksel.',
    iframeLabel: 'Kode sematan (iframe dan skrip tinggi)',
    flags: 'Opsi pada alamat sematan: ?theme=light, ?theme=dark atau ?plain=1 (tanpa judul dan sumber, untuk cetak).',
    preview: 'Buka sematan',
    copy: 'Salin',
    copied: 'Tersalin',
    copyFailed: 'Tidak bisa menyalin otomatis. Kode sudah dipilih: tekan Ctrl+C (⌘C di Mac).',
    copyPress: 'Tekan Ctrl+C',
    download: 'Unduh',
    svg: 'Gambar vektor (SVG)',
    png: 'Gambar PNG ({width} × {height} piksel)',
    pngWorking: 'Membuat PNG…',
    pngDone: 'PNG diunduh',
    pngFailed: 'PNG tidak bisa dibuat di peramban ini; unduh SVG-nya.',
    csv: 'Angka di balik grafik (CSV)',
    dataLink: 'Semua data',
  },
} as const;
