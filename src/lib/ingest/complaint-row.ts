import { z } from 'zod';
import dimensionsJson from '../../../data/reference/dimensions.json';
import { COMPLAINT_DIMENSIONS } from '../types.ts';
import { readComplaintFigure } from './complaint-figures.ts';
import type { ComplaintRow } from './fields.ts';
import type { FileState } from './header-check.ts';
import { describeGovernment } from '../printed/match.ts';
import { quote } from './report.ts';
import { error, placeRow, type Session } from './session.ts';
import { byPhrase, phrases, vocabulary } from '../printed/vocabulary.ts';

/**
 * One complaints row (`pengaduan/`): a government's totals or breakdown for a
 * year (into the complaint store), or a figure as ORI published it.
 */

/** Ombudsman RI (Komisi Ombudsman Nasional until 2008) has published complaint counts since its first years. */
const FIRST_COMPLAINT_YEAR = 2000;

/** Breakdown dimensions as written (`substansi`, `Dugaan  Maladministrasi`): data/reference/dimensions.json. */
const DIMENSIONS = byPhrase(vocabulary('dimensions.json', z.record(z.enum(COMPLAINT_DIMENSIONS), phrases), dimensionsJson));
const parseDimension = (text: string) => DIMENSIONS.get(text) ?? DIMENSIONS.get(text.toLowerCase().replace(/\s+/g, ' '));

/** A per-government row: totals (no dimension or category) or one breakdown category. */
export function handleComplaintRow(s: Session, f: FileState, line: number, cells: string[]): void {
  const place = placeRow<ComplaintRow>(s, f, line, cells);
  if (place === null) return;
  const { names } = f.table!;
  const { row, year, government } = place;
  const problem = countProblem(row) ?? breakdownProblem(row);
  if (problem !== null) {
    error(s, f.path, line, problem.message, names[problem.field]);
    return;
  }
  // Past the checks: a count received, and either a totals row or a known dimension with a category.
  const received = row.received!;
  const source = { file: f.path, line };
  if (row.dimension === null || row.category === null) {
    const before = s.complaints.addTotals(government.code, government.level, year, received, row.resolved, source);
    if (before !== null) error(s, f.path, line, `duplicate: ${describeGovernment(government)} ${year} already at ${before.file}:${before.line}`, names.region);
    return;
  }
  const dimension = parseDimension(row.dimension)!;
  s.complaints.addBreakdown(government.code, government.level, year, dimension, { category: row.category, received, resolved: row.resolved, source });
}

type RowProblem = { message: string; field: 'received' | 'resolved' | 'dimension' | 'category' } | null;

/** A row without a count received, or resolving more than it received. */
function countProblem({ received, resolved }: ComplaintRow): RowProblem {
  if (received === null) return { message: 'reports received is empty', field: 'received' };
  if (resolved !== null && resolved > received) return { message: `resolved (${resolved}) is more than received (${received})`, field: 'resolved' };
  return null;
}

/** A breakdown row needs both a known dimension and a category (a totals row has neither). */
function breakdownProblem({ dimension, category }: ComplaintRow): RowProblem {
  if (dimension === null && category === null) return null;
  if (dimension === null) return { message: 'a category without a dimension (substansi, maladministrasi or terlapor)', field: 'dimension' };
  if (category === null) return { message: 'a dimension without a category', field: 'category' };
  if (parseDimension(dimension) === undefined)
    return { message: `unknown dimension ${quote(dimension)}: expected substansi, maladministrasi or terlapor`, field: 'dimension' };
  return null;
}

/** A row of published complaint figures (nation, office, provincial government, kabupaten/kota). */
export function handleFigureRow(s: Session, f: FileState, line: number, cells: string[]): void {
  const columns = f.published!;
  const read = readComplaintFigure(cells, columns, s.names, f.path, line);
  const columnName = (field: string) => {
    const at = columns[field as keyof typeof columns];
    return at === undefined ? field : (f.header!.cells[at] ?? field).trim();
  };
  if (!read.ok) {
    error(s, f.path, line, read.problem.message, columnName(read.problem.field));
    return;
  }
  const { year, yearTo = year } = read.figure;
  const yearProblem =
    year < FIRST_COMPLAINT_YEAR ? `year ${year} is before ${FIRST_COMPLAINT_YEAR}` : yearTo > s.options.currentYear ? `year ${yearTo} is in the future` : null;
  if (yearProblem !== null) error(s, f.path, line, yearProblem, columnName('year'));
  else s.figures.push(read.figure);
}
