/** Indonesian UI text for data releases: /perubahan/, its Atom feed, "Diperbarui" on region pages. Part of `id` (src/i18n/id.ts). */
export const changes = {
  nav: 'Perubahan data',
  title: 'Perubahan data',
  heading: 'Perubahan data',
  lede: 'Setiap rilis data mencatat angka yang ditampilkan situs ini untuk setiap pemerintah daerah dan tahun, beserta halaman sumbernya. Halaman ini menunjukkan apa yang berubah dari satu rilis ke rilis berikutnya: angka yang ditambahkan, diubah atau dihapus (lama → baru, dengan sumber keduanya) dan sumber yang ditambahkan.',
  feedLink: 'Ikuti perubahan lewat feed Atom',
  feedHint: 'Tempelkan alamat feed ini di pembaca feed untuk diberi tahu saat ada rilis baru.',
  noReleases: 'Belum ada rilis data.',
  /** A note when the site's figures differ from the latest release (a build between two releases). */
  unreleased:
    'Angka di situs ini sudah berbeda dari rilis terakhir ({date}) untuk {count} pemerintah daerah-tahun; perubahan itu akan tercatat di rilis berikutnya.',
  /** "Rilis 4 Desember 2026" */
  releaseHeading: 'Rilis {release}',
  /** A further release on the same day: "4 Desember 2026 (ke-2)". */
  releaseSequence: '{date} (ke-{sequence})',
  first: 'Rilis pertama: {entries} angka untuk {governments} pemerintah daerah, tahun {years}.',
  since: 'Dibanding rilis {previous}: {parts}.',
  totals: 'Sesudah rilis ini: {entries} angka tercatat untuk {governments} pemerintah daerah dan provinsi.',
  nothing: 'tidak ada angka atau sumber yang berubah',
  /** Counts of a release; `countOne` where a language says one differently (English: "1 figure added"). */
  count: {
    added: '{count} angka ditambahkan',
    changed: '{count} angka berubah',
    removed: '{count} angka dihapus',
    sources: 'sumber berubah untuk {count} angka',
    newSourcePages: '{count} halaman sumber baru',
  },
  countOne: {
    added: '{count} angka ditambahkan',
    changed: '{count} angka berubah',
    removed: '{count} angka dihapus',
    sources: 'sumber berubah untuk {count} angka',
    newSourcePages: '{count} halaman sumber baru',
  },
  kind: {
    added: 'ditambahkan',
    removed: 'dihapus',
    changed: 'berubah',
    sources: 'sumber',
  },
  /** Value of a removed figure. */
  was: 'sebelumnya {value}',
  /** The value of a year whose sources alone changed. */
  unchanged: 'angka tetap {value}',
  source: 'sumber',
  sourcesAdded: 'sumber baru',
  sourcesRemoved: 'sumber tidak lagi dipakai',
  noSource: 'tanpa sumber',
  provinceGovernment: 'Pemerintah Provinsi {name}',
  /** Headings of the province groups inside a release. */
  province: 'Provinsi {name}',
  /** The feed. */
  feedTitle: 'Zona Pelayanan: perubahan data',
  feedSubtitle:
    'Rilis data Zona Pelayanan: angka kepatuhan standar pelayanan publik Ombudsman RI per kabupaten/kota yang ditambahkan, diubah atau dihapus, dan sumber baru.',
  feedEntryTitle: 'Rilis data {release}',
  feedMore: 'Semua perubahan dan rilis sebelumnya',
  /** Region pages. */
  updated: 'Diperbarui {date}',
  updatedLink: 'apa yang berubah',
};
