/**
 * A region's own complaint entries as the region page shows them (src/lib/model/complaint-entries.ts,
 * drawn by src/components/region/ComplaintsSection.astro): the chart's rows — the same rule decides
 * whether the chart's download exists (src/lib/download-files.ts) — and the breakdowns.
 */
import { describe, expect, it } from 'vitest';
import { breakdownItem, complaintBreakdowns, complaintChartRows, entriesByYear } from '../../src/lib/model/complaint-entries.ts';
import type { ComplaintBreakdownItem, ComplaintEntry } from '../../src/lib/types.ts';

const source = { file: 'pengaduan/x.csv', line: 2 };
const item = (category: string, received: number, resolved: number | null = null): ComplaintBreakdownItem => ({ category, received, resolved, source });
function entry(year: number, partial: Partial<ComplaintEntry> = {}): ComplaintEntry {
  return { code: '18.09', level: 'kabupaten', year, received: null, resolved: null, breakdowns: {}, source, ...partial };
}

describe('entriesByYear and complaintChartRows', () => {
  const entries = [entry(2023, { received: 10, resolved: 4 }), entry(2021), entry(2022, { resolved: 3 }), entry(2020, { received: 0 })];

  it('orders the entries oldest first without touching the input', () => {
    expect(entriesByYear(entries).map((e) => e.year)).toEqual([2020, 2021, 2022, 2023]);
    expect(entries.map((e) => e.year)).toEqual([2023, 2021, 2022, 2020]);
  });
  it('charts the years with reports received or resolved (a zero counts), oldest first', () => {
    expect(complaintChartRows(entries).map((e) => e.year)).toEqual([2020, 2022, 2023]);
  });
  it('has no rows, so no chart and no download, when only breakdowns were given', () => {
    expect(complaintChartRows([entry(2022, { breakdowns: { substansi: [item('Agraria', 3)] } })])).toEqual([]);
    expect(complaintChartRows([])).toEqual([]);
  });
});

describe('complaintBreakdowns', () => {
  const older = entry(2021, { breakdowns: { substansi: [item('Kepegawaian', 2), item('Agraria', 5)], terlapor: [item('Dinas', 1)] } });
  const latest = entry(2023, {
    received: 12,
    breakdowns: { substansi: [item('Pendidikan', 4, 2), item('Agraria', 7, 7), item('Kesehatan', 4, 1)], maladministrasi: [], terlapor: [item('Dinas', 0)] },
  });
  const none = entry(2024, { received: 3 });
  const result = complaintBreakdowns([none, latest, older]);

  it('takes the latest year with any breakdown, not the latest year', () => {
    expect(result.latest?.year).toBe(2023);
  });
  it('one table per dimension the latest year has, in COMPLAINT_DIMENSIONS order; items most reports first, then by name', () => {
    expect(result.latestTables.map((t) => t.dimension)).toEqual(['substansi', 'terlapor']);
    expect(result.latestTables[0]!.items.map((i) => i.category)).toEqual(['Agraria', 'Kesehatan', 'Pendidikan']);
    expect(result.latestTables[0]!.max).toBe(7);
  });
  it('a table whose counts are all zero still has a positive scale for its bars', () => {
    expect(result.latestTables[1]!.max).toBe(1);
  });
  it('every year per dimension, with every category named in any year, in Indonesian order', () => {
    expect(result.history.map((h) => h.dimension)).toEqual(['substansi', 'terlapor']);
    expect(result.history[0]!.years.map((e) => e.year)).toEqual([2021, 2023]);
    expect(result.history[0]!.categories).toEqual(['Agraria', 'Kepegawaian', 'Kesehatan', 'Pendidikan']);
  });
  it('nothing without breakdowns', () => {
    expect(complaintBreakdowns([none])).toEqual({ latest: null, latestTables: [], history: [] });
  });
  it('breakdownItem finds a category of a year, or nothing', () => {
    expect(breakdownItem(older, 'substansi', 'Agraria')?.received).toBe(5);
    expect(breakdownItem(older, 'substansi', 'Pendidikan')).toBeUndefined();
    expect(breakdownItem(older, 'maladministrasi', 'Agraria')).toBeUndefined();
  });
});
