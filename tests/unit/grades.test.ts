import { describe, expect, it } from 'vitest';
import { describeGrade, gradeFitsScheme, parseGrade, type Grade } from '../../src/lib/ingest/grades.ts';
import { schemeFor } from '../../src/lib/zones.ts';

const zoneOnly = (zone: Grade['zone']): Grade => ({ zone, category: null, predikat: 'zone-only' });
const category = (c: NonNullable<Grade['category']>, zone: Grade['zone']): Grade => ({ zone, category: c, predikat: 'category' });
const threeZone = (zone: Grade['zone']): Grade => ({ zone, category: null, predikat: 'three-zone' });

describe('parseGrade: zones', () => {
  it('reads zone names in any case, with or without "zona"', () => {
    expect(parseGrade('Hijau')).toEqual(zoneOnly('hijau'));
    expect(parseGrade('zona hijau')).toEqual(zoneOnly('hijau'));
    expect(parseGrade('Zona Merah')).toEqual(zoneOnly('merah'));
    expect(parseGrade('KUNING')).toEqual(zoneOnly('kuning'));
    expect(parseGrade('  Zona  Kuning ')).toEqual(zoneOnly('kuning'));
  });

  it('reads English zone names', () => {
    expect(parseGrade('green')).toEqual(zoneOnly('hijau'));
    expect(parseGrade('Red zone')).toEqual(zoneOnly('merah'));
    expect(parseGrade('yellow')).toEqual(zoneOnly('kuning'));
  });

  it('reads hijau muda as B and hijau pekat / tua as A', () => {
    expect(parseGrade('hijau muda')).toEqual(category('B', 'hijau'));
    expect(parseGrade('Zona Hijau Muda')).toEqual(category('B', 'hijau'));
    expect(parseGrade('hijau pekat')).toEqual(category('A', 'hijau'));
    expect(parseGrade('zona hijau tua')).toEqual(category('A', 'hijau'));
  });
});

describe('parseGrade: categories', () => {
  it('reads a bare letter and "Kategori X" in any case', () => {
    expect(parseGrade('A')).toEqual(category('A', 'hijau'));
    expect(parseGrade('Kategori A')).toEqual(category('A', 'hijau'));
    expect(parseGrade('kategori e')).toEqual(category('E', 'merah'));
    expect(parseGrade('c')).toEqual(category('C', 'kuning'));
    expect(parseGrade('opini b')).toEqual(category('B', 'hijau'));
    expect(parseGrade('category d')).toEqual(category('D', 'merah'));
  });

  it('reads quality names', () => {
    expect(parseGrade('Kualitas Tertinggi')).toEqual(category('A', 'hijau'));
    expect(parseGrade('Opini Kualitas Tinggi')).toEqual(category('B', 'hijau'));
    expect(parseGrade('kategori tinggi')).toEqual(category('B', 'hijau'));
    expect(parseGrade('Kualitas Sedang')).toEqual(category('C', 'kuning'));
  });

  it('tells Kualitas Rendah (D) from Kualitas Terendah (E)', () => {
    expect(parseGrade('Kualitas Rendah')).toEqual(category('D', 'merah'));
    expect(parseGrade('Kualitas Terendah')).toEqual(category('E', 'merah'));
  });

  it('reads the 2025 wording "… Tanpa Maladministrasi"', () => {
    expect(parseGrade('Kualitas Tertinggi Tanpa Maladministrasi')).toEqual(category('A', 'hijau'));
    expect(parseGrade('Kualitas Rendah Tanpa Maladministrasi')).toEqual(category('D', 'merah'));
  });
});

describe('parseGrade: three-zone predikat', () => {
  it('reads Kepatuhan Tinggi/Sedang/Rendah as zones without a category', () => {
    expect(parseGrade('Kepatuhan Tinggi')).toEqual(threeZone('hijau'));
    expect(parseGrade('Kepatuhan Sedang')).toEqual(threeZone('kuning'));
    expect(parseGrade('Kepatuhan Rendah')).toEqual(threeZone('merah'));
    expect(parseGrade('Predikat Kepatuhan Tinggi')).toEqual(threeZone('hijau'));
  });
});

describe('parseGrade: garbage', () => {
  it('returns null for words that are not grades', () => {
    expect(parseGrade('Baik')).toBeNull();
    expect(parseGrade('Zona Biru')).toBeNull();
    expect(parseGrade('F')).toBeNull();
    expect(parseGrade('Kategori F')).toBeNull();
    expect(parseGrade('Kualitas')).toBeNull();
    expect(parseGrade('Kualitas Sangat Tinggi')).toBeNull();
    expect(parseGrade('tanpa maladministrasi')).toBeNull();
  });

  it('returns null for empty text', () => {
    expect(parseGrade('')).toBeNull();
    expect(parseGrade('   ')).toBeNull();
    expect(parseGrade('-')).toBeNull();
  });
});

describe('gradeFitsScheme', () => {
  const s2019 = schemeFor(2019)!;
  const s2022 = schemeFor(2022)!;
  const s2025 = schemeFor(2025)!;

  it('a category does not exist in the three-zone years', () => {
    expect(gradeFitsScheme(parseGrade('Kategori A')!, s2019)).toBe(false);
    expect(gradeFitsScheme(parseGrade('Kualitas Tinggi')!, s2019)).toBe(false);
    expect(gradeFitsScheme(parseGrade('hijau muda')!, s2019)).toBe(false);
  });

  it('Kepatuhan Tinggi does not exist in the category years', () => {
    expect(gradeFitsScheme(parseGrade('Kepatuhan Tinggi')!, s2022)).toBe(false);
    expect(gradeFitsScheme(parseGrade('Kepatuhan Rendah')!, s2025)).toBe(false);
  });

  it('each form fits its own scheme', () => {
    expect(gradeFitsScheme(parseGrade('Kepatuhan Tinggi')!, s2019)).toBe(true);
    expect(gradeFitsScheme(parseGrade('Kategori A')!, s2022)).toBe(true);
    expect(gradeFitsScheme(parseGrade('Kualitas Tertinggi Tanpa Maladministrasi')!, s2025)).toBe(true);
  });

  it('a zone alone fits every scheme', () => {
    for (const scheme of [s2019, s2022, s2025]) {
      for (const text of ['Merah', 'Kuning', 'Zona Hijau']) expect(gradeFitsScheme(parseGrade(text)!, scheme)).toBe(true);
    }
  });
});

describe('describeGrade', () => {
  it('shows the category with its zone, or the zone alone', () => {
    expect(describeGrade(parseGrade('Kategori D')!)).toBe('D (merah)');
    expect(describeGrade(parseGrade('zona kuning')!)).toBe('kuning');
    expect(describeGrade(parseGrade('Kepatuhan Tinggi')!)).toBe('hijau');
  });
});
