import { ascending } from 'd3-array';
import type { Dataset } from '../model/load.ts';
import { tableToCsv } from './csv.ts';
import { datasetTables } from './datasets.ts';
import { tableToJson } from './json.ts';
import {
  manifestJson,
  packageManifest,
  sha256sums,
  type PackageContent,
  type PackageFile,
  type PackageManifest,
  type PackageManifestInput,
} from './manifest.ts';
import type { Table } from './table.ts';
import { deterministicZip } from './zip.ts';

/**
 * The whole data package of /data/, assembled from the loaded dataset and the
 * boundary files: every table as CSV and JSON (one file each, every year in it), the
 * boundaries, the manifest, SHA256SUMS, and one deterministic zip of all of them.
 * The page writes `files` one by one and `zip` as the single download.
 *
 * Layout: `csv/<table>.csv`, `json/<table>.json`, `geo/<file>`, `manifest.json`,
 * `SHA256SUMS`; inside the zip everything sits under `zona-pelayanan-data/`.
 */

export interface BoundaryFile {
  /** File name, e.g. `indonesia.topo.json` or `ATTRIBUTION.md` (the licence text must travel with the geometry). */
  name: string;
  data: Uint8Array | string;
  description: string;
}

export interface DataPackageInput {
  dataset: Pick<Dataset, 'registry' | 'scores' | 'complaints' | 'manifest'> & Partial<Pick<Dataset, 'mentions' | 'national' | 'complaintFigures'>>;
  boundaries: readonly BoundaryFile[];
  generator: PackageManifestInput['generator'];
}

export interface DataPackage {
  /** Every file of the package (including manifest.json and SHA256SUMS), sorted by path. */
  files: PackageFile[];
  manifest: PackageManifest;
  /** The zip of all files under ZIP_ROOT. */
  zip: Uint8Array;
  tables: Table[];
}

export const ZIP_ROOT = 'zona-pelayanan-data';

function contentOf(table: Table): PackageContent {
  if (table.name === 'regions' || table.name === 'provinces') return 'registry';
  if (table.name === 'national-counts') return 'national';
  return table.name.startsWith('complaint') ? 'complaints' : 'scores';
}

/** The CSV and JSON files of one table. */
export function tableFiles(table: Table): [PackageFile, PackageFile] {
  const schema = { name: table.name, columns: table.columns };
  const common = { content: contentOf(table), schema, rows: table.rows.length };
  return [
    { path: `csv/${table.name}.csv`, data: tableToCsv(table), description: `${table.title} (CSV)`, ...common },
    { path: `json/${table.name}.json`, data: tableToJson(table), description: `${table.title} (JSON)`, ...common },
  ];
}

export function buildDataPackage(input: DataPackageInput): DataPackage {
  const tables = datasetTables(input.dataset);
  const dataFiles: PackageFile[] = [
    ...tables.flatMap((t) => tableFiles(t)),
    ...input.boundaries.map((b): PackageFile => ({ path: `geo/${b.name}`, data: b.data, content: 'boundaries', description: b.description })),
  ];
  const manifest = packageManifest({ files: dataFiles, source: input.dataset.manifest, generator: input.generator });
  const docs: PackageFile[] = [
    { path: 'manifest.json', data: manifestJson(manifest), content: 'documentation', description: 'This manifest: files, checksums, licences, CSV contract' },
    { path: 'SHA256SUMS', data: sha256sums(dataFiles), content: 'documentation', description: 'Checksums of the data files (sha256sum -c SHA256SUMS)' },
  ];
  const files = [...dataFiles, ...docs].sort((a, b) => ascending(a.path, b.path));
  const zip = deterministicZip(files.map((f) => ({ path: `${ZIP_ROOT}/${f.path}`, data: f.data })));
  return { files, manifest, zip, tables };
}
