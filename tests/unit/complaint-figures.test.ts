import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAliases } from '../../src/lib/printed/aliases.ts';
import { MEASURES, measureById } from '../../src/lib/complaints/measures.ts';
import { combineFigures, publishedColumns, readComplaintFigure } from '../../src/lib/ingest/complaint-figures.ts';
import { buildNameMatcher } from '../../src/lib/printed/match.ts';
import { parsePrintedCount } from '../../src/lib/printed/counts.ts';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';
import type { ComplaintFigure } from '../../src/lib/types.ts';

const registry = loadInstalledRegistry();
const index = buildNameMatcher(registry.provinces, registry.regions, parseAliases(readFileSync('data/aliases.csv', 'utf8')));
const HEADER = 'year;area_level;area_name_as_printed;province;measure;breakdown_dimension;breakdown_value;count_as_printed;source_url;note'.split(';');
const { columns } = publishedColumns(HEADER)!;
const read = (line: string) => readComplaintFigure(line.split(';'), columns, index, 'pengaduan/x.csv', 2);
const figure = (line: string): ComplaintFigure => {
  const r = read(line);
  if (!r.ok) throw new Error(r.problem.message);
  return r.figure;
};

describe('parsePrintedCount', () => {
  it.each([
    ['1.480', { value: 1480, percent: false, approximate: false, bound: null }],
    ['6,176', { value: 6176, percent: false, approximate: false, bound: null }],
    ['dua', { value: 2, percent: false, approximate: false, bound: null }],
    ['nol', { value: 0, percent: false, approximate: false, bound: null }],
    ['tidak ada laporan', { value: 0, percent: false, approximate: false, bound: null }],
    ['sekitar 168', { value: 168, percent: false, approximate: true, bound: null }],
    ['300 lebih', { value: 300, percent: false, approximate: false, bound: 'more-than' }],
    ['di atas 200', { value: 200, percent: false, approximate: false, bound: 'more-than' }],
    ['90-an', { value: 90, percent: false, approximate: true, bound: null }],
    ['40,99%', { value: 40.99, percent: true, approximate: false, bound: null }],
    ['33.23 percent', { value: 33.23, percent: true, approximate: false, bound: null }],
    ['39 persen lebih', { value: 39, percent: true, approximate: false, bound: 'more-than' }],
    ['10-15 persen', { value: 10, percent: true, approximate: false, bound: null, upTo: 15 }],
    ['101,43 persen', { value: 101.43, percent: true, approximate: false, bound: null }],
  ])('reads %s as printed', (text, expected) => {
    expect(parsePrintedCount(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['', 'banyak', '12,5', '-3', 'lima puluhan ribu'])('rejects %j with a message', (text) => {
    const r = parsePrintedCount(text);
    expect(r.ok).toBe(false);
  });
});

describe('measures', () => {
  it('defines every measure in both languages, with a unit', () => {
    for (const m of MEASURES) {
      expect(m.label.id && m.label.en && m.definition.id && m.definition.en, m.id).toBeTruthy();
      expect(m.unit === 'percent').toBe(m.id.endsWith('_persen'));
    }
  });
  it('has one entry per id, each percentage twin after the count measures it is the share of', () => {
    expect(new Set(MEASURES.map((m) => m.id)).size).toBe(MEASURES.length);
    const counts = MEASURES.filter((m) => m.unit === 'count');
    expect(MEASURES.slice(0, counts.length)).toEqual(counts);
    expect(measureById('laporan_selesai_persen')?.family).toBe(measureById('laporan_selesai')?.family);
  });
  it('knows the harvest measures', () => {
    for (const id of ['laporan_masyarakat', 'akses_total', 'terlapor', 'pelapor_asal', 'laporan_persen', 'terlapor_persen'])
      expect(measureById(id), id).toBeDefined();
  });
});

describe('readComplaintFigure', () => {
  it('reads an office intake total with its province', () => {
    const f = figure(
      '2023;prov-office;Ombudsman RI Kantor Perwakilan Sulawesi Tenggara (Sultra);Sulawesi Tenggara;laporan_diterima;;;533;https://www.antaranews.com/x;SIMPeL period',
    );
    expect(f).toMatchObject({
      year: 2023,
      area: 'prov-office',
      provinceCode: '74',
      codes: [],
      measure: 'laporan_diterima',
      dimension: null,
      category: null,
      count: 533,
      percent: false,
      printed: '533',
      source: { url: 'https://www.antaranews.com/x' },
    });
  });
  it('reads a period, a kabupaten, two governments in one name and an office named by its kabupaten', () => {
    expect(figure('2021-2025;nasional;Ombudsman RI;;laporan_masyarakat;;;1.234;https://ombudsman.go.id/a;')).toMatchObject({
      year: 2021,
      yearTo: 2025,
      provinceCode: null,
      codes: [],
    });
    expect(figure('2022;kab;Pemkab Muba;Sumatera Selatan;terlapor;;;12;https://x.id/a;').codes).toEqual(['16.06']);
    expect(figure('2020;kota;Kota dan Kabupaten Sorong;Papua Barat Daya;terlapor;wilayah;Kota dan Kabupaten Sorong;17;https://jubi.co.id/a;').codes).toEqual([
      '96.71',
      '96.01',
    ]);
    expect(figure('2025;kab;Posko Ombudsman Timika (Kabupaten Mimika);Papua Tengah;laporan_diterima;;;23;https://k.id/a;').codes).toEqual(['94.04']);
  });
  it('never turns a percentage into a count', () => {
    const r = read('2022;nasional;Ombudsman RI;;laporan_masyarakat;;;40%;https://x.id/a;');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(/is a percentage: use the measure laporan_masyarakat_persen/);
    expect(figure('2022;nasional;Ombudsman RI;;laporan_persen;maladministrasi;Penundaan berlarut;40%;https://x.id/a;')).toMatchObject({
      count: 40,
      percent: true,
    });
  });
  it('reports unknown measures, areas, dimensions and names', () => {
    const message = (line: string) => {
      const r = read(line);
      return r.ok ? '' : `${r.problem.field}: ${r.problem.message}`;
    };
    expect(message('2022;nasional;ORI;;laporan_aneh;;;1;https://x.id;')).toMatch(/^measure: unknown measure "laporan_aneh"/);
    expect(message('2022;kecamatan;X;;terlapor;;;1;https://x.id;')).toMatch(/^area: unknown area level/);
    expect(message('2022;nasional;ORI;;terlapor;warna;merah;1;https://x.id;')).toMatch(/^dimension: unknown breakdown dimension/);
    expect(message('2022;nasional;ORI;;terlapor;substansi;;1;https://x.id;')).toMatch(/^category: breakdown dimension "substansi" needs a breakdown value/);
    expect(message('2022;kab;Kabupaten Atlantis;Lampung;terlapor;;;1;https://x.id;')).toMatch(
      /^areaName: unknown kabupaten "Kabupaten Atlantis"; did you mean/,
    );
    expect(message('2022;prov-office;Ombudsman X;;laporan_diterima;;;1;https://x.id;')).toMatch(/^province: a prov-office figure needs its province/);
    expect(message('20222;nasional;ORI;;terlapor;;;1;https://x.id;')).toMatch(/^year: is not a year/);
  });
});

describe('combineFigures', () => {
  it('keeps a restated figure as an alternative, ORI first, and marks the difference', () => {
    const a = figure('2023;nasional;Ombudsman RI;;laporan_masyarakat;;;7.392;https://www.antaranews.com/a;');
    const b = {
      ...figure('2023;nasional;Ombudsman RI;;laporan_masyarakat;;;8.452;https://ombudsman.go.id/b;'),
      source: { file: 'pengaduan/x.csv', line: 3, url: 'https://ombudsman.go.id/b' },
    };
    const c = figure('2023;nasional;Ombudsman RI;;laporan_selesai;;;8.000;https://ombudsman.go.id/c;');
    const { figures, restated } = combineFigures([a, b, c]);
    expect(figures).toHaveLength(2);
    const total = figures.find((f) => f.measure === 'laporan_masyarakat')!;
    expect(total.count).toBe(8452);
    expect(total.alternatives).toEqual([expect.objectContaining({ count: 7392, differs: true })]);
    expect(restated).toBe(1);
  });
});
