/** Indonesian UI text for the data page (/data/). Part of `id` (src/i18n/id.ts). */
export const data = {
  nav: 'Data',
  title: 'Unduh data',
  heading: 'Unduh data',
  lede: 'Semua data olahan situs ini, dalam CSV dan JSON, satu berkas per tabel untuk semua tahun — untuk dianalisis ulang, dicek, atau dicerminkan di tempat lain.',
  whatHeading: 'Apa isi data ini',
  what: 'Angka-angka ini adalah hasil penilaian Ombudsman Republik Indonesia sebagaimana dimuat di halaman publik (siaran pers, halaman perwakilan ORI, berita lokal), dikumpulkan satu per satu bersama tautan sumbernya. Ini bukan dataset resmi ORI: ORI tidak menerbitkan tabel hasilnya. Cakupannya sebagian; baris yang tidak ada berarti belum ditemukan angka yang dipublikasikan, bukan berarti tidak dinilai.',
  whatTables: 'Cara membaca tabelnya',
  whatScores:
    'Satu baris per pemerintah daerah per tahun yang punya angka terbit — nilai yang ditampilkan situs, tautan sumbernya (source_url), teks persis seperti tercetak, jumlah sumber, dan sources_differ = yes bila ada sumber lain yang menyebut angka, zona, kategori, atau opini berbeda ({differ} pemerintah-tahun).',
  whatReadings:
    'Setiap bacaan dari setiap sumber, satu baris per sumber — role = shown untuk yang ditampilkan, role = alternative untuk sumber lain, dengan differs = yes bila berbeda. Pakai tabel ini untuk memeriksa sumber yang tidak sepakat.',
  whatMentions: 'Halaman yang menyebut suatu daerah pada suatu tahun tanpa angka, zona, atau opini ({mentions} baris).',
  whatNational:
    'Jumlah pemerintah daerah yang dinilai ORI per tahun dan tingkat, serta jumlah per zona bila dimuat, menurut hitungan ORI sendiri, masing-masing dengan sumbernya.',
  whatComplaints:
    'Statistik pengaduan pada tingkat yang diterbitkan ORI (nasional, kantor perwakilan, atau pemerintah daerah), dengan ukuran yang dihitungnya (measure) dan sumbernya. Jangan menjumlahkan ukuran yang berbeda.',
  whatNoComplaints: 'Statistik pengaduan belum tersedia dalam paket ini.',
  demo: 'Paket ini berisi data contoh yang dibuat acak untuk pengujian, bukan hasil resmi Ombudsman RI. Jangan dikutip.',
  zipHeading: 'Semua dalam satu berkas',
  zipIntro:
    'Satu zip berisi semua tabel (CSV dan JSON), batas wilayah, manifest dan daftar checksum. Isinya sama persis setiap kali dibangun dari data yang sama, sehingga mudah dicerminkan dan diperiksa.',
  zipLink: 'Unduh {name} ({size})',
  checksum: 'SHA-256: {sum}',
  tablesHeading: 'Tabel',
  tablesIntro: 'Setiap tabel adalah satu berkas untuk semua tahun; semua tabel selain kabupaten/kota dan provinsi punya kolom year untuk menyaring satu tahun.',
  tablesCaption: 'Tabel data: satu berkas per tabel untuk semua tahun, dalam CSV dan JSON',
  tableColumn: 'Tabel',
  rowsColumn: 'Baris',
  filesColumn: 'Berkas',
  columnsSummary: '{count} kolom',
  columnsHeading: 'Arti setiap kolom',
  columnsIntro: 'Kolom kode dibaca sebagai teks; sel kosong berarti tidak ada nilai.',
  columnsLanguage: 'Keterangan kolom ditulis dalam bahasa Inggris, sama dengan kontrak CSV di manifest.json.',
  table: {
    regions: 'Kabupaten/kota (kode Kemendagri, nama, provinsi)',
    provinces: 'Provinsi',
    scores: 'Hasil yang ditampilkan, satu baris per pemerintah daerah per tahun, dengan sumbernya',
    'score-readings': 'Semua bacaan dari semua sumber (ditampilkan dan alternatif)',
    'score-mentions': 'Daerah yang disebut tanpa angka',
    'national-counts': 'Hitungan nasional ORI: jumlah yang dinilai per tahun dan tingkat',
    'complaint-figures': 'Statistik pengaduan seperti diterbitkan ORI, dengan sumbernya',
    'score-subscores': 'Subskor (dimensi penilaian) sebagaimana tercetak',
    complaints: 'Pengaduan masyarakat: jumlah diterima dan diselesaikan per pemerintah daerah per tahun',
    'complaint-breakdowns': 'Rincian pengaduan menurut substansi, maladministrasi dan instansi terlapor',
  },
  boundariesHeading: 'Batas wilayah',
  boundariesIntro: 'Geometri kabupaten/kota dan provinsi dalam TopoJSON, dengan atribusi dan lisensinya (MIT, © Cahya DSN).',
  manifestHeading: 'Manifest dan checksum',
  manifestIntro:
    'manifest.json mendaftar setiap berkas dengan ukuran dan SHA-256, lisensi, asal data (checksum berkas masukan) dan kontrak CSV lengkap dengan arti setiap kolom. SHA256SUMS dapat diperiksa dengan sha256sum -c.',
  licencesHeading: 'Lisensi',
  licenceScores:
    'Hasil penilaian: informasi publik dari Ombudsman Republik Indonesia, dikutip dari halaman di kolom source_url; sebutkan Ombudsman RI dan halaman sumbernya.',
  licenceDemo: 'Skor dan pengaduan dalam paket ini adalah data contoh buatan, bukan data Ombudsman RI.',
  licenceRegistry: 'Kode dan nama wilayah: idn-area-data (ODbL 1.0) — turunan datanya juga berlisensi ODbL.',
  licenceBoundaries: 'Batas wilayah: cahyadsn/wilayah_boundaries (MIT); teks lisensi ikut dalam ATTRIBUTION.md.',
  licenceCode: 'Kode situs: MIT.',
  contractHeading: 'Kontrak CSV',
  contract: {
    encoding: 'UTF-8 dengan penanda BOM di awal, agar Excel membacanya sebagai UTF-8.',
    delimiter: 'Pemisah kolom koma; pemisah desimal titik; angka tanpa pemisah ribuan.',
    quoting: 'Kutipan menurut RFC 4180; sel kosong berarti tidak ada nilai (null di JSON).',
    codes: 'Kode wilayah adalah teks (18.10 bukan 18.1): impor kolom kode sebagai teks.',
    formula:
      'Perlindungan dari injeksi rumus: di kolom teks, nilai yang diawali =, +, -, @, tab atau CR diberi awalan tanda kutip tunggal, sehingga spreadsheet tidak menjalankannya sebagai rumus. Kolom angka tidak diubah; berkas JSON menyimpan teks aslinya.',
  },
} as const;
