import { describe, expect, it } from 'vitest';
import { intakeMeasures, renderIntakeChart } from '../../src/lib/charts/intake.ts';
import { intakeSeries } from '../../src/lib/model/complaints.ts';
import type { ComplaintFigure } from '../../src/lib/types.ts';

let line = 1;
const f = (year: number, measure: string, count: number): ComplaintFigure => ({
  year,
  area: 'nasional',
  areaPrinted: 'Ombudsman RI',
  provinceCode: null,
  codes: [],
  measure,
  dimension: null,
  category: null,
  count,
  percent: false,
  approximate: false,
  printed: String(count),
  source: { file: 'pengaduan/x.csv', line: line++ },
});
const points = intakeSeries(
  [
    f(2017, 'laporan_masyarakat', 9280),
    f(2018, 'laporan_diterima', 10985),
    f(2019, 'laporan_diterima', 11087),
    f(2021, 'laporan_masyarakat', 7186),
    f(2022, 'laporan_masyarakat', 8295),
  ],
  { kind: 'nasional' },
);

describe('intake chart', () => {
  const svg = renderIntakeChart({
    id: 'intake-test',
    title: 'Laporan <ke> Ombudsman RI',
    desc: 'desc',
    points,
    changeLabel: 'definisi berubah',
    yLabel: 'Laporan',
  });
  it('gives each measure its own symbol and never joins two measures or a gap year', () => {
    expect(intakeMeasures(points).map((m) => [m.measure, m.symbol])).toEqual([
      ['laporan_masyarakat', 'circle'],
      ['laporan_diterima', 'square'],
    ]);
    // Lines: 2018–2019 (laporan_diterima) and 2021–2022 (laporan_masyarakat) only.
    const lines = (color: string) =>
      [...svg.matchAll(new RegExp(`stroke="var\\(--${color}[^"]*" fill="none" aria-label="line">((?:<path[^>]*/>)*)</g>`, 'g'))].map(
        (m) => (m[1]!.match(/<path/g) ?? []).length,
      );
    expect(lines('chart-province')).toEqual([1]);
    expect(lines('chart-resolved')).toEqual([1]);
  });
  it('marks each change of definition and escapes the title', () => {
    expect(svg.match(/definisi berubah/g) ?? []).toHaveLength(2);
    expect(svg).toContain('Laporan &lt;ke&gt; Ombudsman RI');
  });
  it('has no font-variant attribute (invalid "tabular-nums" in SVG: tests/full/vnu.test.ts)', () => {
    expect(svg).toMatch(/<text/);
    expect(svg).not.toMatch(/font-variant=/);
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/intake-national.svg');
  });
});
