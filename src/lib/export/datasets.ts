import { COMPLAINT_DIMENSIONS } from '../types.ts';
import { ascending } from 'd3-array';
import type { Dataset } from '../model/load.ts';
import { sourceClass } from '../precedence.ts';
import type { ComplaintEntry, GovernmentLevel, NationalCount, RegistryFile, ScoreEntry, ScoreMention, ScoreReading, ScoreSource } from '../types.ts';
import { schemeFor, SCHEMES } from '../zones.ts';
import { complaintFiguresTable } from './complaint-tables.ts';
import { hostOf } from '../links.ts';
import { column, type Column, type Row, type Table } from './table.ts';

/**
 * The downloadable tables of the data page (`/data/`): every processed dataset as
 * one complete table and one table per year, each later written as CSV and JSON.
 * Every row carries the government's name and province next to its code, so a
 * file is usable on its own. Column names are English snake_case; the descriptions
 * here are the CSV contract printed in the package manifest.
 *
 * The figures are ORI's results as public pages printed them, each with its page:
 * - `scores`: one row per government-year with a published value: the value shown on
 *   the site (chosen by source precedence, src/lib/precedence.ts), its page,
 *   the text as printed, and whether other sources say something else;
 * - `score-readings`: every source's reading of every government-year, the shown one
 *   (`role` = shown) and each other (`role` = alternative, with `differs`);
 * - `score-mentions`: a page names a government-year without printing a value;
 * - `national-counts`: ORI's own national totals of governments assessed.
 *
 * Order: by code (`18` < `18.09` < `18.71` < `19`), then year; readings in precedence
 * order; breakdowns keep the dimension order substansi, maladministrasi, terlapor
 * and the ingested item order.
 */

type Registry = Pick<RegistryFile, 'regions' | 'provinces'>;

const DIMENSIONS = COMPLAINT_DIMENSIONS;

