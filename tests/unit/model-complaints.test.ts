import { describe, expect, it } from 'vitest';
import { figuresNaming, intakeSeries, latestBreakdowns, officesWithFigures, totals } from '../../src/lib/model/complaints.ts';
import type { ComplaintFigure } from '../../src/lib/types.ts';

let line = 1;
function f(year: number, measure: string, count: number, more: Partial<ComplaintFigure> = {}): ComplaintFigure {
  return {
    year,
    area: 'nasional',
    areaPrinted: 'Ombudsman RI',
    provinceCode: null,
    codes: [],
    measure,
    dimension: null,
    category: null,
    count,
    percent: measure.endsWith('_persen'),
    approximate: false,
    printed: String(count),
    source: { file: 'pengaduan/x.csv', line: line++, url: 'https://x.id' },
    ...more,
  };
}

const data: ComplaintFigure[] = [
  f(2019, 'laporan_diregistrasi', 5464),
  f(2019, 'laporan_diterima', 11087),
  f(2021, 'laporan_masyarakat', 7186),
  f(2023, 'akses_total', 26461),
  f(2023, 'laporan_masyarakat', 7392),
  f(2023, 'laporan_selesai', 174),
  f(2021, 'laporan_masyarakat', 7000, { yearTo: 2025 }),
  f(2023, 'laporan_persen', 40, { dimension: 'maladministrasi', category: 'Penundaan berlarut' }),
  f(2023, 'laporan_persen', 20, { dimension: 'maladministrasi', category: 'Tidak kompeten' }),
  f(2022, 'laporan_masyarakat', 900, { dimension: 'substansi', category: 'Agraria' }),
  f(2023, 'laporan_masyarakat', 300, { dimension: 'substansi', category: 'Kepegawaian' }),
  f(2023, 'laporan_masyarakat', 800, { dimension: 'substansi', category: 'Agraria' }),
  f(2022, 'laporan_diterima', 533, { area: 'prov-office', provinceCode: '74', areaPrinted: 'Ombudsman Sultra' }),
  f(2022, 'terlapor', 12, { area: 'kab', provinceCode: '16', codes: ['16.06'], areaPrinted: 'Pemkab Muba' }),
];

describe('complaint model', () => {
  it('picks one intake figure per year, the most comparable measure, and marks where the definition changes', () => {
    const series = intakeSeries(data, { kind: 'nasional' });
    expect(series.map((p) => [p.year, p.figure.measure, p.figure.count, p.definitionChanged])).toEqual([
      [2019, 'laporan_diterima', 11087, false],
      [2021, 'laporan_masyarakat', 7186, true],
      [2023, 'laporan_masyarakat', 7392, false],
    ]);
  });
  it('lists totals of a scope without periods or breakdowns, never mixing offices with the nation', () => {
    expect(totals(data, { kind: 'nasional' }).map((x) => `${x.year}:${x.measure}`)).toEqual([
      '2019:laporan_diregistrasi',
      '2019:laporan_diterima',
      '2021:laporan_masyarakat',
      '2023:akses_total',
      '2023:laporan_masyarakat',
      '2023:laporan_selesai',
    ]);
    expect(totals(data, { kind: 'office', provinceCode: '74' }).map((x) => x.count)).toEqual([533]);
  });
  it('gives the latest breakdown per dimension, largest first, one measure each', () => {
    const [subject, maladministration] = latestBreakdowns(data, { kind: 'nasional' }, ['substansi', 'maladministrasi']);
    expect(subject).toMatchObject({ year: 2023, measure: 'laporan_masyarakat' });
    expect(subject!.items.map((x) => x.category)).toEqual(['Agraria', 'Kepegawaian']);
    expect(maladministration!.items.map((x) => [x.category, x.count, x.percent])).toEqual([
      ['Penundaan berlarut', 40, true],
      ['Tidak kompeten', 20, true],
    ]);
    expect(latestBreakdowns(data, { kind: 'nasional' }, ['instansi'])).toEqual([]);
  });
  it('finds figures naming a government and the offices with figures', () => {
    expect(figuresNaming(data, '16.06').map((x) => x.count)).toEqual([12]);
    expect(figuresNaming(data, '18.09')).toEqual([]);
    expect([...officesWithFigures(data)]).toEqual([['74', [2022]]]);
  });
});
