import { MEASURES, measureById, type Measure, type MeasureFamily } from '../complaints/measures.ts';
import type { ComplaintFigure } from '../types.ts';

/**
 * Questions the pages ask of the published complaint figures: the intake of the
 * nation or of one Ombudsman office per year (each figure keeping its own measure),
 * the latest breakdowns, the figures that name one government. Pure.
 *
 * Intake is published under changing definitions (registered reports → reports +
 * fast response + own-initiative cases → all contacts); a year's figures are never
 * added up or merged across measures.
 */

/** Where a figure applies: the nation, or one office (a province). */
export type Scope = { kind: 'nasional' } | { kind: 'office'; provinceCode: string };

function inScope(f: ComplaintFigure, scope: Scope): boolean {
  return scope.kind === 'nasional' ? f.area === 'nasional' : f.area === 'prov-office' && f.provinceCode === scope.provinceCode;
}

/** A single year (periods like 2021-2025 are listed apart, never as a year's point). */
const oneYear = (f: ComplaintFigure) => f.yearTo === undefined;

/** Totals (no breakdown) of one scope whose measure belongs to `families`, oldest first. */
export function totals(figures: readonly ComplaintFigure[], scope: Scope, families: readonly MeasureFamily[] = ['intake', 'outcome']): ComplaintFigure[] {
  return figures
    .filter((f) => inScope(f, scope) && f.dimension === null && oneYear(f) && families.includes(measureById(f.measure)?.family ?? 'other'))
    .sort((a, b) => a.year - b.year || a.measure.localeCompare(b.measure));
}

/** Preference for "the" intake figure of a year, most comparable first. */
const INTAKE_ORDER = [
  'laporan_masyarakat',
  'laporan_diterima',
  'laporan_diregistrasi',
  'akses_total',
  'pengaduan_masuk',
  'laporan_reguler',
  'laporan_diverifikasi',
  'laporan_pvl',
  'laporan_diterima_pemeriksaan',
];

export interface IntakePoint {
  year: number;
  figure: ComplaintFigure;
  /** True when this year's intake is counted under another measure than the previous year's point. */
  definitionChanged: boolean;
}

/**
 * One intake figure per year for a scope (the most comparable measure that year
 * published), oldest first, with the years where the measure changes marked: a
 * chart draws each measure as its own series and marks the change.
 */
export function intakeSeries(figures: readonly ComplaintFigure[], scope: Scope): IntakePoint[] {
  const byYear = new Map<number, ComplaintFigure[]>();
  for (const f of totals(figures, scope, ['intake'])) {
    if (f.percent || !INTAKE_ORDER.includes(f.measure)) continue;
    const list = byYear.get(f.year);
    if (list) list.push(f);
    else byYear.set(f.year, [f]);
  }
  const points: IntakePoint[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const figure = [...byYear.get(year)!].sort((a, b) => INTAKE_ORDER.indexOf(a.measure) - INTAKE_ORDER.indexOf(b.measure))[0]!;
    const previous = points.at(-1);
    points.push({ year, figure, definitionChanged: previous !== undefined && previous.figure.measure !== figure.measure });
  }
  return points;
}

export interface Breakdown {
  year: number;
  yearTo?: number;
  measure: string;
  dimension: string;
  /** Rows as published, largest first (percentages and counts are never mixed: one measure per breakdown). */
  items: ComplaintFigure[];
}

/** The latest published breakdown of each dimension for a scope (one measure each: the one with most items that year). */
export function latestBreakdowns(figures: readonly ComplaintFigure[], scope: Scope, dimensions: readonly string[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (const dimension of dimensions) {
    const rows = figures.filter((f) => inScope(f, scope) && f.dimension === dimension && oneYear(f));
    if (rows.length === 0) continue;
    const year = Math.max(...rows.map((f) => f.year));
    const ofYear = rows.filter((f) => f.year === year);
    const byMeasure = new Map<string, ComplaintFigure[]>();
    for (const f of ofYear) (byMeasure.get(f.measure) ?? byMeasure.set(f.measure, []).get(f.measure)!).push(f);
    const [measure, items] = [...byMeasure].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]!;
    out.push({ year, measure, dimension, items: [...items].sort((a, b) => b.count - a.count || (a.category ?? '').localeCompare(b.category ?? '')) });
  }
  return out;
}

/** Figures that name one government (its code among the figure's codes), newest first. */
export function figuresNaming(figures: readonly ComplaintFigure[], code: string): ComplaintFigure[] {
  return figures.filter((f) => f.codes.includes(code)).sort((a, b) => b.year - a.year || a.measure.localeCompare(b.measure));
}

/** Provinces whose office has at least one published figure, with the years covered. */
export function officesWithFigures(figures: readonly ComplaintFigure[]): Map<string, number[]> {
  const years = new Map<string, Set<number>>();
  for (const f of figures) {
    if (f.area !== 'prov-office' || f.provinceCode === null) continue;
    (years.get(f.provinceCode) ?? years.set(f.provinceCode, new Set()).get(f.provinceCode)!).add(f.year);
  }
  return new Map([...years].sort((a, b) => a[0].localeCompare(b[0])).map(([code, set]) => [code, [...set].sort((a, b) => a - b)]));
}

/** The measures the figures use, in the order of the table of definitions (MEASURES). */
export function measuresUsed(figures: readonly ComplaintFigure[]): Measure[] {
  const used = new Set(figures.map((f) => f.measure));
  return MEASURES.filter((m) => used.has(m.id));
}

/** The Jakarta Raya office (province 31) also covers Bogor, Depok and Bekasi (Jawa Barat). */
export const WIDER_OFFICE_AREA: Readonly<Record<string, string[]>> = { '31': ['32.01', '32.76', '32.16', '32.75', '32.71'] };
