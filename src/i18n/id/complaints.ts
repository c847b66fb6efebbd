/** Published complaint statistics (national, per Ombudsman office, naming a government). */
export const complaints = {
  nav: 'Pengaduan',
  nationalHeading: 'Laporan masyarakat ke Ombudsman RI',
  nationalIntro:
    'Angka yang dipublikasikan Ombudsman RI untuk seluruh Indonesia, masing-masing dengan sumbernya. Definisi berubah dari tahun ke tahun (laporan teregistrasi → laporan masyarakat dan respons cepat → semua akses termasuk konsultasi), jadi setiap angka ditampilkan dengan ukurannya dan tidak pernah dijumlahkan antarukuran.',
  officeHeading: 'Laporan ke Ombudsman RI Perwakilan {province}',
  officeIntro: 'Angka yang dipublikasikan kantor perwakilan Ombudsman RI di {province}, masing-masing dengan sumbernya.',
  officeWider:
    'Kantor Perwakilan Jakarta Raya juga melayani Kota dan Kabupaten Bogor, Kota Depok, serta Kota dan Kabupaten Bekasi: angkanya bukan hanya tentang DKI Jakarta.',
  officeNone: 'Belum ada angka pengaduan yang dipublikasikan untuk kantor perwakilan ini.',
  chartTitle: '{scope}: laporan diterima per tahun, {from}–{to}',
  chartDesc:
    'Satu titik per tahun; setiap ukuran punya simbolnya sendiri dan garis hanya menghubungkan tahun berurutan dengan ukuran yang sama. Garis putus-putus menandai tahun ketika definisi berubah.',
  officeScope: 'Ombudsman RI Perwakilan {province}',
  chartNational: 'Ombudsman RI',
  changeLabel: 'definisi berubah',
  yLabel: 'Laporan',
  key: 'Ukuran',
  tableCaption: '{scope}: semua angka total yang dipublikasikan',
  year: 'Tahun',
  measure: 'Ukuran',
  count: 'Angka',
  source: 'Sumber',
  approximate: 'sekitar',
  moreThan: 'lebih dari',
  sourcesDiffer: 'sumber berbeda',
  sourcesDifferDetail: 'Sumber lain mencetak angka berbeda:',
  period: '{from}–{to}',
  breakdownsHeading: 'Rincian terbaru',
  breakdownCaption: '{dimension}, {year} ({measure})',
  category: 'Rincian',
  mentionsHeading: 'Pengaduan yang menyebut {name}',
  mentionsCaveat:
    'Ombudsman RI tidak menerbitkan jumlah pengaduan per kabupaten/kota. Di bawah ini hanya angka yang pernah dipublikasikan dan menyebut daerah ini; angka itu bisa menghitung hal berbeda (laporan dari daerah ini, tentang instansi di daerah ini, atau tentang pemerintah daerahnya) dan tidak boleh dibandingkan antardaerah. Tidak adanya angka bukan berarti nol.',
  pageTitle: 'Pengaduan masyarakat',
  pageIntro:
    'Ombudsman RI menerbitkan statistik pengaduan secara nasional dan per kantor perwakilan (satu per provinsi), kadang dengan rincian substansi, jenis maladministrasi dan instansi terlapor. Jumlah pengaduan per kabupaten/kota hampir tidak pernah dipublikasikan, sehingga situs ini tidak membuat peta atau peringkat pengaduan per kabupaten/kota.',
  officesHeading: 'Kantor perwakilan dengan angka yang dipublikasikan',
  officeYears: '{province}: {years}',
  definitionsHeading: 'Definisi ukuran',
} as const;
