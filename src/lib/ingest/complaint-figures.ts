import { ascending, group } from 'd3-array';
import type { ComplaintArea, ComplaintFigure, ComplaintReading } from '../types.ts';
import { BREAKDOWN_DIMENSIONS, measureById, type Measure } from '../complaints/measures.ts';
import { ownValue } from '../own.ts';
import { sourceOf } from './fields.ts';
import { normalizeHeader, PUBLISHED_HEADERS, type PublishedField } from './headers.ts';
import { bothKinds, type NameMatcher } from '../printed/match.ts';
import { byPrecedenceOf } from '../precedence.ts';
import { parsePrintedCount, type PrintedCount } from '../printed/counts.ts';
import { quote } from './report.ts';

/**
 * Complaint figures as ORI publishes them (`pengaduan/*.csv` with `area_level` and
 * `measure` columns): one row → one figure at its level (nation, office, provincial
 * government, kabupaten/kota). Pure: the caller feeds rows and reports problems.
 */

const REQUIRED: readonly PublishedField[] = ['year', 'area', 'areaName', 'measure', 'count'];

/** The columns of a published-figures file, or null when the header is not one (the per-government shape). */
export function publishedColumns(headers: readonly string[]): { columns: Partial<Record<PublishedField, number>>; missing: PublishedField[] } | null {
  const columns: Partial<Record<PublishedField, number>> = {};
  headers.forEach((h, i) => {
    const field = PUBLISHED_HEADERS.get(normalizeHeader(h));
    if (field !== undefined && columns[field] === undefined) columns[field] = i;
  });
  if (columns.measure === undefined || columns.area === undefined) return null;
  return { columns, missing: REQUIRED.filter((f) => columns[f] === undefined) };
}

const AREAS: readonly ComplaintArea[] = ['nasional', 'prov-office', 'prov-gov', 'kab', 'kota'];

export interface FigureProblem {
  field: PublishedField;
  message: string;
}

/** The government in brackets after a name that is not one (`Posko Ombudsman Timika (Kabupaten Mimika)`). */
function bracketed(name: string): string | null {
  return name.match(/\(([^()]+)\)\s*$/)?.[1] ?? null;
}

type Failed = { ok: false; problem: FigureProblem };
type Read<T> = { ok: true; value: T } | Failed;
const good = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (field: PublishedField, message: string): Failed => ({ ok: false, problem: { field, message } });

/** `2023` or a period `2021-2025` (running forward). */
function readPeriod(text: string): Read<{ year: number; yearTo?: number }> {
  const period = text.match(/^(\d{4})(?:\s*[-–/]\s*(\d{4}))?$/);
  if (!period) return bad('year', `is not a year or a period: ${quote(text)} (expected 2023 or 2021-2025)`);
  const year = Number(period[1]);
  if (period[2] === undefined) return good({ year });
  const yearTo = Number(period[2]);
  return yearTo <= year ? bad('year', `period ${quote(text)} must run forward`) : good({ year, yearTo });
}

/** A breakdown dimension and its value, both or neither. */
function readBreakdown(dimensionText: string, categoryText: string): Read<{ dimension: string | null; category: string | null }> {
  const dimension = dimensionText === '' ? null : dimensionText;
  const category = categoryText === '' ? null : categoryText;
  if (dimension !== null && ownValue(BREAKDOWN_DIMENSIONS, dimension) === undefined) {
    return bad('dimension', `unknown breakdown dimension ${quote(dimension)} (expected ${Object.keys(BREAKDOWN_DIMENSIONS).join(', ')})`);
  }
  if (dimension === null && category !== null) return bad('dimension', `a breakdown value ${quote(category)} needs a breakdown dimension`);
  if (dimension !== null && category === null) return bad('category', `breakdown dimension ${quote(dimension)} needs a breakdown value`);
  return good({ dimension, category });
}

/** The count as printed, which must be a percentage exactly when the measure is one. */
function readCount(text: string, measure: Measure): Read<PrintedCount> {
  const parsed = parsePrintedCount(text);
  if (!parsed.ok) return bad('count', parsed.error);
  if (parsed.value.percent === (measure.unit === 'percent')) return good(parsed.value);
  return bad(
    'count',
    measure.unit === 'percent'
      ? `measure ${measure.id} is a percentage but ${quote(text)} is a count`
      : `${quote(text)} is a percentage: use the measure ${measure.id}_persen (a percentage is never turned into a count)`,
  );
}

