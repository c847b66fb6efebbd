import { ascending } from 'd3-array';
import type { GovernmentLevel, RegistryFile } from '../types.ts';
import type { Row } from './table.ts';

/**
 * The government every score and complaint row names: its name, level and province
 * next to its code (so a file is usable on its own), and the row order by code, then year.
 */

export type Registry = Pick<RegistryFile, 'regions' | 'provinces'>;

export interface Government {
  name: string;
  level: GovernmentLevel;
  provinceCode: string;
  provinceName: string;
}

/** Name, level and province of any government code (kabupaten/kota `PP.KK` or province `PP`). */
export function governmentLookup(registry: Registry): (code: string, level?: GovernmentLevel) => Government {
  const provinces = new Map(registry.provinces.map((p) => [p.code, p]));
  const regions = new Map(registry.regions.map((r) => [r.code, r]));
  return (code, level) => {
    const region = regions.get(code);
    if (region && level !== 'provinsi') {
      return {
        name: region.name,
        level: region.kind,
        provinceCode: region.provinceCode,
        provinceName: provinces.get(region.provinceCode)?.name ?? region.provinceCode,
      };
    }
    const provinceCode = code.split('.')[0] ?? code;
    const provinceName = provinces.get(provinceCode)?.name ?? provinceCode;
    if (!code.includes('.')) return { name: provinceName, level: 'provinsi', provinceCode, provinceName };
    // A code outside the registry (ingest rejects those; kept readable rather than thrown).
    return { name: code, level: level ?? 'kabupaten', provinceCode, provinceName };
  };
}

export function compareCodeYear(a: { code: string; year: number }, b: { code: string; year: number }): number {
  return ascending(a.code, b.code) || a.year - b.year;
}

export function governmentCells(gov: Government, code: string): Row {
  return { code, name: gov.name, level: gov.level, province_code: gov.provinceCode, province_name: gov.provinceName };
}
