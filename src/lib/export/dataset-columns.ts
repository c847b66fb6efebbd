import { column, type Column } from './table.ts';

/**
 * The columns of the data package's dataset tables (datasets.ts): their names, types and
 * descriptions are the CSV contract printed in the package manifest. Column names are
 * English snake_case.
 */

/** Columns that name the government, shared by the score and complaint tables. */
export const GOVERNMENT_COLUMNS: readonly Column[] = [
  column('code', 'text', 'Kemendagri code: `PP.KK` for a kabupaten/kota (e.g. 18.09), `PP` for a provincial government (e.g. 18). Never a BPS code.'),
  column('name', 'text', 'Official name with prefix (Kabupaten …, Kota …); the province name for a provincial government'),
  column('level', 'text', 'kabupaten, kota or provinsi (the provincial government itself)'),
  column('province_code', 'text', 'Kemendagri province code `PP`'),
  column('province_name', 'text', 'Province name'),
];

export const REGION_COLUMNS: readonly Column[] = [
  column('code', 'text', 'Kemendagri code `PP.KK` (e.g. 18.09). Never a BPS code.'),
  column('name', 'text', 'Official name with prefix, e.g. Kabupaten Pesawaran'),
  column('short_name', 'text', 'Name without Kabupaten/Kota/Administrasi'),
  column('kind', 'text', 'kabupaten or kota'),
  column('province_code', 'text', 'Kemendagri province code `PP`'),
  column('province_name', 'text', 'Province name'),
  column('slug', 'text', 'URL slug; the region page is /daerah/<code>-<slug>/'),
];

export const PROVINCE_COLUMNS: readonly Column[] = [
  column('code', 'text', 'Kemendagri province code `PP`'),
  column('name', 'text', 'Province name'),
  column('slug', 'text', 'URL slug; the province page is /provinsi/<slug>/'),
];

export const SOURCE_COLUMNS: readonly Column[] = [
  column('source_url', 'text', 'The page that printed this figure (press release, ORI regional page, news article)'),
  column('source_host', 'text', 'Host name of source_url without www., e.g. ombudsman.go.id, lampung.antaranews.com'),
  column('source_label', 'text', 'Source text when the row cites no link'),
  column('source_file', 'text', 'Where the row is in the Zona Pelayanan repository (data/raw/…): correct a figure there'),
  column('source_line', 'integer', 'Line of that row in source_file (line 1 is the header)'),
];

/** Columns of one source's reading: the values read from it and its text as printed. */
export const READING_COLUMNS: readonly Column[] = [
  column(
    'score',
    'number',
    'Score 0–100 read from the printed text, written with a decimal point; empty when the page printed no exact score (only a zone, letter or opinion, or a bound such as "di atas 80")',
  ),
  column(
    'zone',
    'text',
    'merah, kuning or hijau as printed or implied by the printed wording (2015–2024); empty in 2025 (the new method has no zones) or when none was printed',
  ),
  column('category', 'text', 'A–E (2022–2024) as printed or, with a score and no printed letter, from the year’s cut-offs; empty otherwise'),
  column('opinion', 'text', '2025–: Opini Ombudsman level as printed: tertinggi, tinggi, sedang or rendah (Kualitas Tertinggi … Rendah)'),
  column('quality', 'text', '2025–: quality category: sangat-baik, baik, cukup or kurang (printed, or paired with the opinion as ORI pairs them)'),
  column('without_maladministration', 'text', '2025–: yes when the opinion was printed with "Tanpa Maladministrasi", no when without; empty before 2025'),
  column('score_as_printed', 'text', 'The score exactly as the page printed it (78,45 · 80 poin · 99, 23 · di atas 80)'),
  column(
    'grade_as_printed',
    'text',
    'The zone, letter or opinion exactly as the page printed it (zona hijau · Kategori A · Opini Kualitas Tinggi Tanpa Maladministrasi)',
  ),
  column('rank_as_printed', 'text', 'A rank exactly as printed (19 · posisi ke 82 dari 199 Kabupaten); not computed'),
  column(
    'score_band_zone',
    'text',
    'Set only when the printed zone/letter disagrees with the score under that year’s cut-offs: the zone the score falls in. The printed grade (zone, category) is kept as ORI published it',
  ),
  column('score_band_category', 'text', 'With score_band_zone: the letter A–E the score falls in (2022–2024)'),
  column('conflict', 'text', 'The printed text contradicts itself (e.g. "zona hijau kategori D"), in words'),
  column('note', 'text', 'Working note on the row (what was odd, which other page confirms or disagrees); English'),
];