/** The area: the province for offices and provincial governments, the government(s) for kab/kota. */
function readArea(area: ComplaintArea, areaName: string, provinceText: string, names: NameMatcher): Read<{ provinceCode: string | null; codes: string[] }> {
  if (area === 'nasional') return good({ provinceCode: null, codes: [] });
  const province = provinceText === '' ? null : names.matchProvince(provinceText);
  if (provinceText !== '' && province === null) return bad('province', `${quote(provinceText)} is not one of the 38 provinces`);
  if (area !== 'kab' && area !== 'kota') {
    if (province === null) return bad('province', `a ${area} figure needs its province`);
    return good({ provinceCode: province.code, codes: area === 'prov-gov' ? [province.code] : [] });
  }
  const codes: string[] = [];
  const both = bothKinds(areaName);
  for (const name of both ?? [areaName]) {
    // `Kota dan Kabupaten Sorong`: each name carries its own kind.
    const hints = { ...(both === null ? { kind: area } : {}), ...(province !== null ? { province: province.code } : {}) };
    let hit = names.match(name, hints);
    const inner = bracketed(name);
    if (!hit.ok && hit.reason === 'not-government' && inner !== null) hit = names.match(inner, hints);
    if (!hit.ok) return bad('areaName', hit.message);
    codes.push(hit.government.code);
  }
  return good({ provinceCode: province?.code ?? names.byCode.get(codes[0]!)!.provinceCode, codes });
}

export function readComplaintFigure(
  cells: readonly string[],
  columns: Partial<Record<PublishedField, number>>,
  names: NameMatcher,
  file: string,
  line: number,
): { ok: true; figure: ComplaintFigure } | Failed {
  const cell = (f: PublishedField) => (columns[f] === undefined ? '' : (cells[columns[f]!] ?? '').trim());
  const period = readPeriod(cell('year'));
  if (!period.ok) return period;
  const area = cell('area') as ComplaintArea;
  if (!AREAS.includes(area)) return bad('area', `unknown area level ${quote(cell('area'))} (expected ${AREAS.join(', ')})`);
  const measure = measureById(cell('measure'));
  if (measure === undefined) return bad('measure', `unknown measure ${quote(cell('measure'))}: add it with its definition to src/lib/complaints/measures.ts`);
  const breakdown = readBreakdown(cell('dimension'), cell('category'));
  if (!breakdown.ok) return breakdown;
  const count = readCount(cell('count'), measure);
  if (!count.ok) return count;
  const place = readArea(area, cell('areaName'), cell('province'), names);
  if (!place.ok) return place;
  const { year, yearTo } = period.value;
  const printed = count.value;
  const note = cell('note');
  return {
    ok: true,
    figure: {
      year,
      ...(yearTo !== undefined ? { yearTo } : {}),
      area,
      areaPrinted: cell('areaName'),
      ...place.value,
      measure: measure.id,
      ...breakdown.value,
      count: printed.value,
      percent: printed.percent,
      approximate: printed.approximate,
      ...(printed.bound !== null ? { bound: printed.bound } : {}),
      ...(printed.upTo !== undefined ? { upTo: printed.upTo } : {}),
      printed: cell('count'),
      ...(note !== '' ? { note } : {}),
      source: sourceOf(file, line, cell('url') || null),
    },
  };
}

/** The figure's identity: the same count of the same thing, restated by another source (or in another year's article). */
function identity(f: ComplaintFigure): string {
  const norm = (s: string | null) =>
    (s ?? '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const where = f.area === 'kab' || f.area === 'kota' ? f.codes.join('+') : f.area === 'nasional' ? '' : `${f.provinceCode}`;
  return [f.year, f.yearTo ?? '', f.area, where, f.measure, f.dimension ?? '', norm(f.category)].join('|');
}

/** A figure as an alternative reading of the one shown. */
const reading = ({ count, percent, approximate, bound, upTo, printed, note, source }: ComplaintFigure): ComplaintReading => ({
  count,
  percent,
  approximate,
  ...(bound ? { bound } : {}),
  ...(upTo !== undefined ? { upTo } : {}),
  printed,
  ...(note !== undefined ? { note } : {}),
  source,
});

/**
 * Figures of the same count (same year or period, area, measure, breakdown) from
 * several sources → one figure shown by source precedence, the others as
 * alternatives (`differs` when the number differs). Nothing is dropped.
 */
export function combineFigures(figures: readonly ComplaintFigure[]): { figures: ComplaintFigure[]; restated: number } {
  let restated = 0;
  const out = [...group(figures, identity).values()].map((same): ComplaintFigure => {
    const [shown, ...rest] = byPrecedenceOf(same, (f) => f.source) as [ComplaintFigure, ...ComplaintFigure[]];
    const alternatives = rest.map((r) => ({ ...reading(r), differs: r.count !== shown.count || r.percent !== shown.percent }));
    if (alternatives.some((a) => a.differs)) restated++;
    return { ...shown, ...(alternatives.length > 0 ? { alternatives } : {}) };
  });
  out.sort((a, b) => a.year - b.year || ascending(a.source.file, b.source.file) || a.source.line - b.source.line);
  return { figures: out, restated };
}
