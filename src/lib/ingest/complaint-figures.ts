import type { ComplaintArea, ComplaintFigure, ComplaintReading } from '../types.ts';
import { BREAKDOWN_DIMENSIONS, measureById } from '../complaints/measures.ts';
import { ownValue } from '../own.ts';
import { normalizeHeader } from './headers.ts';
import type { RegionIndex } from './match.ts';
import { byPrecedenceOf } from './precedence.ts';
import { parsePrintedCount } from './printed-count.ts';
import { quote } from './report.ts';

/**
 * Complaint figures as ORI publishes them (`pengaduan/*.csv` with `area_level` and
 * `measure` columns): one row → one figure at its level (nation, office, provincial
 * government, kabupaten/kota). Pure: the caller feeds rows and reports problems.
 */

export type PublishedField = 'year' | 'area' | 'areaName' | 'province' | 'measure' | 'dimension' | 'category' | 'count' | 'url' | 'note';

const HEADERS: Record<string, PublishedField> = {
  year: 'year', tahun: 'year', periode: 'year',
  'area level': 'area', 'tingkat wilayah': 'area',
  'area name as printed': 'areaName', 'area name': 'areaName', wilayah: 'areaName', 'nama wilayah': 'areaName',
  province: 'province', provinsi: 'province',
  measure: 'measure', ukuran: 'measure',
  'breakdown dimension': 'dimension', dimensi: 'dimension',
  'breakdown value': 'category', rincian: 'category', kategori: 'category',
  'count as printed': 'count', count: 'count', jumlah: 'count',
  'source url': 'url', sumber: 'url', url: 'url', source: 'url',
  note: 'note', catatan: 'note', keterangan: 'note',
};

const REQUIRED: readonly PublishedField[] = ['year', 'area', 'areaName', 'measure', 'count'];

/** The columns of a published-figures file, or null when the header is not one (the per-government shape). */
export function publishedColumns(headers: readonly string[]): { columns: Partial<Record<PublishedField, number>>; missing: PublishedField[] } | null {
  const columns: Partial<Record<PublishedField, number>> = {};
  headers.forEach((h, i) => {
    const field = ownValue(HEADERS, normalizeHeader(h));
    if (field !== undefined && columns[field] === undefined) columns[field] = i;
  });
  if (columns.measure === undefined || columns.area === undefined) return null;
  return { columns, missing: REQUIRED.filter((f) => columns[f] === undefined) };
}

const AREAS: readonly ComplaintArea[] = ['nasional', 'prov-office', 'prov-gov', 'kab', 'kota'];
const HTTP_LINK = /^https?:\/\/\S+$/i;

export interface FigureProblem {
  field: PublishedField;
  message: string;
}

/** `Kota dan Kabupaten Sorong` → `Kota Sorong`, `Kabupaten Sorong`: one name for two governments. */
function bothKinds(name: string): string[] | null {
  const m = name.trim().match(/^(kota|kabupaten)\s+dan\s+(kota|kabupaten)\s+(.+)$/i);
  return m ? [`${m[1]} ${m[3]}`, `${m[2]} ${m[3]}`] : null;
}

/** The government in brackets after a name that is not one (`Posko Ombudsman Timika (Kabupaten Mimika)`). */
function bracketed(name: string): string | null {
  return name.match(/\(([^()]+)\)\s*$/)?.[1] ?? null;
}

