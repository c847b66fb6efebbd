/** Indonesian UI text for the region search in the header and on the comparison page. Part of `id` (src/i18n/id.ts). */
export const search = {
  label: 'Cari kabupaten/kota',
  link: 'Cari daerah',
  placeholder: 'Nama atau kode, mis. Pesawaran',
  submit: 'Cari',
  results: '{count} hasil',
  none: 'Tidak ada daerah yang cocok dengan "{query}".',
  hint: 'Gunakan panah atas/bawah untuk memilih dan Enter untuk membuka.',
  loading: 'Memuat daftar daerah…',
} as const;
