import { ascending } from 'd3-array';
import { PROVINCE_COLUMNS, REGION_COLUMNS } from './dataset-columns.ts';
import type { Registry } from './government-rows.ts';
import type { Table } from './table.ts';

/** The registry as tables: one row per kabupaten/kota, one per province, by code. */

export function regionsTable(registry: Registry): Table {
  const provinces = new Map(registry.provinces.map((p) => [p.code, p.name]));
  const rows = [...registry.regions]
    .sort((a, b) => ascending(a.code, b.code))
    .map((r) => ({
      code: r.code,
      name: r.name,
      short_name: r.shortName,
      kind: r.kind,
      province_code: r.provinceCode,
      province_name: provinces.get(r.provinceCode) ?? r.provinceCode,
      slug: r.slug,
    }));
  return { name: 'regions', title: 'One row per kabupaten/kota in the Kemendagri registry', columns: REGION_COLUMNS, rows };
}

export function provincesTable(registry: Registry): Table {
  const rows = [...registry.provinces].sort((a, b) => ascending(a.code, b.code)).map((p) => ({ code: p.code, name: p.name, slug: p.slug }));
  return { name: 'provinces', title: 'One row per province in the Kemendagri registry', columns: PROVINCE_COLUMNS, rows };
}
