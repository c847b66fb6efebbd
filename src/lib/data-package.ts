/**
 * The site's data package (/data/): built once per build from the loaded dataset and
 * the committed boundaries (data/geo/), then served file by file by
 * src/pages/data/[...file].ts and described by the /data/ page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDataPackage, ZIP_ROOT, type DataPackage } from './export/package.ts';
import type { Dataset } from './model/load.ts';

/** Name of the zip of everything, at /data/<name>. */
export const ZIP_NAME = `${ZIP_ROOT}.zip`;

const BOUNDARIES = [
  { name: 'indonesia.topo.json', description: 'Boundaries of the 514 kabupaten/kota and 38 provinces (TopoJSON, simplified for the national map)' },
  { name: 'indonesia-provinsi.topo.json', description: 'The same boundaries with more detail, for province maps (TopoJSON)' },
  { name: 'ATTRIBUTION.md', description: 'Source, licence (MIT) and processing of the boundaries' },
] as const;

let cached: { key: unknown; value: DataPackage } | null = null;

/** The data package of the dataset the site is built from (memoised per dataset). */
export function sitePackage(dataset: Dataset): DataPackage {
  if (cached?.key === dataset) return cached.value;
  const version = (JSON.parse(readFileSync(resolve(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version;
  const value = buildDataPackage({
    dataset,
    boundaries: BOUNDARIES.map((b) => ({ ...b, data: readFileSync(resolve(process.cwd(), 'data', 'geo', b.name)) })),
    generator: { name: 'Zona Pelayanan', version, commit: null, url: null },
  });
  cached = { key: dataset, value };
  return value;
}
