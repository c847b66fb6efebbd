import { ascending } from 'd3-array';
import { createHash } from 'node:crypto';
import type { Manifest } from '../types.ts';
import type { Column } from './table.ts';

/**
 * The data package manifest (`manifest.json` in the zip and on /data/): every file
 * with its size and SHA-256, the licences and which files they cover, the CSV
 * contract, and where the data came from. It holds no wall-clock time (builds are
 * byte-identical): the data is identified by its inputs' checksums instead. Keys are
 * written in a fixed order and files sorted by path, so the same package always
 * gives the same manifest. The manifest cannot list itself; `sha256sums()` gives the
 * `sha256sum -c` file of the same files.
 */

/** What a file holds; decides its licences. */
/** `national`: ORI's own national counts (no region names, so no registry licence). */
export type PackageContent = 'scores' | 'complaints' | 'national' | 'registry' | 'boundaries' | 'documentation';

export interface PackageFile {
  /** Path inside the package, e.g. `data/scores.csv`. */
  path: string;
  data: Uint8Array | string;
  content: PackageContent;
  /** One line, e.g. "Compliance scores, all years (CSV)". */
  description: string;
  /**
   * For tables (CSV and JSON): the table's columns under a schema name shared by
   * files with the same columns (`scores` for scores.csv and scores.json),
   * printed once in the manifest's `schemas` as the CSV contract.
   */
  schema?: { name: string; columns: readonly Column[] };
  /** For tables: the number of data rows. */
  rows?: number;
}

export interface PackageManifestInput {
  files: readonly PackageFile[];
  /** The processed dataset's manifest (`data/processed/manifest.json`). */
  source: Pick<Manifest, 'demo' | 'demoNote' | 'files' | 'schemes' | 'schemeByYear' | 'counts' | 'registry'>;
  /** Site version (package.json) and, if known, the git commit the build came from. */
  generator: { name: string; version: string; commit?: string | null; url?: string | null };
}

export interface License {
  id: string;
  /** SPDX id where there is one. */
  spdx: string | null;
  name: string;
  holder: string;
  covers: string;
  url: string | null;
  note: string | null;
}

export const LICENSES = {
  code: {
    id: 'code',
    spdx: 'MIT',
    name: 'MIT License',
    holder: 'Zona Pelayanan contributors',
    covers: 'The site’s code and the scripts that produced these files (not the data itself)',
    url: null,
    note: null,
  },
  ori: {
    id: 'ori',
    spdx: null,
    name: 'Public information published by Ombudsman Republik Indonesia',
    holder: 'Ombudsman Republik Indonesia',
    covers:
      'Compliance results (Penilaian Kepatuhan Standar Pelayanan Publik; from 2025 Opini Ombudsman) and complaint statistics, ' +
      'as printed in public pages (ORI press releases and regional pages, news agencies, local news), each row with its page',
    url: 'https://ombudsman.go.id',
    note:
      'ORI publishes these results as public information (UU 14/2008 on public information) without a stated open licence, and publishes ' +
      'no table of them: these rows were collected by hand from public pages and are NOT an official ORI dataset. Coverage is partial; ' +
      'a missing row means no published figure was found, not that the government was not assessed. ' +
      'Cite "Ombudsman Republik Indonesia" and the page in source_url; Zona Pelayanan is not affiliated with ORI.',
  },
  demo: {
    id: 'demo',
    spdx: null,
    name: 'DEMO DATA — invented, not official',
    holder: 'Zona Pelayanan contributors',
    covers: 'Compliance scores and complaint statistics in THIS package',
    url: null,
    note:
      'These figures were generated at random (deterministically) by scripts/generate-demo-data.ts for testing and previews. ' +
      'They are NOT results of Ombudsman Republik Indonesia and must not be cited or reported as such.',
  },
  registry: {
    id: 'registry',
    spdx: 'ODbL-1.0',
    name: 'Open Database License 1.0',
    holder: 'idn-area-data (© fityannugroho); codes per Kepmendagri 300.2.2-2138/2025',
    covers: 'Region and province codes and names (also in every table that names a region)',
    url: 'https://opendatacommons.org/licenses/odbl/1-0/',
    note: 'Derived databases are shared under the ODbL too (share-alike, attribution).',
  },
  boundaries: {
    id: 'boundaries',
    spdx: 'MIT',
    name: 'MIT License',
    holder: 'cahyadsn/wilayah_boundaries (© 2024 Cahya DSN)',
    covers: 'Administrative boundaries (TopoJSON), cleaned and simplified for Zona Pelayanan',
    url: 'https://github.com/cahyadsn/wilayah_boundaries',
    note: 'The MIT licence text must travel with the geometry: see data/geo/ATTRIBUTION.md in the source repository.',
  },
} as const satisfies Record<string, License>;

