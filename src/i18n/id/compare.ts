/** Indonesian UI text for the comparison page and its embed (/bandingkan/). Part of `id` (src/i18n/id.ts). */
export const compare = {
  title: 'Bandingkan daerah',
  heading: 'Bandingkan kabupaten/kota',
  intro:
    'Bandingkan tren skor kepatuhan hingga {max} kabupaten/kota dalam satu grafik, dengan tabel perubahan per tahun. Daerah yang dipilih tersimpan di alamat halaman (misalnya {example}), sehingga perbandingan dapat dibagikan lewat tautannya.',
  noJs: 'Perbandingan ini memerlukan JavaScript. Tanpa JavaScript, lihat {rankings} untuk semua daerah dalam satu halaman, atau buka halaman setiap daerah lewat {list}.',
  rankingsLink: 'peringkat kabupaten/kota',
  listLink: 'daftar semua kabupaten/kota',
  pick: 'Tambah daerah',
  selected: 'Daerah yang dibandingkan',
  remove: 'Hapus {name}',
  empty: 'Belum ada daerah yang dipilih. Ketik nama atau kode daerah di atas.',
  full: 'Sudah {max} daerah: hapus satu untuk menambah yang lain.',
  unknown: 'Kode tidak dikenal diabaikan: {codes}.',
  chartTitle: 'Skor kepatuhan per tahun',
  chartDesc: 'Garis per daerah dengan pola garis dan bentuk titik yang berbeda; latar menunjukkan zona per tahun menurut skema tahun itu.',
  tableCaption: 'Skor dan perubahan per tahun',
  year: 'Tahun',
  loadError: 'Data perbandingan tidak dapat dimuat.',
  share: 'Tautan perbandingan ini:',
} as const;
