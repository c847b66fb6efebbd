/**
 * Indonesian UI text for what the published figures cover: the coverage line of
 * maps and rankings, a province's complete-or-partial list, ranks among those with
 * a score. Part of `id` (src/i18n/id.ts).
 */
export const coverage = {
  published: '{published} dari {total} kabupaten/kota punya angka yang dipublikasikan untuk {year} ({scored} dengan skor).',
  publishedNone: 'Belum ada angka yang dipublikasikan untuk kabupaten/kota pada {year}.',
  /** ORI's own count of kabupaten/kota assessed. */
  ori: 'ORI menilai {assessed} kabupaten/kota pada {year}; angka {published} di antaranya ditemukan.',
  oriAllBodies:
    'ORI menilai {assessed} instansi pada {year} (kementerian, lembaga dan pemerintah daerah bersama-sama); jumlah kabupaten/kota tidak disebutkan terpisah.',
  oriUnknown: 'Berapa kabupaten/kota yang dinilai ORI pada {year} belum ditemukan.',
  /** 2025–: a sample under the new method. */
  sample:
    '{year} memakai metode baru, Opini Ombudsman (Peraturan Ombudsman 61/2025), bukan zona, dan tidak sebanding dengan tahun sebelumnya. Penilaiannya sampel: ORI menilai {provinsi} provinsi, {kota} kota dan {kabupaten} kabupaten; angka {published} kabupaten/kota di antaranya ditemukan.',
  source: 'Sumber hitungan ORI:',
  /** Zone counts as ORI printed them beside ours. */
  zonesCaption: 'Zona {year}: hitungan ORI dan angka yang ditemukan di sini',
  zonesWho: 'Hitungan',
  zonesOri: 'ORI, nasional',
  zonesFound: 'Ditemukan di sini',
  zonesNotPrinted: 'tidak disebutkan',
  zonesNote: 'Hitungan di peta dan tabel hanya mencakup angka yang ditemukan, bukan total nasional.',
  zonesDash: '—: ORI tidak menyebutkan angkanya.',
  province: {
    complete: 'Semua {total} kabupaten/kota di Provinsi {name} punya angka yang dipublikasikan untuk {year}.',
    partial: '{published} dari {total} kabupaten/kota di Provinsi {name} punya angka yang dipublikasikan untuk {year}; daftar tidak lengkap.',
    none: 'Belum ada angka yang dipublikasikan untuk kabupaten/kota di Provinsi {name} pada {year}.',
    /** Under a province map's table, before the links to the kabupaten/kota not in it. */
    unpublished: 'Belum ada angka yang dipublikasikan untuk {year} ({count} dari {total}):',
    byYearHeading: 'Kelengkapan data per tahun',
    byYearIntro: 'Berapa kabupaten/kota di Provinsi {name} punya angka yang dipublikasikan, per tahun penilaian. Pilih tahun untuk peta dan tabelnya.',
    byYearCaption: 'Kabupaten/kota di Provinsi {name} dengan angka yang dipublikasikan, per tahun',
    year: 'Tahun',
    published: 'Dengan angka',
    scored: 'Dengan skor',
    completeShort: 'lengkap',
    partialShort: 'tidak lengkap',
    noneShort: 'belum ada angka',
    ofTotal: '{published} dari {total}',
    /** Province ranking note when too few scores for a median. */
    rankingNoteNoMedian:
      'Peringkat di provinsi (semua kabupaten dan kota) dan se-Indonesia per jenis, hanya di antara yang punya skor; skor sama, peringkat sama. Median provinsi tidak ditampilkan: kurang dari {min} skor.',
    rankingNoteOpinion:
      'Opini Ombudsman {year} (metode baru, bukan zona). Peringkat hanya di antara yang punya skor; skor {year} tidak sebanding dengan tahun sebelumnya.',
    government: 'Zona / opini',
  },
  /** The region table (home, province pages) in an opinion year. */
  table: {
    captionOpinion: 'Skor dan Opini Ombudsman {count} kabupaten/kota, {year}',
    captionNoteOpinion: 'Diurutkan menurut kode wilayah Kemendagri. Metode baru sejak {year}, bukan zona: tidak dibandingkan dengan tahun sebelumnya.',
    opinion: 'Opini',
  },
  rankings: {
    intro:
      'Kabupaten/kota dengan angka yang dipublikasikan untuk {year}, dikelompokkan menurut zona dan diurutkan dari skor tertinggi. Yang hanya punya zona tanpa skor ada di akhir zonanya; yang belum punya angka tidak ada di tabel, tetapi didaftar di bawahnya. Seperti ORI, kabupaten diperingkat di antara kabupaten dan kota di antara kota, hanya di antara yang punya skor ({kabupaten} kabupaten dan {kota} kota); skor sama, peringkat sama (1, 2, 2, 4).',
    introOpinion:
      'Opini Ombudsman {year} untuk kabupaten/kota yang angkanya dipublikasikan, dikelompokkan menurut tingkat opini (metode baru, bukan zona) dan diurutkan dari skor tertinggi; yang tanpa skor ada di akhir kelompoknya. Peringkat hanya di antara yang punya skor ({kabupaten} kabupaten dan {kota} kota). Skor {year} tidak sebanding dengan tahun sebelumnya.',
    caption: 'Peringkat kabupaten/kota, {year}: {published} dari {count} punya angka yang dipublikasikan',
    captionNoteOpinion:
      'Peringkat per jenis (kabupaten atau kota) se-Indonesia dan di dalam provinsi, hanya di antara yang punya skor. Metode baru sejak {year}: tidak dibandingkan dengan tahun sebelumnya.',
    rankNational: 'Peringkat se-Indonesia',
    rankOf: '{rank} dari {of}',
    opinion: 'Opini',
    allOpinions: 'Semua opini',
    noScore: 'tanpa skor',
    /** The list under the table: regions without any published figure that year. */
    unpublishedHeading: 'Belum ada angka untuk {year}',
    unpublishedText:
      '{count} dari {total} kabupaten/kota belum punya angka yang dipublikasikan untuk {year} (skor, zona, atau opini), jadi tidak ada di tabel dan tidak diperingkat. Tidak ada yang diisi: halaman setiap daerah menunjukkan tahun-tahun yang ada angkanya.',
    unpublishedSummary: 'Daftar {count} kabupaten/kota tanpa angka, per provinsi',
    unpublishedNoMatch: 'Tidak ada kabupaten/kota tanpa angka yang cocok dengan saringan.',
    /** Instead of the change lists across the 2024 → 2025 method change. */
    methodBreak:
      'Tidak ada daftar "paling meningkat" atau "turun zona" untuk {year}: sejak {year} ORI memakai metode baru (Opini Ombudsman, bukan zona), sehingga hasilnya tidak sebanding dengan {previous}.',
  },
  /** Home page: rows without a figure are left out of its table. */
  homeRest: '{count} kabupaten/kota lain belum punya angka yang dipublikasikan untuk {year}; semuanya ada di {rankings}.',
  homeRankingsLink: 'halaman peringkat',
} as const;