export function readComplaintFigure(
  cells: readonly string[],
  columns: Partial<Record<PublishedField, number>>,
  index: RegionIndex,
  file: string,
  line: number,
): { ok: true; figure: ComplaintFigure } | { ok: false; problems: FigureProblem[] } {
  const cell = (f: PublishedField) => (columns[f] === undefined ? '' : (cells[columns[f]!] ?? '').trim());
  const problems: FigureProblem[] = [];
  const fail = (field: PublishedField, message: string) => ({ ok: false as const, problems: [...problems, { field, message }] });

  const period = cell('year').match(/^(\d{4})(?:\s*[-–/]\s*(\d{4}))?$/);
  if (!period) return fail('year', `is not a year or a period: ${quote(cell('year'))} (expected 2023 or 2021-2025)`);
  const year = Number(period[1]);
  const yearTo = period[2] !== undefined ? Number(period[2]) : undefined;
  if (yearTo !== undefined && yearTo <= year) return fail('year', `period ${quote(cell('year'))} must run forward`);

  const area = cell('area') as ComplaintArea;
  if (!AREAS.includes(area)) return fail('area', `unknown area level ${quote(cell('area'))} (expected ${AREAS.join(', ')})`);

  const measure = measureById(cell('measure'));
  if (measure === undefined) return fail('measure', `unknown measure ${quote(cell('measure'))}: add it with its definition to src/lib/complaints/measures.ts`);

  const dimension = cell('dimension') === '' ? null : cell('dimension');
  const category = cell('category') === '' ? null : cell('category');
  if (dimension !== null && ownValue(BREAKDOWN_DIMENSIONS, dimension) === undefined) {
    return fail('dimension', `unknown breakdown dimension ${quote(dimension)} (expected ${Object.keys(BREAKDOWN_DIMENSIONS).join(', ')})`);
  }
  if ((dimension === null) !== (category === null)) {
    if (dimension === null) return fail('dimension', `a breakdown value ${quote(category ?? '')} needs a breakdown dimension`);
    return fail('category', `breakdown dimension ${quote(dimension)} needs a breakdown value`);
  }

  const parsed = parsePrintedCount(cell('count'));
  if (!parsed.ok) return fail('count', parsed.error);
  if (parsed.value.percent !== (measure.unit === 'percent')) {
    return fail('count', measure.unit === 'percent' ? `measure ${measure.id} is a percentage but ${quote(cell('count'))} is a count` : `${quote(cell('count'))} is a percentage: use the measure ${measure.id}_persen (a percentage is never turned into a count)`);
  }

  // The area: the province for offices and provincial governments, the government(s) for kab/kota.
  const areaName = cell('areaName');
  let provinceCode: string | null = null;
  let codes: string[] = [];
  if (area !== 'nasional') {
    const province = cell('province') === '' ? null : index.matchProvince(cell('province'));
    if (cell('province') !== '' && province === null) return fail('province', `${quote(cell('province'))} is not one of the 38 provinces`);
    if (area === 'kab' || area === 'kota') {
      const both = bothKinds(areaName);
      for (const name of both ?? [areaName]) {
        // `Kota dan Kabupaten Sorong`: each name carries its own kind.
        const hints = { ...(both === null ? { kind: area } : {}), ...(province !== null ? { province: province.code } : {}) };
        let hit = index.match(name, hints);
        const inner = bracketed(name);
        if (!hit.ok && hit.reason === 'not-government' && inner !== null) hit = index.match(inner, hints);
        if (!hit.ok) return fail('areaName', hit.message);
        codes.push(hit.government.code);
      }
      provinceCode = province?.code ?? index.byCode.get(codes[0]!)!.provinceCode;
    } else {
      if (province === null) return fail('province', `a ${area} figure needs its province`);
      provinceCode = province.code;
      if (area === 'prov-gov') codes = [province.code];
    }
  }

  const url = cell('url');
  const source: ComplaintReading['source'] = { file, line };
  if (url !== '') {
    if (HTTP_LINK.test(url)) source.url = url;
    else source.label = url;
  }
  const note = cell('note');
  return {
    ok: true,
    figure: {
      year,
      ...(yearTo !== undefined ? { yearTo } : {}),
      area,
      areaPrinted: areaName,
      provinceCode,
      codes,
      measure: measure.id,
      dimension,
      category,
      count: parsed.value.value,
      percent: parsed.value.percent,
      approximate: parsed.value.approximate,
      ...(parsed.value.bound !== null ? { bound: parsed.value.bound } : {}),
      ...(parsed.value.upTo !== undefined ? { upTo: parsed.value.upTo } : {}),
      printed: cell('count'),
      ...(note !== '' ? { note } : {}),
      source,
    },
  };
}

/** The figure's identity: the same count of the same thing, restated by another source (or in another year's article). */
function identity(f: ComplaintFigure): string {
  const norm = (s: string | null) => (s === null ? '' : s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
  const where = f.area === 'kab' || f.area === 'kota' ? f.codes.join('+') : f.area === 'nasional' ? '' : `${f.provinceCode}`;
  return [f.year, f.yearTo ?? '', f.area, where, f.measure, f.dimension ?? '', norm(f.category)].join('|');
}

/**
 * Figures of the same count (same year or period, area, measure, breakdown) from
 * several sources → one figure shown by source precedence, the others as
 * alternatives (`differs` when the number differs). Nothing is dropped.
 */
export function combineFigures(figures: readonly ComplaintFigure[]): { figures: ComplaintFigure[]; restated: number } {
  const groups = new Map<string, ComplaintFigure[]>();
  for (const f of figures) {
    const key = identity(f);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const out: ComplaintFigure[] = [];
  let restated = 0;
  for (const group of groups.values()) {
    const [shown, ...rest] = byPrecedenceOf(group, (f) => f.source);
    const reading = ({ count, percent, approximate, bound, upTo, printed, note, source }: ComplaintFigure): ComplaintReading => ({
      count, percent, approximate, ...(bound ? { bound } : {}), ...(upTo !== undefined ? { upTo } : {}), printed, ...(note !== undefined ? { note } : {}), source,
    });
    const alternatives = rest.map((r) => ({ ...reading(r), differs: r.count !== shown!.count || r.percent !== shown!.percent }));
    if (alternatives.some((a) => a.differs)) restated++;
    out.push({ ...shown!, ...(alternatives.length > 0 ? { alternatives } : {}) });
  }
  out.sort((a, b) => a.year - b.year || (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : a.source.line - b.source.line));
  return { figures: out, restated };
}