export const SCORE_COLUMNS: readonly Column[] = [
  ...GOVERNMENT_COLUMNS,
  column('year', 'integer', 'Assessment year (results are often announced the following January/February); there was no assessment in 2020'),
  column('scheme', 'text', 'Id of that year’s scheme: zona-2013 (zones, to 2021), opini-2022 (A–E, 2022–2024), opini-ombudsman-2025 (Opini Ombudsman, 2025–)'),
  column('method', 'text', 'How that year’s results are expressed: zones, categories (A–E) or opinion (2025–, not comparable with earlier years)'),
  ...READING_COLUMNS,
  ...SOURCE_COLUMNS,
  column('sources', 'integer', 'How many sources give a reading of this government-year (this one included); all are in score-readings'),
  column(
    'sources_differ',
    'text',
    'yes when another source gives a different score, zone, letter or opinion for this government-year ("sumber berbeda"): see score-readings; no otherwise',
  ),
];

/** Every source's reading: the shown one first, then the others in precedence order. */
export const SCORE_READING_COLUMNS: readonly Column[] = [
  ...GOVERNMENT_COLUMNS,
  column('year', 'integer', 'Assessment year'),
  column('scheme', 'text', 'Id of that year’s scheme (as in scores)'),
  column('method', 'text', 'zones, categories or opinion (as in scores)'),
  column('role', 'text', 'shown: the reading the site shows (the row in scores); alternative: another source for the same government-year'),
  column(
    'precedence',
    'integer',
    '1 for the shown reading, then 2, 3 … in precedence order: a value before none, an exact score before a zone only, then ombudsman.go.id, Antara, other pages, no link; a tie goes to the row listed first',
  ),
  column(
    'differs',
    'text',
    'For an alternative: yes when it gives a different score, zone, letter or opinion than the shown reading, no when it agrees or says less (a zone where the shown reading has a score in that zone); empty for the shown reading',
  ),
  ...READING_COLUMNS,
  ...SOURCE_COLUMNS,
  column('source_class', 'text', 'ombudsman (ORI’s own pages), wire (Antara), other, or none (no link): the source order used by precedence'),
];

export const MENTION_COLUMNS: readonly Column[] = [
  ...GOVERNMENT_COLUMNS,
  column('year', 'integer', 'Assessment year'),
  column(
    'grade_as_printed',
    'text',
    'What the page said, as printed (e.g. "tidak masuk dalam zona hijau", an award); no score, zone or opinion can be read from it',
  ),
  column('rank_as_printed', 'text', 'A rank exactly as printed, if any'),
  column('note', 'text', 'Working note on the row; English'),
  ...SOURCE_COLUMNS,
];

export const NATIONAL_COUNT_COLUMNS: readonly Column[] = [
  column('year', 'integer', 'Assessment year'),
  column('level', 'text', 'provinsi, kabupaten, kota, kabupaten-kota (both together) or semua (every body assessed, ministries included)'),
  column('assessed', 'integer', 'How many governments ORI assessed at that level, as printed by the source'),
  column('hijau', 'integer', 'How many were in zona hijau (or the equivalent categories), as printed; empty when the page did not print it'),
  column('kuning', 'integer', 'How many were in zona kuning, as printed; empty when not printed'),
  column('merah', 'integer', 'How many were in zona merah, as printed; empty when not printed'),
  column('note', 'text', 'Working note (what was odd about the count); English'),
  column('source_url', 'text', 'The page that printed the count'),
  column('source_host', 'text', 'Host name of source_url without www.'),
  column('source_file', 'text', 'Where the row is in the Zona Pelayanan repository'),
  column('source_line', 'integer', 'Line of that row in source_file'),
];

export const SUB_SCORE_COLUMNS: readonly Column[] = [
  ...GOVERNMENT_COLUMNS,
  column('year', 'integer', 'Assessment year'),
  column('sub_score', 'text', 'Name of the sub-score (dimension) as the source printed it'),
  column('value', 'number', 'Points as printed'),
];

export const COMPLAINT_COLUMNS: readonly Column[] = [
  ...GOVERNMENT_COLUMNS,
  column('year', 'integer', 'Year of the reports'),
  column('received', 'integer', 'Reports (laporan masyarakat) received; empty when the source gave only breakdowns'),
  column('resolved', 'integer', 'Reports closed/resolved; empty when not given'),
];

export const BREAKDOWN_COLUMNS: readonly Column[] = [
  ...GOVERNMENT_COLUMNS,
  column('year', 'integer', 'Year of the reports'),
  column('dimension', 'text', 'substansi (subject matter), maladministrasi (alleged maladministration) or terlapor (reported institution)'),
  column('category', 'text', 'Category within the dimension, as the source named it'),
  column('received', 'integer', 'Reports received in this category'),
  column('resolved', 'integer', 'Reports resolved in this category; empty when not given'),
];
