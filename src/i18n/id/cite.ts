/**
 * Indonesian text of the "Kutip" box (src/components/CiteBox.astro), the citation itself
 * (src/lib/citation.ts) and the schema.org Dataset descriptions (src/lib/structured-data.ts).
 * Part of `id` (src/i18n/id.ts).
 */
export const cite = {
  heading: 'Kutip',
  intro:
    'Salin kutipan ini untuk tulisan atau laporan Anda. Sebutkan juga sumber aslinya: Ombudsman Republik Indonesia dan halaman yang memuat angka itu (tautannya ada di setiap angka).',
  textLabel: 'Kutipan (gaya APA)',
  bibtexSummary: 'BibTeX',
  bibtexLabel: 'Entri BibTeX',
  /** Shown when the build knows no data release date (see releaseDate in src/lib/citation.ts). */
  noReleaseNote: 'Tanggal rilis data belum tercatat; tambahkan tanggal Anda mengakses halaman ini.',
  copy: 'Salin',
  copied: 'Tersalin',
  copyFailed: 'Tidak bisa menyalin otomatis. Kutipan sudah dipilih: tekan Ctrl+C (⌘C di Mac).',
  copyPress: 'Tekan Ctrl+C',
  /** APA's "no date" (tanpa tahun). */
  noDate: 't.t.',
  /** In square brackets after the title. */
  kind: 'Kumpulan data; sumber: Ombudsman Republik Indonesia',
  released: 'Data rilis {date}.',
  title: {
    data: 'Kepatuhan standar pelayanan publik kabupaten/kota dan provinsi di Indonesia: hasil penilaian Ombudsman Republik Indonesia sebagaimana dipublikasikan',
    region: '{name}: kepatuhan standar pelayanan publik',
    province: 'Provinsi {name}: kepatuhan standar pelayanan publik kabupaten/kota dan pemerintah provinsi',
  },
  /** schema.org Dataset `description` (50–5000 characters). */
  description: {
    data: 'Hasil penilaian kepatuhan standar pelayanan publik (UU 25/2009) oleh Ombudsman Republik Indonesia untuk kabupaten/kota dan pemerintah provinsi di Indonesia, {years}: skor 0–100, zona merah/kuning/hijau, kategori A–E (2022–2024) dan sejak 2025 Opini Ombudsman, serta statistik pengaduan masyarakat pada tingkat yang dipublikasikan ORI. Setiap angka dikumpulkan dari halaman publik (siaran pers ORI, kantor berita Antara, media lokal) bersama tautan sumbernya. Bukan dataset resmi ORI — ORI tidak menerbitkan tabel hasilnya — dan cakupannya sebagian: baris yang tidak ada berarti belum ditemukan angka yang dipublikasikan. Dihimpun oleh Zona Pelayanan; CSV dan JSON, satu berkas per tabel untuk semua tahun.',
    region:
      'Hasil penilaian kepatuhan standar pelayanan publik {name} (Provinsi {province}) oleh Ombudsman Republik Indonesia, {years}, sebagaimana dimuat di halaman publik, masing-masing dengan tautan sumbernya: skor, zona, kategori atau Opini Ombudsman. Bukan dataset resmi ORI; dihimpun oleh Zona Pelayanan.',
    province:
      'Hasil penilaian kepatuhan standar pelayanan publik kabupaten/kota di Provinsi {name} dan Pemerintah Provinsi {name} oleh Ombudsman Republik Indonesia, {years}, sebagaimana dimuat di halaman publik, masing-masing dengan tautan sumbernya. Bukan dataset resmi ORI; dihimpun oleh Zona Pelayanan.',
  },
  keywords: 'kepatuhan standar pelayanan publik, Ombudsman Republik Indonesia, pelayanan publik, pemerintah daerah, kabupaten, kota, provinsi, Indonesia',
  measurementTechnique: 'Penilaian Kepatuhan Standar Pelayanan Publik Ombudsman Republik Indonesia (UU 25/2009); sejak 2025 Opini Ombudsman, metode baru',
  /** Names of places in schema.org spatialCoverage. */
  country: 'Indonesia',
  /** A distribution's name: the CSV of a region's trend chart, a province's map of a year. */
  trendCsv: 'Tren {name} (CSV)',
  mapCsv: 'Peta Provinsi {name}, {years} (CSV)',
} as const;