/** The CSV contract, as data (csv.ts implements it). */
export const CSV_CONTRACT = {
  encoding: 'UTF-8, starting with a byte-order mark (U+FEFF) so that Excel reads it as UTF-8',
  delimiter: ',',
  decimalSeparator: '.',
  thousandsSeparator: 'none',
  lineEnding: '\\n (LF), after every row including the last',
  header: 'one header row with the column names (English snake_case)',
  quoting: 'RFC 4180: fields with a quote, comma, line break or leading/trailing blank are wrapped in double quotes; quotes inside are doubled',
  missingValue: 'an empty field (null in the JSON files)',
  numbers: 'plain numbers without grouping; negative numbers keep their minus sign; columns of type integer hold whole numbers only',
  formulaNeutralisation:
    'In text columns, a value whose first character (after leading blanks) is =, +, -, @, tab or carriage return (or full-width ＝＋－＠) ' +
    "is prefixed with a single quote ' and quoted, so spreadsheets do not run it as a formula. Number columns are never changed.",
  codes: 'Codes are Kemendagri codes written as text (18.10 is not 18.1): import the code columns as text in a spreadsheet',
  json: 'Every CSV has a JSON twin: an array of objects with the same columns and values (text never prefixed)',
} as const;

function licensesFor(content: PackageContent, demo: boolean): string[] {
  const data = demo ? LICENSES.demo.id : LICENSES.ori.id;
  switch (content) {
    case 'scores':
    case 'complaints':
      return [data, LICENSES.registry.id];
    case 'national':
      return [data];
    case 'registry':
      return [LICENSES.registry.id];
    case 'boundaries':
      return [LICENSES.boundaries.id];
    case 'documentation':
      return [LICENSES.code.id];
  }
}

const MEDIA_TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  zip: 'application/zip',
  png: 'image/png',
  svg: 'image/svg+xml',
};

function mediaType(path: string): string {
  if (path.endsWith('.topo.json')) return 'application/topo+json';
  return MEDIA_TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream';
}

const encoder = new TextEncoder();
function bytesOf(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : data;
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(bytesOf(data)).digest('hex');
}

function byPath<T extends { path: string }>(a: T, b: T): number {
  return ascending(a.path, b.path);
}

/** `sha256sum -c`-compatible lines (`<hex>  <path>`), sorted by path. */
export function sha256sums(files: readonly Pick<PackageFile, 'path' | 'data'>[]): string {
  return [...files]
    .sort(byPath)
    .map((f) => `${sha256Hex(f.data)}  ${f.path}\n`)
    .join('');
}

export function packageManifest(input: PackageManifestInput) {
  const { source } = input;
  const seen = new Set<string>();
  const schemas: Record<string, { columns: { name: string; type: string; description: string }[] }> = {};
  for (const f of [...input.files].sort(byPath)) {
    if (!f.schema) continue;
    const columns = f.schema.columns.map((c) => ({ name: c.name, type: c.type, description: c.description }));
    const known = schemas[f.schema.name];
    if (known && JSON.stringify(known.columns) !== JSON.stringify(columns)) throw new Error(`manifest: schema ${f.schema.name} has two different column lists`);
    schemas[f.schema.name] = { columns };
  }
  const files = [...input.files].sort(byPath).map((f) => {
    if (seen.has(f.path)) throw new Error(`manifest: duplicate file ${f.path}`);
    seen.add(f.path);
    const bytes = bytesOf(f.data);
    return {
      path: f.path,
      description: f.description,
      mediaType: mediaType(f.path),
      bytes: bytes.length,
      sha256: sha256Hex(bytes),
      licences: licensesFor(f.content, source.demo),
      ...(f.rows === undefined ? {} : { rows: f.rows }),
      ...(f.schema === undefined ? {} : { schema: f.schema.name }),
    };
  });
  const used = new Set(files.flatMap((f) => f.licences));
  const licences = Object.values(LICENSES).filter((l) => used.has(l.id) || l.id === LICENSES.code.id);
  return {
    name: 'zona-pelayanan-data',
    title: 'Zona Pelayanan: Ombudsman RI compliance results of Indonesia’s local governments as published, with their sources',
    formatVersion: 1,
    demo: source.demo,
    demoNotice: source.demo
      ? 'DEMO DATA — the scores and complaint counts in this package are invented test data, NOT official results of Ombudsman Republik Indonesia. Do not cite them.'
      : null,
    generator: {
      name: input.generator.name,
      version: input.generator.version,
      commit: input.generator.commit ?? null,
      url: input.generator.url ?? null,
    },
    source: {
      demoNote: source.demoNote,
      registry: source.registry,
      counts: source.counts,
      schemes: source.schemes.map((s) => ({ id: s.id, label: s.label, years: s.years, cutoffsVerified: s.cutoffsVerified })),
      schemeByYear: source.schemeByYear,
      inputFiles: [...source.files].sort(byPath).map((f) => ({ path: f.path, kind: f.kind, rows: f.rows, sha256: f.sha256 })),
    },
    /** Identifies the package's content: SHA-256 of `sha256sums()` of the listed files. */
    contentSha256: sha256Hex(sha256sums(input.files)),
    licences,
    csv: CSV_CONTRACT,
    /** Columns of each kind of table, sorted by name; a file's `schema` names its entry. */
    schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => (a < b ? -1 : 1))),
    files,
  };
}

export type PackageManifest = ReturnType<typeof packageManifest>;

/** The manifest as JSON text (2-space indent, trailing newline). */
export function manifestJson(manifest: PackageManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
