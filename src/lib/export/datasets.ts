import type { Dataset } from '../model/load.ts';
import type { ComplaintDimension, ComplaintEntry, GovernmentLevel, RegistryFile, ScoreEntry } from '../types.ts';
import { column, type Column, type Row, type Table } from './table.ts';

/**
 * The downloadable tables of the data page (`/data/`): every processed dataset as
 * one complete table and one table per year, each later written as CSV and JSON.
 * Every row carries the government's name and province next to its code, so a
 * file is usable on its own. Column names are English snake_case; the descriptions
 * here are the CSV contract printed in the package manifest.
 *
 * Order: by code (`18` < `18.09` < `18.71` < `19`), then year; breakdowns keep the
 * dimension order substansi, maladministrasi, terlapor and the ingested item order.
 */

type Registry = Pick<RegistryFile, 'regions' | 'provinces'>;

const DIMENSIONS: readonly ComplaintDimension[] = ['substansi', 'maladministrasi', 'terlapor'];

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

export const SCORE_COLUMNS: readonly Column[] = [
  ...GOVERNMENT_COLUMNS,
  column('year', 'integer', 'Assessment year (there was no assessment in 2020)'),
  column('score', 'number', 'Compliance score 0–100, up to two decimals; empty when only a grade was published'),
  column('zone', 'text', 'merah, kuning or hijau, derived under that year’s scheme'),
  column('category', 'text', 'A–E under the 2022+ schemes; empty under the three-zone scheme (2013–2021)'),
  column('scheme', 'text', 'Id of the zone scheme of that year: zona-2013, opini-2022, opini-ombudsman-2025'),
  column('note', 'text', 'Note from the source, if any'),
  column('source_url', 'text', 'Link to the published source, if the input cited one'),
  column('source_label', 'text', 'Source text when it is not a link'),
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
      return { name: region.name, level: region.kind, provinceCode: region.provinceCode, provinceName: provinces.get(region.provinceCode)?.name ?? region.provinceCode };
    }
    const provinceCode = code.split('.')[0] ?? code;
    const provinceName = provinces.get(provinceCode)?.name ?? provinceCode;
    if (!code.includes('.')) return { name: provinceName, level: 'provinsi', provinceCode, provinceName };
    // A code outside the registry (ingest rejects those; kept readable rather than thrown).
    return { name: code, level: level ?? 'kabupaten', provinceCode, provinceName };
  };
}

function compareCodeYear(a: { code: string; year: number }, b: { code: string; year: number }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : a.year - b.year;
}

function governmentCells(gov: Government, code: string): Row {
  return { code, name: gov.name, level: gov.level, province_code: gov.provinceCode, province_name: gov.provinceName };
}

export function regionsTable(registry: Registry): Table {
  const provinces = new Map(registry.provinces.map((p) => [p.code, p.name]));
  const rows = [...registry.regions]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
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
  const rows = [...registry.provinces].sort((a, b) => (a.code < b.code ? -1 : 1)).map((p) => ({ code: p.code, name: p.name, slug: p.slug }));
  return { name: 'provinces', title: 'One row per province in the Kemendagri registry', columns: PROVINCE_COLUMNS, rows };
}

function suffix(year: number | undefined): string {
  return year === undefined ? '' : `-${year}`;
}

function yearPhrase(year: number | undefined): string {
  return year === undefined ? 'per year' : `in ${year}`;
}

/** Compliance scores of every government (kabupaten/kota and provincial), all years or one. */
export function scoresTable(data: { registry: Registry; scores: readonly ScoreEntry[] }, year?: number): Table {
  const lookup = governmentLookup(data.registry);
  const rows = data.scores
    .filter((e) => year === undefined || e.year === year)
    .sort(compareCodeYear)
    .map((e) => ({
      ...governmentCells(lookup(e.code, e.level), e.code),
      year: e.year,
      score: e.score,
      zone: e.zone,
      category: e.category,
      scheme: e.scheme,
      note: e.note ?? null,
      source_url: e.source.url ?? null,
      source_label: e.source.label ?? null,
    }));
  return { name: `scores${suffix(year)}`, title: `Compliance score of each assessed government ${yearPhrase(year)}`, columns: SCORE_COLUMNS, rows };
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
  return { name: `score-subscores${suffix(year)}`, title: `Sub-scores as printed by the source, one row per government, year and sub-score`, columns: SUB_SCORE_COLUMNS, rows };
}

/** Complaint totals (received, resolved) per government and year. */
export function complaintsTable(data: { registry: Registry; complaints: readonly ComplaintEntry[] }, year?: number): Table {
  const lookup = governmentLookup(data.registry);
  const rows = data.complaints
    .filter((e) => year === undefined || e.year === year)
    .sort(compareCodeYear)
    .map((e) => ({ ...governmentCells(lookup(e.code, e.level), e.code), year: e.year, received: e.received, resolved: e.resolved }));
  return { name: `complaints${suffix(year)}`, title: `Complaint reports received and resolved per government ${yearPhrase(year)}`, columns: COMPLAINT_COLUMNS, rows };
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
  return { name: `complaint-breakdowns${suffix(year)}`, title: `Complaint reports per category (substansi, maladministrasi, terlapor) ${yearPhrase(year)}`, columns: BREAKDOWN_COLUMNS, rows };
}

function yearsOf(entries: readonly { year: number }[]): number[] {
  return [...new Set(entries.map((e) => e.year))].sort((a, b) => a - b);
}

/**
 * Every table of the data package, in a stable order: registry (regions, provinces),
 * then scores, sub-scores, complaint totals and breakdowns — each complete, then per
 * year. A per-year table is made for every year present in its dataset; the
 * sub-score table only when the data has sub-scores.
 */
export function datasetTables(dataset: Pick<Dataset, 'registry' | 'scores' | 'complaints'>): Table[] {
  const tables: Table[] = [regionsTable(dataset.registry), provincesTable(dataset.registry)];
  const perYear = (make: (year?: number) => Table, years: number[]) => [make(), ...years.map((y) => make(y))];
  tables.push(...perYear((y) => scoresTable(dataset, y), yearsOf(dataset.scores)));
  if (dataset.scores.some((e) => e.subScores && Object.keys(e.subScores).length > 0)) {
    const years = yearsOf(dataset.scores.filter((e) => e.subScores && Object.keys(e.subScores).length > 0));
    tables.push(...perYear((y) => subScoresTable(dataset, y), years));
  }
  const complaintYears = yearsOf(dataset.complaints);
  tables.push(...perYear((y) => complaintsTable(dataset, y), complaintYears));
  tables.push(...perYear((y) => breakdownsTable(dataset, y), complaintYears));
  return tables;
}
