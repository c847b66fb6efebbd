import { measureById } from '../complaints/measures.ts';
import { COMPLAINT_DIMENSIONS, type ComplaintEntry, type ComplaintFigure, type ComplaintReading } from '../types.ts';
import { BREAKDOWN_COLUMNS, COMPLAINT_COLUMNS } from './dataset-columns.ts';
import { compareCodeYear, governmentCells, governmentLookup, type Registry } from './government-rows.ts';
import { column, type Row, type Table } from './table.ts';

/**
 * The complaint tables of the data package. Complaint totals and breakdowns per
 * government and year. Published complaint figures: one row per source's reading
 * (the figure shown first, then any restatement, marked), with the measure and its
 * definition on every row so a row read alone says what it counts.
 */

const DIMENSIONS = COMPLAINT_DIMENSIONS;

export const COMPLAINT_FIGURE_COLUMNS = [
  column('year', 'integer', 'Year, or the first year of a period'),
  column('year_to', 'integer', 'Last year of a period (empty for one year)'),
  column('area_level', 'text', 'nasional, prov-office (one Ombudsman office; Jakarta Raya also covers Bogor, Depok and Bekasi), prov-gov, kab or kota'),
  column('area_as_printed', 'text', 'The area as the source printed it'),
  column('province_code', 'text', 'Kemendagri province code of the office or government (empty for the nation)'),
  column('codes', 'text', 'Kemendagri codes of the governments the figure is about, separated by spaces'),
  column('measure', 'text', 'What was counted (src/lib/complaints/measures.ts)'),
  column('measure_label', 'text', 'The measure in English'),
  column('measure_definition', 'text', 'What the measure counts, in English'),
  column('breakdown_dimension', 'text', 'substansi, maladministrasi, instansi, wilayah, … (empty for a total)'),
  column('breakdown_value', 'text', 'The breakdown category as printed (empty for a total)'),
  column('value', 'number', 'The number read: a count, or a percentage when unit is percent (never turned into a count)'),
  column('value_to', 'number', 'Upper end when the source printed a range'),
  column('unit', 'text', 'count or percent'),
  column('approximate', 'text', 'yes when printed as "sekitar …"'),
  column('more_than', 'text', 'yes when printed as "… lebih" / "di atas …"'),
  column('value_as_printed', 'text', 'The figure exactly as printed'),
  column('role', 'text', 'shown (the figure the site shows) or restated (another source for the same count)'),
  column('differs', 'text', 'yes when a restatement prints a different number than the figure shown'),
  column('source_url', 'text', 'The page the figure was read from'),
  column('source_file', 'text', 'Raw file in data/raw/'),
  column('source_line', 'integer', 'Line in that file'),
  column('note', 'text', 'What was odd about the figure (working note)'),
];

function readingRow(f: ComplaintFigure, r: ComplaintReading, role: 'shown' | 'restated', differs: boolean | null): Row {
  const m = measureById(f.measure);
  return {
    year: f.year,
    year_to: f.yearTo ?? null,
    area_level: f.area,
    area_as_printed: f.areaPrinted,
    province_code: f.provinceCode,
    codes: f.codes.join(' ') || null,
    measure: f.measure,
    measure_label: m?.label.en ?? null,
    measure_definition: m?.definition.en ?? null,
    breakdown_dimension: f.dimension,
    breakdown_value: f.category,
    value: r.count,
    value_to: r.upTo ?? null,
    unit: r.percent ? 'percent' : 'count',
    approximate: r.approximate ? 'yes' : null,
    more_than: r.bound === 'more-than' ? 'yes' : null,
    value_as_printed: r.printed,
    role,
    differs: differs === null ? null : differs ? 'yes' : 'no',
    source_url: r.source.url ?? r.source.label ?? null,
    source_file: r.source.file,
    source_line: r.source.line,
    note: r.note ?? null,
  };
}

export function complaintFiguresTable(figures: readonly ComplaintFigure[], name: string, title: string): Table {
  const rows: Row[] = [];
  for (const f of figures) {
    rows.push(readingRow(f, f, 'shown', null));
    for (const a of f.alternatives ?? []) rows.push(readingRow(f, a, 'restated', a.differs));
  }
  return { name, title, columns: COMPLAINT_FIGURE_COLUMNS, rows };
}

/** Complaint totals (received, resolved) per government and year. */
export function complaintsTable(data: { registry: Registry; complaints: readonly ComplaintEntry[] }): Table {
  const lookup = governmentLookup(data.registry);
  const rows = [...data.complaints]
    .sort(compareCodeYear)
    .map((e) => ({ ...governmentCells(lookup(e.code, e.level), e.code), year: e.year, received: e.received, resolved: e.resolved }));
  return {
    name: 'complaints',
    title: 'Complaint reports received and resolved per government per year',
    columns: COMPLAINT_COLUMNS,
    rows,
  };
}

/** Complaint breakdowns in long format: one row per government, year, dimension and category. */
export function breakdownsTable(data: { registry: Registry; complaints: readonly ComplaintEntry[] }): Table {
  const lookup = governmentLookup(data.registry);
  const rows: Row[] = [];
  for (const e of [...data.complaints].sort(compareCodeYear)) {
    const gov = governmentCells(lookup(e.code, e.level), e.code);
    for (const dimension of DIMENSIONS) {
      for (const item of e.breakdowns[dimension] ?? []) {
        rows.push({ ...gov, year: e.year, dimension, category: item.category, received: item.received, resolved: item.resolved });
      }
    }
  }
  return {
    name: 'complaint-breakdowns',
    title: 'Complaint reports per category (substansi, maladministrasi, terlapor) per year',
    columns: BREAKDOWN_COLUMNS,
    rows,
  };
}
