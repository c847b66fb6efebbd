/** Indonesian UI text for the methodology and about pages. Part of `id` (src/i18n/id.ts). */
export const about = {
  nav: {
    methodology: 'Metodologi',
    about: 'Tentang',
  },
  methodology: {
    title: 'Metodologi',
    heading: 'Metodologi dan sumber data',
    lede: 'Apa yang diukur Ombudsman Republik Indonesia, dari mana angka di situs ini berasal, bagaimana beberapa sumber untuk satu hasil dibaca, dan batas-batas datanya.',
    whatHeading: 'Apa itu Penilaian Kepatuhan?',
    what1:
      'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik mewajibkan setiap penyelenggara layanan publik menyusun, menetapkan, dan menerapkan standar pelayanan (Pasal 21 memuat komponennya: persyaratan, prosedur, waktu, biaya, pengaduan, dan lain-lain). Ombudsman Republik Indonesia (ORI) mengawasi pelaksanaannya dan setiap tahun menilai kepatuhan pemerintah daerah terhadap standar itu.',
    what2:
      'Hingga 2021 penilaian memeriksa ketampakan komponen standar pelayanan pada produk layanan di unit yang disampel (Peraturan Ombudsman 17/2015, diganti Peraturan Ombudsman 22/2016). Pada 2022–2024 hasilnya berupa Opini Pengawasan Penyelenggaraan Pelayanan Publik dengan empat dimensi: input (kompetensi pelaksana, sarana prasarana), proses (pemenuhan standar pelayanan), output (persepsi maladministrasi oleh pengguna layanan), dan pengelolaan pengaduan. Sejak 2025 ORI memakai metode baru, Opini Ombudsman (lihat di bawah).',
    sourcesHeading: 'Dari mana angkanya',
    sources1:
      'Angka di situs ini adalah hasil penilaian ORI sebagaimana dimuat di halaman publik: siaran pers dan halaman perwakilan ORI (ombudsman.go.id), kantor berita Antara, berita lokal, dan situs pemerintah daerah. Setiap angka dikumpulkan bersama tautan halamannya dan disimpan persis seperti tercetak.',
    sources2:
      'Ini bukan dataset resmi ORI. ORI tidak menerbitkan tabel hasil penilaiannya (keputusan dan laporannya berupa PDF yang tidak dipublikasikan utuh), jadi kumpulan ini adalah catatan publik terbaik yang ada: sebagian, kadang saling bertentangan, dan nyata. Tidak ada yang dihitung, ditebak, atau diisi: angka yang tidak dimuat halaman mana pun tidak ada di sini.',
    sources3:
      'Daerah tanpa angka pada suatu tahun berarti belum ada angka yang dipublikasikan yang kami temukan, bukan berarti tidak dinilai. Hanya 2020 yang benar-benar tanpa penilaian.',
    coverageHeading: 'Cakupan per tahun',
    coverageIntro:
      'Berapa pemerintah daerah yang punya angka terbit di situs ini, di samping jumlah yang dinilai ORI menurut hitungan ORI sendiri, dengan halaman yang memuat hitungan itu. Dihitung dari data setiap kali situs dibangun.',
    coverageSummary:
      'Seluruhnya {published} pemerintah-tahun kabupaten/kota punya angka terbit; {scored} di antaranya dengan skor persis, sisanya hanya zona, kategori, atau opini.',
    coverageCaption: 'Pemerintah daerah dengan angka terbit, dan jumlah yang dinilai ORI, per tahun',
    coverageYear: 'Tahun',
    coverageRegions: 'Kabupaten/kota (dari {total})',
    coverageProvinces: 'Pemerintah provinsi',
    coveragePublished: 'dengan angka',
    coverageScored: 'dengan skor',
    coverageOri: 'dinilai ORI',
    coverageNoAssessment: 'tidak ada penilaian',
    coverageUnknown: 'tidak diketahui',
    precedenceHeading: 'Beberapa sumber untuk satu daerah dan tahun',
    precedenceIntro: 'Banyak hasil dimuat di lebih dari satu halaman. Semua bacaan disimpan; satu yang ditampilkan, dipilih menurut urutan ini:',
    precedence1: 'bacaan yang memuat nilai (skor, zona, kategori, atau opini) didahulukan dari yang tidak;',
    precedence2: 'skor persis didahulukan dari zona, kategori, atau opini saja;',
    precedence3: 'lalu menurut sumber: halaman ORI sendiri (ombudsman.go.id), lalu kantor berita nasional Antara, lalu media lain, lalu baris tanpa tautan;',
    precedence4: 'bila masih seri, baris yang tercantum lebih dulu.',
    differ:
      'Bila sumber lain menyebut skor, zona, kategori, atau opini yang berbeda, halaman daerah menandai tahun itu "sumber berbeda" dan menampilkan bacaan lain beserta tautannya ({count} pemerintah-tahun). Sumber yang hanya menyebut lebih sedikit, misalnya zona saja sementara sumber lain memuat skor dalam zona itu, tidak dihitung berbeda.',
    bandOfScore:
      'Kadang zona atau kategori yang tercetak tidak cocok dengan batas skor tahun itu (misalnya 50,58 tercetak sebagai zona kuning, padahal batasnya 51). Yang ditampilkan adalah yang diterbitkan ORI, dengan catatan tentang ketidakcocokan itu ({count} kasus).',
    mentions:
      'Sebagian halaman menyebut suatu daerah pada suatu tahun tanpa angka, zona, atau opini (misalnya "belum mencapai zona hijau" atau sebuah penghargaan). Penyebutan ini disimpan terpisah ({count}) dan tidak mewarnai peta.',
    printed:
      'Teks aslinya ikut disimpan dan ditampilkan: "78,45 persen", "80 poin", "di atas 80" (batas, bukan nilai), "Opini Kualitas Tinggi Tanpa Maladministrasi". Semua bacaan, termasuk yang tidak ditampilkan, bisa diunduh di halaman Data.',
    schemesHeading: 'Skema penilaian per tahun',
    schemesIntro:
      'Skor selalu diklasifikasikan menurut skema tahunnya. Skor yang sama bisa berbeda zona pada tahun berbeda: 52 termasuk kuning pada 2021 tetapi merah pada 2022. Sejak 2025 tidak ada zona; hasilnya berupa opini.',
    schemesCaption: 'Batas skor atau tingkat opini setiap skema',
    schemeColumn: 'Skema',
    yearsColumn: 'Tahun',
    bandsColumn: 'Batas (skor minimum) atau tingkat opini',
    sourcesColumn: 'Sumber',
    unverified: 'ORI tidak menerbitkan batas angka: tidak ada yang diturunkan dari skor, opini ditampilkan seperti tercetak.',
    opinionLevel: '{opinion}, kategori kualitas {quality}',
    opinionClean: 'dapat disertai "Tanpa Maladministrasi"',
    noAssessment: 'Tidak ada penilaian pada {years}.',
    opinionHeading: 'Sejak 2025: Opini Ombudsman (Penilaian Maladministrasi)',
    opinion1:
      'Peraturan Ombudsman Nomor 61 Tahun 2025 mengganti penilaian kepatuhan dengan Penilaian Maladministrasi, yang hasilnya diumumkan pada 29 Januari 2026 sebagai Opini Ombudsman RI. Penilaian ini menggabungkan kualitas pelayanan (empat dimensi: input, proses, output, dan pengaduan) dengan kepercayaan publik dan kepatuhan terhadap tindakan korektif Ombudsman; Ombudsman Perwakilan Sulawesi Selatan menyebut bobot 70% dan 30%.',
    opinion2:
      'Setiap pemerintah daerah mendapat skor, kategori kualitas (Sangat Baik, Baik, Cukup, Kurang), dan opini (Kualitas Tertinggi, Tinggi, Sedang, Rendah), kadang dengan tambahan "Tanpa Maladministrasi" bagi yang telah menindaklanjuti temuan Ombudsman. ORI tidak menerbitkan batas angkanya, jadi Zona Pelayanan tidak menurunkan apa pun dari skor 2025: tidak ada zona, dan peta memakai warna opini tersendiri.',
    opinion3:
      'Hasil 2025 tidak dapat dibandingkan dengan 2024 karena instrumennya berubah: garis tren tidak menyambung 2024 ke 2025, dan tidak ada perubahan skor yang dihitung melewatinya.',
    opinionSample: 'Penilaian {year} berupa sampel: {provinces} provinsi, {kota} kota, dan {kabupaten} kabupaten.',
    opinionSources: 'Sumber:',
    complaintsHeading: 'Statistik pengaduan',
    complaints1:
      'Laporan masyarakat ke ORI terdiri dari laporan reguler (LM), Respon Cepat Ombudsman (RCO), dan investigasi atas prakarsa sendiri (IAPS); konsultasi non-laporan dan surat tembusan tidak dihitung sebagai laporan sejak sekitar 2021. Definisi berbeda antartahun dan antarkantor perwakilan, sehingga angka antartahun perlu dibandingkan dengan hati-hati.',
    complaints2:
      'Rincian yang diterbitkan ORI: substansi laporan (misalnya agraria, kepegawaian, pendidikan), dugaan maladministrasi (sepuluh bentuk, antara lain penundaan berlarut, penyimpangan prosedur, tidak memberikan pelayanan), dan instansi terlapor. Jumlah laporan cenderung tinggi di kota tempat kantor perwakilan berada karena akses pelapor lebih mudah.',
    complaintsNone:
      'Situs ini belum memuat statistik pengaduan. ORI menerbitkan jumlah laporan per kantor perwakilan (satu provinsi) dan secara nasional; jumlah laporan tentang satu pemerintah kabupaten/kota hanya terbit untuk segelintir kantor dan tahun.',
    complaintsLevel:
      'Angka pengaduan ditampilkan pada tingkat yang diterbitkan ORI: nasional, per kantor perwakilan (satu provinsi), dan — hanya untuk segelintir kantor dan tahun — per pemerintah daerah, masing-masing dengan sumbernya. Ukuran yang berbeda (laporan diterima, laporan diregistrasi, seluruh akses termasuk konsultasi) tidak pernah dijumlahkan atau disambung dalam satu garis.',
    complaintsWhy:
      'Situs ini tidak membuat peta warna (choropleth) atau peringkat kabupaten/kota menurut jumlah pengaduan: jumlah mentah lebih mencerminkan jarak ke kantor perwakilan dan acara penerimaan laporan sesekali daripada mutu pelayanan; beberapa kantor (misalnya Lampung) sengaja tidak menerbitkan angka per kabupaten karena alasan itu; dan angka yang tidak dipublikasikan bukan berarti nol.',
    measuresCaption: 'Ukuran pengaduan: apa yang dihitung setiap angka',
    measureColumn: 'Ukuran',
    measureDefinitionColumn: 'Yang dihitung',
    measuresPercent:
      'Setiap ukuran juga bisa dicetak sebagai persen (akhiran _persen): bagian dari ukuran itu seperti dicetak sumbernya, tidak pernah diubah menjadi jumlah.',
    limitsHeading: 'Batas data',
    limit1: 'Tahun 2020 tidak ada penilaian kepatuhan.',
    limit2:
      'Sampai 2019 ORI hanya menilai sebagian kabupaten/kota setiap tahun; pada 2021–2024 hampir semua dinilai; 2025 kembali berupa sampel. Di luar itu, situs ini hanya memuat angka yang ditemukan di halaman publik, sehingga banyak daerah tidak punya angka pada tahun tertentu.',
    limit3: 'Pada 2022 skema berubah dari tiga zona menjadi lima kategori (A–E); tren yang melewati 2021→2022 membandingkan dua metode berbeda.',
    limit4: 'Empat provinsi baru di Papua (2022) belum dinilai sebagai pemerintah provinsi tersendiri pada 2022–2024; kabupaten/kotanya tetap dinilai.',
    limit5:
      'Kode dan nama wilayah mengikuti Kepmendagri 300.2.2-2138/2025; nama seperti tercetak (singkatan, nama lama seperti Toba Samosir) dicocokkan lewat tabel alias.',
    limit6:
      'Peringkat di situs ini dihitung hanya di antara pemerintah daerah yang punya skor terbit ("peringkat 3 dari 17 yang punya skor"), dan median hanya bila ada sedikitnya {min} skor. Peringkat yang tercetak di sumber disimpan sebagai teks.',
    contributeHeading: 'Menambah atau mengoreksi angka',
    contribute1:
      'Menemukan hasil yang belum ada di sini? Tambahkan satu baris ke berkas yang sesuai di data/raw/kepatuhan/ dengan tautan halamannya dan nilai persis seperti tercetak, jalankan npm run ingest (setiap masalah dilaporkan sebagai berkas:baris: kolom: pesan), lalu ajukan pull request; CI memeriksanya. Koreksi adalah perubahan yang ditinjau, dengan sumbernya. Panduannya ada di docs/DATA.md dalam repositori kode sumber.',
    contribute2:
      'Berkas CSV dibaca apa adanya: pemisah koma, titik koma, atau tab; desimal koma atau titik; BOM; judul kolom bahasa Indonesia atau Inggris; nama daerah seperti tercetak atau kode Kemendagri. Tidak ada yang ditulis sebelum masukan bersih.',
    ownDataHeaders: 'Judul kolom yang dikenali',
    fieldColumn: 'Isian',
    headersColumn: 'Judul kolom yang diterima',
    filesHeading: 'Berkas masukan',
    realData:
      'Angka yang ditampilkan dibaca dari berkas berikut di folder data/raw/ repositori; hitungan nasional ORI dari data/reference/ori-national-counts.csv.',
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
    figuresHeading: 'Dari mana angkanya',
    figures1:
      'Angka di situs ini adalah hasil penilaian Ombudsman Republik Indonesia sebagaimana dimuat di halaman publik — siaran pers, halaman perwakilan ORI, berita lokal — dikumpulkan bersama tautan sumbernya. Ini bukan dataset resmi ORI: ORI tidak menerbitkan tabel hasilnya.',
    figures2:
      'Cakupannya sebagian: {published} pemerintah-tahun kabupaten/kota punya angka terbit untuk {years}, antara {min} dan {max} dari {total} kabupaten/kota per tahun. Daerah tanpa angka berarti belum ditemukan angka yang dipublikasikan, bukan tidak dinilai.',
    figures3:
      'Bila beberapa halaman memuat hasil yang sama, satu ditampilkan menurut urutan sumber yang terdokumentasi, dan yang lain tampil sebagai "sumber berbeda" bila isinya lain. Zona yang tercetak tidak cocok dengan batas skornya ditampilkan seperti tercetak, dengan catatan.',
    figuresMore: 'Rinciannya:',
    figuresMethodology: 'cakupan, urutan sumber, dan metode 2025',
    figuresData: 'semua angka beserta sumbernya, untuk diunduh',
    licenceHeading: 'Lisensi dan atribusi',
    licenceCode: 'Kode program: lisensi MIT.',
    licenceScores: 'Hasil penilaian: Ombudsman Republik Indonesia (informasi publik), sebagaimana dimuat di halaman yang ditautkan pada setiap angka.',
    licenceRegistry: 'Kode dan nama wilayah: idn-area-data {version} © fityannugroho, data berlisensi Open Database License (ODbL) 1.0.',
    licenceBoundaries: 'Batas wilayah: cahyadsn/wilayah_boundaries © Cahya DSN, lisensi MIT.',
    citeHeading: 'Cara mengutip',
    citeIntro:
      'Sebutkan sumber aslinya — Ombudsman Republik Indonesia dan halaman yang memuat angka itu (tautannya ada di setiap angka) — dan Zona Pelayanan, misalnya:',
    citeText:
      'Ombudsman Republik Indonesia, hasil Penilaian Kepatuhan Standar Pelayanan Publik {years}, sebagaimana dimuat di halaman sumbernya; dikumpulkan oleh Zona Pelayanan ({url}).',
    /** citeText for a build that does not know the site's address (no ZP_SITE). */
    citeTextNoUrl:
      'Ombudsman Republik Indonesia, hasil Penilaian Kepatuhan Standar Pelayanan Publik {years}, sebagaimana dimuat di halaman sumbernya; dikumpulkan oleh Zona Pelayanan.',
    independence: 'Zona Pelayanan adalah proyek independen dan tidak berafiliasi dengan Ombudsman Republik Indonesia.',
  },
} as const;
