/**
 * All UI text in Bahasa Indonesia. Placeholders in `{braces}` are filled by
 * `t(key, params)` (src/i18n/index.ts). Keep keys stable: the English dictionary
 * (src/i18n/en.ts) is typed against this structure.
 */
import { map } from './id/map.ts';
import { chart } from './id/chart.ts';
import { region } from './id/region.ts';
import { sources } from './id/sources.ts';
import { rankings } from './id/rankings.ts';
import { compare } from './id/compare.ts';
import { search } from './id/search.ts';
import { grade } from './id/grade.ts';
import { about } from './id/about.ts';
import { embed } from './id/embed.ts';
import { data } from './id/data.ts';
import { coverage } from './id/coverage.ts';
import { complaints } from './id/complaints.ts';
import { cite } from './id/cite.ts';
import { changes } from './id/changes.ts';

export const id = {
  /** Maps: src/i18n/id/map.ts */
  map,
  /** Charts of regions and provinces: src/i18n/id/chart.ts */
  chart,
  /** Region pages, their summary and the list of all kabupaten/kota: src/i18n/id/region.ts */
  region,
  /** Sources of a region's figures: src/i18n/id/sources.ts */
  sources,
  /** The rankings pages: src/i18n/id/rankings.ts */
  rankings,
  /** The comparison page: src/i18n/id/compare.ts */
  compare,
  /** The region search: src/i18n/id/search.ts */
  search,
  /** Grades in running text: src/i18n/id/grade.ts */
  grade,
  /** Methodology and about pages: src/i18n/id/about.ts */
  about,
  /** Embeds and the Sematkan/Unduh tools: src/i18n/id/embed.ts */
  embed,
  /** The data page: src/i18n/id/data.ts */
  data,
  /** What the published figures cover (maps, rankings, provinces): src/i18n/id/coverage.ts */
  coverage,
  /** Published complaint statistics: src/i18n/id/complaints.ts */
  complaints,
  /** The Kutip/Cite box, citations and Dataset descriptions: src/i18n/id/cite.ts */
  cite,
  /** Data releases, /perubahan/ and its feed: src/i18n/id/changes.ts */
  changes,
  site: {
    name: 'Zona Pelayanan',
    tagline: 'Kepatuhan standar pelayanan publik dan pengaduan masyarakat di 514 kabupaten/kota',
    description:
      'Skor dan zona kepatuhan standar pelayanan publik dari Ombudsman Republik Indonesia, serta statistik pengaduan masyarakat, untuk setiap kabupaten/kota di 38 provinsi.',
    titleSeparator: ' — ',
  },
  a11y: {
    skipToContent: 'Langsung ke konten utama',
    mainNav: 'Navigasi utama',
    tableScroll: 'Tabel dapat digeser ke samping',
  },
  language: {
    /** The switch in the header links to the same page in the other language; its text is in that language. */
    switchText: 'English',
  },
  nav: {
    home: 'Beranda',
    provinces: 'Provinsi',
    rankings: 'Peringkat',
    compare: 'Bandingkan',
  },
  demo: {
    label: 'Data contoh — bukan hasil resmi Ombudsman RI',
    explanation: 'Angka di situs ini dibuat untuk pengujian dan pratinjau, tidak menggambarkan kinerja pemerintah daerah mana pun; jangan dikutip.',
  },
  home: {
    heading: 'Zona kepatuhan pelayanan publik kabupaten/kota',
    intro:
      'Zona Pelayanan menampilkan hasil penilaian pelayanan publik kabupaten/kota oleh Ombudsman Republik Indonesia (ORI) sebagaimana dipublikasikan: skor 0–100 dan zona merah (kepatuhan rendah), kuning (sedang) atau hijau (tinggi) hingga 2024, dan sejak 2025 Opini Ombudsman dengan metode baru. ORI tidak menerbitkan tabel lengkap: angka di sini dikumpulkan dari halaman publik, masing-masing dengan sumbernya, sehingga banyak kabupaten/kota belum punya angka.',
    tableHeading: 'Kabupaten/kota dengan angka yang dipublikasikan, {year}',
    noScores: 'Belum ada data skor kepatuhan untuk ditampilkan.',
  },
  zone: {
    merah: 'Merah',
    kuning: 'Kuning',
    hijau: 'Hijau',
    none: 'Belum ada angka',
    /** A government-year without a published figure (not "not assessed": ORI may have assessed it). */
    notAssessed: 'belum ada angka',
    /** Tooltip of an opinion badge (2025–). */
    opinionTitle: 'Opini Ombudsman (metode baru sejak 2025, bukan zona)',
    /** Predikat under the three-zone scheme. */
    grade: {
      merah: 'Kepatuhan rendah',
      kuning: 'Kepatuhan sedang',
      hijau: 'Kepatuhan tinggi',
    },
    /** Opini per category under the 2022+ schemes. */
    category: {
      A: 'Kualitas tertinggi',
      B: 'Kualitas tinggi',
      C: 'Kualitas sedang',
      D: 'Kualitas rendah',
      E: 'Kualitas terendah',
    },
    /** "Hijau · A" */
    withCategory: '{zone} · {category}',
    /** Accessible label: "Zona hijau, kategori A (Kualitas tertinggi)" */
    label: 'Zona {zone}',
    labelWithCategory: 'Zona {zone}, kategori {category} ({opini})',
  },
  table: {
    caption: 'Skor dan zona kepatuhan {count} kabupaten/kota, {year}',
    captionNote: 'Diurutkan menurut kode wilayah Kemendagri. Perubahan dihitung terhadap penilaian terakhir sebelumnya.',
    region: 'Kabupaten/Kota',
    province: 'Provinsi',
    score: 'Skor {year}',
    zone: 'Zona',
    change: 'Perubahan vs {year}',
    changeNoPrevious: 'Perubahan',
    /** Shown after a change measured against an older year than the column's: "(vs 2019)". */
    changeSince: '(vs {year})',
    noScore: 'tanpa skor',
    noChange: 'tidak ada pembanding',
  },
  province: {
    listTitle: 'Provinsi',
    listHeading: 'Kepatuhan per provinsi',
    listIntro: 'Pilih provinsi untuk melihat skor pemerintah provinsinya dan semua kabupaten/kota di dalamnya.',
    listCaption: '{count} provinsi: kabupaten/kota per zona, {year}',
    regions: 'Kabupaten/kota',
    heading: 'Provinsi {name}',
    intro: '{count} kabupaten/kota di Provinsi {name}, dan penilaian Pemerintah Provinsi {name} sendiri.',
    governmentHeading: 'Pemerintah Provinsi {name}',
    governmentNote: 'Skor pemerintah provinsi dinilai terpisah dan tidak dimasukkan ke peringkat kabupaten/kota.',
    governmentNone: 'Belum ada angka yang dipublikasikan untuk Pemerintah Provinsi {name}.',
    governmentCaption: 'Skor dan zona Pemerintah Provinsi {name} per tahun',
    year: 'Tahun',
    score: 'Skor',
    tableHeading: 'Kabupaten/kota di Provinsi {name}, {year}',
    /** The province page's ranking and small multiples (src/components/region/ProvinceRegions.astro). */
    multiplesHeading: 'Tren per kabupaten/kota',
    multiplesIntro:
      'Satu grafik kecil per kabupaten/kota, {from}–{to}, skala 0–100; latar setiap tahun menunjukkan zona menurut skema tahun itu. Angkanya ada di tabel data di bawah.',
    multiplesTable: 'Tabel data tren',
    multiplesCaption: 'Skor kabupaten/kota di Provinsi {name} per tahun',
    rankingHeading: 'Peringkat di Provinsi {name}, {year}',
    rankingCaption: 'Peringkat {count} kabupaten/kota di Provinsi {name}, {year}',
    rankingNote:
      'Peringkat di provinsi (semua kabupaten dan kota) dan se-Indonesia per jenis; skor sama, peringkat sama. Median provinsi {median}; "jauh di atas/bawah" berarti lebih dari satu simpangan baku dari median.',
    standing: 'Dibanding median',
    above: 'jauh di atas',
    below: 'jauh di bawah',
    within: 'dekat median',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    heading: 'Halaman tidak ditemukan',
    body: 'Alamat yang Anda buka tidak ada di situs ini. Mungkin tautannya salah ketik atau halamannya sudah dipindahkan.',
    back: 'Kembali ke beranda',
  },
  footer: {
    sourcesHeading: 'Sumber data',
    scores: 'Skor kepatuhan:',
    scoresSource: 'Ombudsman Republik Indonesia (Penilaian Kepatuhan Standar Pelayanan Publik)',
    regions: 'Kode dan nama wilayah:',
    regionsSource: 'idn-area-data {version} (ODbL) — kode Kepmendagri 300.2.2-2138/2025',
    boundaries: 'Batas wilayah:',
    boundariesSource: 'cahyadsn/wilayah_boundaries (© Cahya DSN, MIT)',
    disclaimer: 'Zona Pelayanan adalah proyek independen dan tidak berafiliasi dengan Ombudsman Republik Indonesia.',
  },
} as const;
