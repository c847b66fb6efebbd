/** Indonesian UI text for the methodology and about pages. Part of `id` (src/i18n/id.ts). */
export const about = {
  nav: {
    methodology: 'Metodologi',
    about: 'Tentang',
  },
  methodology: {
    title: 'Metodologi',
    heading: 'Metodologi dan sumber data',
    lede: 'Apa yang diukur Ombudsman Republik Indonesia, bagaimana Zona Pelayanan membaca angkanya, dan batas-batas datanya.',
    whatHeading: 'Apa itu Penilaian Kepatuhan?',
    what1:
      'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik mewajibkan setiap penyelenggara layanan publik menyusun, menetapkan, dan menerapkan standar pelayanan (Pasal 21 memuat komponennya: persyaratan, prosedur, waktu, biaya, pengaduan, dan lain-lain). Ombudsman Republik Indonesia (ORI) mengawasi pelaksanaannya dan setiap tahun menilai kepatuhan pemerintah daerah terhadap standar itu.',
    what2:
      'Hingga 2021 penilaian memeriksa ketampakan komponen standar pelayanan pada produk layanan di unit yang disampel (Peraturan Ombudsman 17/2015, diganti Peraturan Ombudsman 22/2016). Sejak 2022 hasilnya berupa Opini Pengawasan Penyelenggaraan Pelayanan Publik dengan empat dimensi: input (kompetensi pelaksana, sarana prasarana), proses (pemenuhan standar pelayanan), output (persepsi maladministrasi oleh pengguna layanan), dan pengelolaan pengaduan. Mulai 2025 ORI memakai metode baru, Opini Ombudsman (Peraturan Ombudsman 61/2025), pada sampel instansi yang lebih kecil.',
    schemesHeading: 'Skema zona per tahun',
    schemesIntro:
      'Skor selalu diklasifikasikan menurut skema tahunnya. Skor yang sama bisa berbeda zona pada tahun berbeda: 52 termasuk kuning pada 2021 tetapi merah pada 2022.',
    schemesCaption: 'Batas skor setiap skema',
    schemeColumn: 'Skema',
    yearsColumn: 'Tahun',
    bandsColumn: 'Batas (skor minimum)',
    sourcesColumn: 'Sumber',
    unverified: 'batas angka belum dipublikasikan ORI; kategori yang diumumkan yang dipakai',
    noAssessment: 'Tidak ada penilaian pada {years}.',
    source: 'sumber {n}',
    complaintsHeading: 'Statistik pengaduan',
    complaints1:
      'Laporan masyarakat ke ORI terdiri dari laporan reguler (LM), Respon Cepat Ombudsman (RCO), dan investigasi atas prakarsa sendiri (IAPS); konsultasi non-laporan dan surat tembusan tidak dihitung sebagai laporan sejak sekitar 2021. Definisi berbeda antartahun dan antarkantor perwakilan, sehingga angka antartahun perlu dibandingkan dengan hati-hati.',
    complaints2:
      'Rincian yang ditampilkan mengikuti yang diterbitkan ORI: substansi laporan (misalnya agraria, kepegawaian, pendidikan), dugaan maladministrasi (sepuluh bentuk, antara lain penundaan berlarut, penyimpangan prosedur, tidak memberikan pelayanan), dan instansi terlapor. Jumlah laporan cenderung tinggi di kota tempat kantor perwakilan berada karena akses pelapor lebih mudah.',
    limitsHeading: 'Batas data',
    limit1: 'Tahun 2020 tidak ada penilaian kepatuhan.',
    limit2: 'Sampai 2019 hanya sebagian kabupaten/kota yang dinilai setiap tahun, sehingga banyak daerah memiliki tahun kosong. Sejak 2021 hampir semua kabupaten/kota dinilai.',
    limit3: 'Pada 2022 skema berubah dari tiga zona menjadi lima kategori (A–E); tren yang melewati 2021→2022 membandingkan dua metode berbeda.',
    limit4: 'Empat provinsi baru di Papua (2022) belum dinilai sebagai pemerintah provinsi tersendiri pada 2022–2024; kabupaten/kotanya tetap dinilai.',
    limit5: 'Kode dan nama wilayah mengikuti Kepmendagri 300.2.2-2138/2025; data lama yang memakai nama lama (misalnya Toba Samosir) dicocokkan lewat tabel alias.',
    limit6: 'Angka dari siaran pers kadang berbeda pada desimal kedua antarsumber; Zona Pelayanan menampilkan angka sebagaimana masukannya dan mencatat sumber setiap baris.',
    ownDataHeading: 'Memakai data sendiri',
    ownData1:
      'Zona Pelayanan membaca berkas CSV apa adanya: pemisah koma, titik koma, atau tab; desimal koma atau titik; BOM; judul kolom bahasa Indonesia atau Inggris; nama daerah dengan awalan Kab., Kabupaten, Kota, Pemkab, Pemkot, atau kode Kemendagri. Skor kepatuhan diletakkan di folder kepatuhan/ dan statistik pengaduan di folder pengaduan/. Setiap masalah dilaporkan dengan nama berkas dan nomor barisnya, dan tidak ada yang ditulis sebelum masukan bersih.',
    ownDataHeaders: 'Judul kolom yang dikenali',
    fieldColumn: 'Isian',
    headersColumn: 'Judul kolom yang diterima',
    demoHeading: 'Data contoh',
    demo:
      'Situs ini sedang menampilkan data contoh yang dibuat oleh program dengan seed tetap. Bentuknya meniru data asli (tanpa penilaian 2020, sampel bergilir sampai 2019, kategori pengaduan asli), tetapi angkanya rekaan dan bukan hasil resmi Ombudsman RI.',
    realData: 'Data yang ditampilkan berasal dari berkas masukan yang tercantum di bawah.',
    filesHeading: 'Berkas masukan',
    filesCaption: 'Berkas sumber, jumlah baris, dan sidik SHA-256',
    fileColumn: 'Berkas',
    rowsColumn: 'Baris',
    shaColumn: 'SHA-256',
    boundariesHeading: 'Batas wilayah',
    boundaries:
      'Peta memakai batas kabupaten/kota dari cahyadsn/wilayah_boundaries (© Cahya DSN, lisensi MIT), dengan kode menurut Kepmendagri 300.2.2-2138/2025, dibersihkan dan dikonversi ke TopoJSON. Asal geometri di hulu tidak dinyatakan oleh repositori itu; poligonnya sudah disederhanakan dan bukan hasil survei.',
  },
  about: {
    title: 'Tentang',
    heading: 'Tentang Zona Pelayanan',
    lede: 'Zona Pelayanan adalah dasbor transparansi publik sumber terbuka tentang kualitas pelayanan publik pemerintah daerah di Indonesia.',
    purposeHeading: 'Tujuan',
    purpose:
      'Warga dapat melihat bagaimana daerahnya melayani; jurnalis dapat mengutip dan memakai ulang angkanya; pemerintah daerah dapat membandingkan kemajuannya dengan daerah lain dan provinsinya. Semua halaman dibuat saat build dan tetap berguna tanpa JavaScript.',
    licenceHeading: 'Lisensi dan atribusi',
    licenceCode: 'Kode program: lisensi MIT.',
    licenceScores: 'Skor kepatuhan dan statistik pengaduan: Ombudsman Republik Indonesia (informasi publik).',
    licenceRegistry: 'Kode dan nama wilayah: idn-area-data {version} © fityannugroho, data berlisensi Open Database License (ODbL) 1.0.',
    licenceBoundaries: 'Batas wilayah: cahyadsn/wilayah_boundaries © Cahya DSN, lisensi MIT.',
    citeHeading: 'Cara mengutip',
    citeIntro: 'Sebutkan sumber aslinya (Ombudsman Republik Indonesia) dan Zona Pelayanan, misalnya:',
    citeText: 'Ombudsman Republik Indonesia, Penilaian Kepatuhan Standar Pelayanan Publik {years}; diolah oleh Zona Pelayanan ({url}).',
    citeDemo: 'Selama situs menampilkan data contoh, angkanya tidak boleh dikutip sebagai hasil Ombudsman.',
    independence:
      'Zona Pelayanan adalah proyek independen dan tidak berafiliasi dengan Ombudsman Republik Indonesia.',
  },
} as const;
