import Papa from 'papaparse';
import { ownValue } from '../own.ts';
import type { NationalCount } from '../types.ts';
import { HTTP_LINK } from './fields.ts';
import type { Problem } from './report.ts';

/**
 * ORI's own national totals (`data/reference/ori-national-counts.csv`): governments
 * assessed per year and level and, where printed, per zone. Read as printed: an
 * empty count stays null. Problems are reported as `file:line: column: message`.
 */

const LEVELS: Record<string, NationalCount['level']> = {
  provinsi: 'provinsi',
  kabupaten: 'kabupaten',
  kota: 'kota',
  'kabupaten/kota': 'kabupaten-kota',
  'semua (k/l/pemda)': 'semua',
};

const COLUMNS = ['tahun', 'tingkat', 'dinilai', 'hijau', 'kuning', 'merah', 'catatan', 'sumber'] as const;

export function parseNationalCounts(text: string, file: string): { counts: NationalCount[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const error = (line: number, message: string, column?: string) => problems.push({ severity: 'error', file, line, message, ...(column ? { column } : {}) });
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true });
  const [header = [], ...rows] = parsed.data;
  const at = Object.fromEntries(COLUMNS.map((c) => [c, header.map((h) => h.trim().toLowerCase()).indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  const missing = COLUMNS.filter((c) => at[c] < 0);
  if (missing.length > 0) {
    error(1, `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected ${COLUMNS.join(';')})`);
    return { counts: [], problems };
  }
  const counts: NationalCount[] = [];
  rows.forEach((cells, i) => {
    const line = i + 2;
    const cell = (c: (typeof COLUMNS)[number]) => (cells[at[c]] ?? '').trim();
    const count = (c: (typeof COLUMNS)[number]): number | null | undefined => {
      const s = cell(c);
      if (s === '') return null;
      if (!/^\d+$/.test(s)) {
        error(line, `is not a count: "${s}"`, c);
        return undefined;
      }
      return Number(s);
    };
    const year = Number(cell('tahun'));
    const level = ownValue(LEVELS, cell('tingkat').toLowerCase());
    if (!/^\d{4}$/.test(cell('tahun'))) return error(line, `is not a year: "${cell('tahun')}"`, 'tahun');
    if (level === undefined) return error(line, `unknown level "${cell('tingkat')}" (expected ${Object.keys(LEVELS).join(', ')})`, 'tingkat');
    const [assessed, hijau, kuning, merah] = [count('dinilai'), count('hijau'), count('kuning'), count('merah')];
    if (assessed === undefined || hijau === undefined || kuning === undefined || merah === undefined) return;
    if (assessed === null) return error(line, 'is empty: the number assessed is the point of the row', 'dinilai');
    const url = cell('sumber');
    if (!HTTP_LINK.test(url)) return error(line, 'needs the http(s) link of the page that printed the count', 'sumber');
    counts.push({ year, level, assessed, zones: { hijau, kuning, merah }, ...(cell('catatan') ? { note: cell('catatan') } : {}), source: { file, line, url } });
  });
  counts.sort((a, b) => a.year - b.year);
  return { counts, problems };
}
