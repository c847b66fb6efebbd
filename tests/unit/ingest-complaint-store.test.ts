import { describe, expect, it } from 'vitest';
import { ComplaintStore } from '../../src/lib/ingest/complaint-store.ts';

const at = (line: number, file = 'pengaduan/a.csv') => ({ file, line });
const item = (category: string, received: number, line: number, resolved: number | null = null) => ({ category, received, resolved, source: at(line) });

describe('ComplaintStore', () => {
  it('keeps one entry per government and year, sorted by year then code, with breakdowns in dimension order', () => {
    const store = new ComplaintStore();
    store.addBreakdown('18.09', 'kabupaten', 2022, 'terlapor', item('Pemda', 3, 4));
    store.addTotals('18.09', 'kabupaten', 2022, 40, 31, at(2));
    store.addBreakdown('18.09', 'kabupaten', 2022, 'substansi', item('Agraria', 25, 3, 20));
    store.addTotals('11.01', 'kabupaten', 2022, 5, null, at(5));
    store.addTotals('18.72', 'kota', 2021, 12, 12, at(6));
    expect(store.size).toBe(3);
    expect(store.sorted()).toEqual([
      { code: '18.72', level: 'kota', year: 2021, received: 12, resolved: 12, breakdowns: {}, source: at(6) },
      { code: '11.01', level: 'kabupaten', year: 2022, received: 5, resolved: null, breakdowns: {}, source: at(5) },
      // The totals row is the entry's source even when a breakdown came first.
      {
        code: '18.09',
        level: 'kabupaten',
        year: 2022,
        received: 40,
        resolved: 31,
        breakdowns: { substansi: [item('Agraria', 25, 3, 20)], terlapor: [item('Pemda', 3, 4)] },
        source: at(2),
      },
    ]);
    expect(Object.keys(store.sorted()[2]!.breakdowns)).toEqual(['substansi', 'terlapor']);
    expect(store.codes()).toEqual(['18.09', '11.01', '18.72']);
    expect(store.years()).toEqual([2022, 2021]);
  });

  it('reports a second totals row with where the first was, and keeps the first', () => {
    const store = new ComplaintStore();
    expect(store.addTotals('18.09', 'kabupaten', 2022, 40, null, at(2))).toBeNull();
    expect(store.addTotals('18.09', 'kabupaten', 2022, 41, null, at(3, 'pengaduan/b.csv'))).toEqual(at(2));
    expect(store.sorted()[0]!.received).toBe(40);
  });

  it('sets aside a category given again for the same dimension (in any case), in arrival order; the first counts', () => {
    const store = new ComplaintStore();
    store.addTotals('18.09', 'kabupaten', 2022, 10, null, at(2));
    store.addBreakdown('18.09', 'kabupaten', 2022, 'substansi', item('Agraria', 4, 3));
    store.addBreakdown('18.09', 'kabupaten', 2022, 'terlapor', item('Agraria', 2, 4));
    store.addBreakdown('18.09', 'kabupaten', 2022, 'substansi', item('AGRARIA', 5, 5));
    store.addBreakdown('18.09', 'kabupaten', 2022, 'substansi', item('agraria', 6, 6));
    expect(store.duplicates).toEqual([
      { code: '18.09', year: 2022, dimension: 'substansi', category: 'AGRARIA', source: at(5), first: at(3) },
      { code: '18.09', year: 2022, dimension: 'substansi', category: 'agraria', source: at(6), first: at(3) },
    ]);
    expect(store.sorted()[0]!.breakdowns.substansi).toEqual([item('Agraria', 4, 3)]);
    expect([...store.sums()].map((s) => [s.dimension, s.sum, s.firstSource.line])).toEqual([
      ['substansi', 4, 3],
      ['terlapor', 2, 4],
    ]);
  });

  it('lists entries with breakdowns but no totals row, at their first row', () => {
    const store = new ComplaintStore();
    store.addBreakdown('18.09', 'kabupaten', 2022, 'substansi', item('Agraria', 4, 7));
    store.addTotals('18.10', 'kabupaten', 2022, 3, null, at(8));
    expect([...store.withoutTotals()]).toEqual([{ code: '18.09', year: 2022, source: at(7) }]);
    expect([...store.sums()][0]).toMatchObject({ code: '18.09', received: null, sum: 4 });
  });
});
