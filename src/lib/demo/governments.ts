import { ascending } from 'd3-array';
import type { Province, Region, RegionKind } from '../types.ts';

/** The governments the demo assesses: every kabupaten/kota and every provincial government but the new Papua ones. */

/** Provinces created in 2022 from Papua/Papua Barat: not assessed as provincial governments. */
export const NEW_PAPUA_PROVINCES: readonly string[] = ['93', '94', '95', '96'];

export type Level = RegionKind | 'provinsi';
export const LEVELS: readonly Level[] = ['kabupaten', 'kota', 'provinsi'];

export interface DemoRegistry {
  provinces: Province[];
  regions: Region[];
}

export interface Gov {
  code: string;
  level: Level;
  provinceCode: string;
  region: Region | null;
  province: Province;
}

export function byCode(a: { code: string }, b: { code: string }): number {
  return ascending(a.code, b.code);
}

export function governments(registry: DemoRegistry): Gov[] {
  const provinces = new Map(registry.provinces.map((p) => [p.code, p]));
  const out: Gov[] = [];
  for (const p of registry.provinces) {
    if (NEW_PAPUA_PROVINCES.includes(p.code)) continue;
    out.push({ code: p.code, level: 'provinsi', provinceCode: p.code, region: null, province: p });
  }
  for (const r of registry.regions) {
    const province = provinces.get(r.provinceCode);
    if (province === undefined) throw new Error(`demo: region ${r.code} has unknown province ${r.provinceCode}`);
    out.push({ code: r.code, level: r.kind, provinceCode: r.provinceCode, region: r, province });
  }
  return out.sort(byCode);
}
