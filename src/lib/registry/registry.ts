import { ascending } from 'd3-array';
import Papa from 'papaparse';
import type { Province, Region, RegionKind } from '../types.ts';
import { slugify } from './slug.ts';

/**
 * Builds the region registry from idn-area-data's CSV files (`provinces.csv`:
 * `code,name`; `regencies.csv`: `code,province_code,name`). Codes are Kemendagri
 * codes (`18.09`); kabupaten are numbered 01–69 and kota 71–99 within a province.
 */

export interface Registry {
  provinces: Province[];
  regions: Region[];
}

const KIND_PREFIX: { prefix: RegExp; kind: RegionKind }[] = [
  { prefix: /^Kabupaten (Administrasi )?/, kind: 'kabupaten' },
  { prefix: /^Kota (Administrasi )?/, kind: 'kota' },
];

function parseCsv(text: string, what: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  if (result.errors.length > 0) {
    const first = result.errors[0]!;
    throw new Error(`${what}: row ${first.row}: ${first.message}`);
  }
  return result.data;
}

export function kindFromName(name: string): { kind: RegionKind; shortName: string } {
  for (const { prefix, kind } of KIND_PREFIX) {
    if (prefix.test(name)) return { kind, shortName: name.replace(prefix, '') };
  }
  throw new Error(`registry: cannot tell kabupaten from kota in "${name}"`);
}

export function buildRegistry(provincesCsv: string, regenciesCsv: string): Registry {
  const provinces: Province[] = parseCsv(provincesCsv, 'provinces.csv').map((row) => {
    const code = (row.code ?? '').trim();
    const name = (row.name ?? '').trim();
    if (!/^\d{2}$/.test(code) || name === '') throw new Error(`provinces.csv: bad row ${JSON.stringify(row)}`);
    return { code, name, slug: slugify(name) };
  });
  const provinceCodes = new Set(provinces.map((p) => p.code));
  const regions: Region[] = parseCsv(regenciesCsv, 'regencies.csv').map((row) => {
    const code = (row.code ?? '').trim();
    const provinceCode = (row.province_code ?? '').trim();
    const name = (row.name ?? '').trim();
    if (!/^\d{2}\.\d{2}$/.test(code) || !provinceCodes.has(provinceCode) || !code.startsWith(`${provinceCode}.`)) {
      throw new Error(`regencies.csv: bad row ${JSON.stringify(row)}`);
    }
    const { kind, shortName } = kindFromName(name);
    return { code, name, shortName, kind, provinceCode, slug: slugify(name) };
  });
  const byCode = (a: { code: string }, b: { code: string }) => ascending(a.code, b.code);
  return { provinces: provinces.sort(byCode), regions: regions.sort(byCode) };
}
