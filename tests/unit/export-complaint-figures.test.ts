import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../src/lib/export/csv.ts';
import { complaintFiguresTable } from '../../src/lib/export/complaint-tables.ts';
import { datasetTables } from '../../src/lib/export/datasets.ts';
import type { ComplaintFigure } from '../../src/lib/types.ts';

const figure: ComplaintFigure = {
  year: 2023,
  area: 'nasional',
  areaPrinted: '=HYPERLINK("x")',
  provinceCode: null,
  codes: [],
  measure: 'laporan_masyarakat',
  dimension: null,
  category: null,
  count: 8452,
  percent: false,
  approximate: false,
  printed: '8.452',
  source: { file: 'pengaduan/p.csv', line: 3, url: 'https://ombudsman.go.id/a' },
  alternatives: [
    {
      count: 7392,
      percent: false,
      approximate: false,
      printed: '7.392',
      source: { file: 'pengaduan/p.csv', line: 2, url: 'https://news.detik.com/b' },
      differs: true,
    },
  ],
};

describe('complaint figures export', () => {
  const table = complaintFiguresTable([figure], 'complaint-figures', 'title');
  it('has one row per source, the shown figure first, with measure, definition and source on every row', () => {
    expect(table.rows.map((r) => [r.role, r.value, r.differs, r.source_url, r.measure_label])).toEqual([
      ['shown', 8452, null, 'https://ombudsman.go.id/a', 'Public reports'],
      ['restated', 7392, 'yes', 'https://news.detik.com/b', 'Public reports'],
    ]);
    expect(table.rows.every((r) => typeof r.measure_definition === 'string' && r.measure_definition.length > 10)).toBe(true);
  });
  it('protects text cells against formula injection', () => {
    expect(tableToCsv(table)).toContain(`"'=HYPERLINK(""x"")"`);
  });
  it('is part of the data package only when there are figures', () => {
    const registry = { source: { package: 'p', version: '1', licence: 'l' }, provinces: [], regions: [] };
    const names = (figures: ComplaintFigure[]) => datasetTables({ registry, scores: [], complaints: [], complaintFigures: figures }).map((t) => t.name);
    expect(names([figure])).toContain('complaint-figures');
    expect(names([])).not.toContain('complaint-figures');
  });
});