/** Columns that name the government, shared by the score and complaint tables. */
const GOVERNMENT_COLUMNS: readonly Column[] = [
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

const SOURCE_COLUMNS: readonly Column[] = [
  column('source_url', 'text', 'The page that printed this figure (press release, ORI regional page, news article)'),
  column('source_host', 'text', 'Host name of source_url without www., e.g. ombudsman.go.id, lampung.antaranews.com'),
  column('source_label', 'text', 'Source text when the row cites no link'),
  column('source_file', 'text', 'Where the row is in the Zona Pelayanan repository (data/raw/…): correct a figure there'),
  column('source_line', 'integer', 'Line of that row in source_file (line 1 is the header)'),
];

/** Columns of one source's reading: the values read from it and its text as printed. */
const READING_COLUMNS: readonly Column[] = [
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

export interface Government {
  name: string;
  level: GovernmentLevel;
  provinceCode: string;
  provinceName: string;
}

/** Name, level and province of any government code (kabupaten/kota `PP.KK` or province `PP`). */
export function governmentLookup(registry: Registry): (code: string, level?: GovernmentLevel) => Government {
  const provinces = new Map(registry.provinces.map((p) => [p.code, p]));
  const regions = new Map(registry.regions.map((r) => [r.code, r]));
  return (code, level) => {
    const region = regions.get(code);
    if (region && level !== 'provinsi') {
      return {
        name: region.name,
        level: region.kind,
        provinceCode: region.provinceCode,
        provinceName: provinces.get(region.provinceCode)?.name ?? region.provinceCode,
      };
    }
    const provinceCode = code.split('.')[0] ?? code;
    const provinceName = provinces.get(provinceCode)?.name ?? provinceCode;
    if (!code.includes('.')) return { name: provinceName, level: 'provinsi', provinceCode, provinceName };
    // A code outside the registry (ingest rejects those; kept readable rather than thrown).
    return { name: code, level: level ?? 'kabupaten', provinceCode, provinceName };
  };
}

function compareCodeYear(a: { code: string; year: number }, b: { code: string; year: number }): number {
  return ascending(a.code, b.code) || a.year - b.year;
}

function governmentCells(gov: Government, code: string): Row {
  return { code, name: gov.name, level: gov.level, province_code: gov.provinceCode, province_name: gov.provinceName };
}

export function regionsTable(registry: Registry): Table {
  const provinces = new Map(registry.provinces.map((p) => [p.code, p.name]));
  const rows = [...registry.regions]
    .sort((a, b) => ascending(a.code, b.code))
    .map((r) => ({
      code: r.code,
      name: r.name,
      short_name: r.shortName,
      kind: r.kind,
      province_code: r.provinceCode,
      province_name: provinces.get(r.provinceCode) ?? r.provinceCode,
      slug: r.slug,
    }));
  return { name: 'regions', title: 'One row per kabupaten/kota in the Kemendagri registry', columns: REGION_COLUMNS, rows };
}

export function provincesTable(registry: Registry): Table {
  const rows = [...registry.provinces].sort((a, b) => ascending(a.code, b.code)).map((p) => ({ code: p.code, name: p.name, slug: p.slug }));
  return { name: 'provinces', title: 'One row per province in the Kemendagri registry', columns: PROVINCE_COLUMNS, rows };
}

function suffix(year: number | undefined): string {
  return year === undefined ? '' : `-${year}`;
}

function yearPhrase(year: number | undefined): string {
  return year === undefined ? 'per year' : `in ${year}`;
}

/** `kepatuhan/x.csv` → `data/raw/kepatuhan/x.csv`; a path already from the repository root stays. */
function repositoryPath(file: string): string {
  return file.startsWith('data/') ? file : `data/raw/${file}`;
}

function sourceCells(source: ScoreSource): Row {
  return {
    source_url: source.url ?? null,
    source_host: hostOf(source.url),
    source_label: source.label ?? null,
    source_file: repositoryPath(source.file),
    source_line: source.line,
  };
}

function methodOf(scheme: string, year: number): string | null {
  return SCHEMES.find((s) => s.id === scheme)?.method ?? schemeFor(year)?.method ?? null;
}

function readingCells(r: ScoreReading): Row {
  return {
    score: r.score,
    zone: r.zone,
    category: r.category,
    opinion: r.opinion?.level ?? null,
    quality: r.opinion?.quality ?? null,
    without_maladministration: r.opinion === undefined ? null : r.opinion.withoutMaladministration ? 'yes' : 'no',
    score_as_printed: r.printed?.score ?? null,
    grade_as_printed: r.printed?.grade ?? null,
    rank_as_printed: r.printed?.rank ?? null,
    score_band_zone: r.bandOfScore?.zone ?? null,
    score_band_category: r.bandOfScore?.category ?? null,
    conflict: r.conflict ?? null,
    note: r.note ?? null,
    ...sourceCells(r.source),
  };
}

/**
 * Published results of every government (kabupaten/kota and provincial), all years or
 * one: the value shown on the site, its source, the text as printed, and how many
 * sources there are and whether they differ (each one is in `score-readings`).
 */
export function scoresTable(data: { registry: Registry; scores: readonly ScoreEntry[] }, year?: number): Table {
  const lookup = governmentLookup(data.registry);
  const rows = data.scores
    .filter((e) => year === undefined || e.year === year)
    .sort(compareCodeYear)
    .map((e) => ({
      ...governmentCells(lookup(e.code, e.level), e.code),
      year: e.year,
      scheme: e.scheme,
      method: methodOf(e.scheme, e.year),
      ...readingCells(e),
      sources: 1 + (e.alternatives?.length ?? 0),
      sources_differ: e.alternatives?.some((a) => a.differs) ? 'yes' : 'no',
    }));
  return {
    name: `scores${suffix(year)}`,
    title: `Published result of each government ${yearPhrase(year)}: the value shown on the site, with its source`,
    columns: SCORE_COLUMNS,
    rows,
  };
}

/** Every source's reading of every government-year: the shown one, then the alternatives in precedence order. */
export function scoreReadingsTable(data: { registry: Registry; scores: readonly ScoreEntry[] }, year?: number): Table {
  const lookup = governmentLookup(data.registry);
  const rows: Row[] = [];
  for (const e of data.scores.filter((s) => year === undefined || s.year === year).sort(compareCodeYear)) {
    const common = { ...governmentCells(lookup(e.code, e.level), e.code), year: e.year, scheme: e.scheme, method: methodOf(e.scheme, e.year) };
    rows.push({ ...common, role: 'shown', precedence: 1, differs: null, ...readingCells(e), source_class: sourceClass(e.source.url) });
    (e.alternatives ?? []).forEach((alt, i) => {
      rows.push({
        ...common,
        role: 'alternative',
        precedence: i + 2,
        differs: alt.differs ? 'yes' : 'no',
        ...readingCells(alt),
        source_class: sourceClass(alt.source.url),
      });
    });
  }
  return {
    name: `score-readings${suffix(year)}`,
    title: `Every source’s reading of each government’s result ${yearPhrase(year)} (shown and alternative)`,
    columns: SCORE_READING_COLUMNS,
    rows,
  };
}

/** Government-years a page names without printing a value (and no other source gives one). */
export function mentionsTable(data: { registry: Registry; mentions: readonly ScoreMention[] }, year?: number): Table {
  const lookup = governmentLookup(data.registry);
  const rows = data.mentions
    .filter((m) => year === undefined || m.year === year)
    .sort(compareCodeYear)
    .map((m) => ({
      ...governmentCells(lookup(m.code, m.level), m.code),
      year: m.year,
      grade_as_printed: m.printed?.grade ?? null,
      rank_as_printed: m.printed?.rank ?? null,
      note: m.note ?? null,
      ...sourceCells(m.source),
    }));
  return {
    name: `score-mentions${suffix(year)}`,
    title: `Governments a page names ${yearPhrase(year)} without a published value (no score, zone or opinion found)`,
    columns: MENTION_COLUMNS,
    rows,
  };
}

const NATIONAL_LEVEL_ORDER: readonly NationalCount['level'][] = ['provinsi', 'kabupaten', 'kota', 'kabupaten-kota', 'semua'];

/** ORI's national counts of governments assessed, per year and level, as printed. */
export function nationalCountsTable(national: readonly NationalCount[]): Table {
  const rows = [...national]
    .sort((a, b) => a.year - b.year || NATIONAL_LEVEL_ORDER.indexOf(a.level) - NATIONAL_LEVEL_ORDER.indexOf(b.level) || a.source.line - b.source.line)
    .map((c) => ({
      year: c.year,
      level: c.level,
      assessed: c.assessed,
      hijau: c.zones.hijau,
      kuning: c.zones.kuning,
      merah: c.zones.merah,
      note: c.note ?? null,
      source_url: c.source.url,
      source_host: hostOf(c.source.url),
      source_file: repositoryPath(c.source.file),
      source_line: c.source.line,
    }));
  return {
    name: 'national-counts',
    title: 'Ombudsman RI’s own national counts of governments assessed per year and level, as printed',
    columns: NATIONAL_COUNT_COLUMNS,
    rows,
  };
}

/** Sub-scores (dimension points) in long format: one row per government, year and sub-score. */
export function subScoresTable(data: { registry: Registry; scores: readonly ScoreEntry[] }, year?: number): Table {
  const lookup = governmentLookup(data.registry);
  const rows: Row[] = [];
  for (const e of data.scores.filter((s) => year === undefined || s.year === year).sort(compareCodeYear)) {
    for (const [name, value] of Object.entries(e.subScores ?? {})) {
      rows.push({ ...governmentCells(lookup(e.code, e.level), e.code), year: e.year, sub_score: name, value });
    }
  }
  return {
    name: `score-subscores${suffix(year)}`,
    title: `Sub-scores as printed by the source, one row per government, year and sub-score`,
    columns: SUB_SCORE_COLUMNS,
    rows,
  };
}

/** Complaint totals (received, resolved) per government and year. */
export function complaintsTable(data: { registry: Registry; complaints: readonly ComplaintEntry[] }, year?: number): Table {
  const lookup = governmentLookup(data.registry);
  const rows = data.complaints
    .filter((e) => year === undefined || e.year === year)
    .sort(compareCodeYear)
    .map((e) => ({ ...governmentCells(lookup(e.code, e.level), e.code), year: e.year, received: e.received, resolved: e.resolved }));
  return {
    name: `complaints${suffix(year)}`,
    title: `Complaint reports received and resolved per government ${yearPhrase(year)}`,
    columns: COMPLAINT_COLUMNS,
    rows,
  };
}

/** Complaint breakdowns in long format: one row per government, year, dimension and category. */
export function breakdownsTable(data: { registry: Registry; complaints: readonly ComplaintEntry[] }, year?: number): Table {
  const lookup = governmentLookup(data.registry);
  const rows: Row[] = [];
  for (const e of data.complaints.filter((c) => year === undefined || c.year === year).sort(compareCodeYear)) {
    const gov = governmentCells(lookup(e.code, e.level), e.code);
    for (const dimension of DIMENSIONS) {
      for (const item of e.breakdowns[dimension] ?? []) {
        rows.push({ ...gov, year: e.year, dimension, category: item.category, received: item.received, resolved: item.resolved });
      }
    }
  }
  return {
    name: `complaint-breakdowns${suffix(year)}`,
    title: `Complaint reports per category (substansi, maladministrasi, terlapor) ${yearPhrase(year)}`,
    columns: BREAKDOWN_COLUMNS,
    rows,
  };
}

function yearsOf(entries: readonly { year: number }[]): number[] {
  return [...new Set(entries.map((e) => e.year))].sort((a, b) => a - b);
}

/**
 * Every table of the data package, in a stable order: registry (regions, provinces),
 * then scores, every source's reading, mentions, sub-scores, ORI's national counts,
 * complaint totals and breakdowns — each complete, then per year. A per-year table is
 * made for every year present in its dataset; the sub-score, mention and complaint
 * tables only when there is such data (an empty download helps nobody).
 */
export function datasetTables(
  dataset: Pick<Dataset, 'registry' | 'scores' | 'complaints'> & Partial<Pick<Dataset, 'mentions' | 'national' | 'complaintFigures'>>,
): Table[] {
  const tables: Table[] = [regionsTable(dataset.registry), provincesTable(dataset.registry)];
  const perYear = (make: (year?: number) => Table, years: number[]) => [make(), ...years.map((y) => make(y))];
  const scoreYears = yearsOf(dataset.scores);
  tables.push(...perYear((y) => scoresTable(dataset, y), scoreYears));
  tables.push(...perYear((y) => scoreReadingsTable(dataset, y), scoreYears));
  const mentions = dataset.mentions ?? [];
  if (mentions.length > 0) tables.push(...perYear((y) => mentionsTable({ registry: dataset.registry, mentions }, y), yearsOf(mentions)));
  if (dataset.scores.some((e) => e.subScores && Object.keys(e.subScores).length > 0)) {
    const years = yearsOf(dataset.scores.filter((e) => e.subScores && Object.keys(e.subScores).length > 0));
    tables.push(...perYear((y) => subScoresTable(dataset, y), years));
  }
  if ((dataset.national ?? []).length > 0) tables.push(nationalCountsTable(dataset.national!));
  const figures = dataset.complaintFigures ?? [];
  if (figures.length > 0) {
    tables.push(
      complaintFiguresTable(
        figures,
        'complaint-figures',
        'Complaint figures as Ombudsman RI published them (nation, office, provincial government, kabupaten/kota): one row per source, with the measure and its definition',
      ),
    );
  }
  if (dataset.complaints.length > 0) {
    const complaintYears = yearsOf(dataset.complaints);
    tables.push(...perYear((y) => complaintsTable(dataset, y), complaintYears));
    tables.push(...perYear((y) => breakdownsTable(dataset, y), complaintYears));
  }
  return tables;
}
