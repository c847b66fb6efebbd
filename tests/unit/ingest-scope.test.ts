import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAliases } from '../../src/lib/printed/aliases.ts';
import { ingest } from '../../src/lib/ingest/ingest.ts';
import { parseProvinceList, restrictToProvinces } from '../../src/lib/ingest/scope.ts';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';

const registry = loadInstalledRegistry();
const aliases = parseAliases(readFileSync('data/aliases.csv', 'utf8'), 'data/aliases.csv');
const known = new Set(registry.provinces.map((p) => p.code));

const KEPATUHAN =
  'year;level;name_as_printed;province;score_as_printed;zone_or_grade_as_printed;rank_as_printed;source_url;note\n' +
  '2018;kab;Kabupaten Pesawaran;Lampung;80,5;zona hijau;;https://example.org/a;\n' +
  '2018;prov;Provinsi Lampung;Lampung;70;zona kuning;;https://example.org/a;\n' +
  '2018;kab;Kabupaten Bintan;Kepulauan Riau;86,55;zona hijau;;https://example.org/b;\n' +
  '2019;kab;Kabupaten Bintan;Kepulauan Riau;;;;https://example.org/c;disebut tanpa angka\n';
const PENGADUAN =
  'year;area_level;area_name_as_printed;province;measure;breakdown_dimension;breakdown_value;count_as_printed;source_url;note\n' +
  '2023;nasional;Ombudsman RI;;laporan_diterima;;;7.392;https://example.org/n;\n' +
  '2023;prov-office;Ombudsman RI Perwakilan Lampung;Lampung;laporan_diterima;;;500;https://example.org/l;\n' +
  '2023;prov-office;Ombudsman RI Perwakilan Kepulauan Riau;Kepulauan Riau;laporan_diterima;;;300;https://example.org/k;\n';

function output() {
  const files = [
    { path: 'kepatuhan/k.csv', bytes: new TextEncoder().encode(KEPATUHAN) },
    { path: 'pengaduan/p.csv', bytes: new TextEncoder().encode(PENGADUAN) },
  ];
  const result = ingest(files, registry, aliases, { currentYear: 2026 });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return result.output!;
}

describe('parseProvinceList', () => {
  it('reads two-digit codes, trims, sorts and removes repeats', () => {
    expect(parseProvinceList(' 33,18, 18 ', known)).toEqual(['18', '33']);
  });
  it('refuses an empty list and a code outside the registry, naming it', () => {
    expect(() => parseProvinceList(' , ', known)).toThrow(/at least one province/);
    expect(() => parseProvinceList('18,Lampung', known)).toThrow(/"Lampung" is not a province code/);
    expect(() => parseProvinceList('99', known)).toThrow(/"99"/);
  });
});

describe('restrictToProvinces', () => {
  it('keeps the registry, scores, mentions and complaint figures of the provinces and counts what it leaves out', () => {
    const { output: scoped, outside } = restrictToProvinces(output(), ['18']);
    expect(scoped.registry.provinces.map((p) => p.code)).toEqual(['18']);
    expect(scoped.registry.regions.every((r) => r.provinceCode === '18')).toBe(true);
    expect(scoped.registry.regions).toHaveLength(registry.regions.filter((r) => r.provinceCode === '18').length);
    expect(scoped.scores.map((e) => `${e.level}:${e.code}`).sort()).toEqual(['kabupaten:18.09', 'provinsi:18']);
    expect(scoped.mentions).toEqual([]);
    // The nation's figure stays with the province's office; the other office is left out.
    expect(scoped.complaintFigures.map((f) => f.provinceCode)).toEqual([null, '18']);
    expect(outside).toEqual({ scores: 1, mentions: 1, complaintFigures: 1, complaints: 0 });
    expect(scoped.manifest.counts).toMatchObject({ scores: 2, mentions: 0, complaintFigures: 2, provinces: 1, regions: scoped.registry.regions.length });
  });
});
