import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { manifestJson, packageManifest, sha256sums, LICENSES, type PackageFile } from '../../src/lib/export/manifest.ts';
import { buildDataPackage, ZIP_ROOT } from '../../src/lib/export/package.ts';
import { loadDataset } from '../../src/lib/model/load.ts';

const fixture = loadDataset('tests/fixtures/processed-sample');
const sha = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');
const generator = { name: 'Zona Pelayanan', version: '0.1.0', commit: null, url: 'https://example.org/' };
const boundaries = [
  { name: 'indonesia.topo.json', data: '{"type":"Topology","objects":{}}', description: 'Boundaries, national map' },
  { name: 'ATTRIBUTION.md', data: '# Map geometry\nMIT licence text\n', description: 'Boundary source and licence' },
];

describe('packageManifest', () => {
  const files: PackageFile[] = [
    { path: 'json/scores.json', data: '[]\n', content: 'scores', description: 'Scores (JSON)', rows: 0 },
    {
      path: 'csv/scores.csv',
      data: '\uFEFFcode\n',
      content: 'scores',
      description: 'Scores (CSV)',
      rows: 0,
      schema: { name: 'scores', columns: [{ name: 'code', type: 'text', description: 'Code' }] },
    },
    { path: 'geo/indonesia.topo.json', data: new Uint8Array([1, 2, 3]), content: 'boundaries', description: 'Boundaries' },
  ];

  it('lists every file with size and SHA-256, sorted by path, with its licences', () => {
    const m = packageManifest({ files, source: fixture.manifest, generator });
    expect(m.files.map((f) => f.path)).toEqual(['csv/scores.csv', 'geo/indonesia.topo.json', 'json/scores.json']);
    const csv = m.files[0]!;
    expect(csv).toMatchObject({ bytes: Buffer.byteLength('\uFEFFcode\n'), sha256: sha('\uFEFFcode\n'), mediaType: 'text/csv; charset=utf-8' });
    expect(csv.schema).toBe('scores');
    expect(m.schemas).toEqual({ scores: { columns: [{ name: 'code', type: 'text', description: 'Code' }] } });
    expect(m.files[1]).toMatchObject({ bytes: 3, sha256: sha(new Uint8Array([1, 2, 3])), licences: ['boundaries'], mediaType: 'application/topo+json' });
  });

  it('says plainly when the data is demo data, and credits ORI otherwise', () => {
    const demo = packageManifest({ files, source: fixture.manifest, generator });
    expect(demo.demo).toBe(true);
    expect(demo.demoNotice).toMatch(/DEMO DATA.*NOT official/);
    expect(demo.files[0]!.licences).toEqual(['demo', 'registry']);
    expect(demo.licences.map((l) => l.id)).toEqual(['code', 'demo', 'registry', 'boundaries']);
    const real = packageManifest({ files, source: { ...fixture.manifest, demo: false, demoNote: null }, generator });
    expect(real.demoNotice).toBeNull();
    expect(real.files[0]!.licences).toEqual(['ori', 'registry']);
    expect(real.licences.find((l) => l.id === 'ori')?.holder).toBe('Ombudsman Republik Indonesia');
    expect(LICENSES.registry.spdx).toBe('ODbL-1.0');
    expect(LICENSES.boundaries.holder).toMatch(/Cahya DSN/);
  });

  it('holds no wall-clock time and is the same JSON for the same input (stable key order)', () => {
    const a = manifestJson(packageManifest({ files, source: fixture.manifest, generator }));
    const b = manifestJson(packageManifest({ files: [...files].reverse(), source: fixture.manifest, generator }));
    expect(a).toBe(b);
    expect(a).not.toMatch(/20\d\d-\d\d-\d\dT/);
    expect(Object.keys(JSON.parse(a) as object)).toEqual([
      'name',
      'title',
      'formatVersion',
      'demo',
      'demoNotice',
      'generator',
      'source',
      'contentSha256',
      'licences',
      'csv',
      'schemas',
      'files',
    ]);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('SHA256SUMS is sha256sum -c compatible and fingerprints the content', () => {
    expect(sha256sums(files)).toBe(
      `${sha('\uFEFFcode\n')}  csv/scores.csv\n${sha(new Uint8Array([1, 2, 3]))}  geo/indonesia.topo.json\n${sha('[]\n')}  json/scores.json\n`,
    );
    const m = packageManifest({ files, source: fixture.manifest, generator });
    expect(m.contentSha256).toBe(sha(sha256sums(files)));
  });

  it('rejects a file listed twice, and one schema name with two column lists', () => {
    expect(() => packageManifest({ files: [files[0]!, files[0]!], source: fixture.manifest, generator })).toThrow(/duplicate/);
    const other: PackageFile = { ...files[1]!, path: 'csv/other.csv', schema: { name: 'scores', columns: [] } };
    expect(() => packageManifest({ files: [...files, other], source: fixture.manifest, generator })).toThrow(/schema scores/);
  });
});

describe('buildDataPackage', () => {
  const pkg = buildDataPackage({ dataset: fixture, boundaries, generator });

  it('documents every table’s columns once, under the table’s name', () => {
    expect(Object.keys(pkg.manifest.schemas)).toEqual([
      'complaint-breakdowns',
      'complaints',
      'national-counts',
      'provinces',
      'regions',
      'score-mentions',
      'score-readings',
      'scores',
    ]);
    expect(pkg.manifest.files.find((f) => f.path === 'csv/score-readings.csv')).toMatchObject({ schema: 'score-readings' });
    expect(pkg.manifest.files.find((f) => f.path === 'json/scores.json')).toMatchObject({ schema: 'scores', rows: fixture.scores.length });
    expect(pkg.manifest.files.find((f) => f.path === 'geo/indonesia.topo.json')).not.toHaveProperty('schema');
  });

  it('has every table once as CSV and once as JSON (every year in one file, no per-year copies), the boundaries, the manifest and SHA256SUMS', () => {
    const paths = pkg.files.map((f) => f.path);
    const tables = ['complaint-breakdowns', 'complaints', 'national-counts', 'provinces', 'regions', 'score-mentions', 'score-readings', 'scores'];
    expect(paths).toEqual([
      'SHA256SUMS',
      ...tables.map((name) => `csv/${name}.csv`),
      'geo/ATTRIBUTION.md',
      'geo/indonesia.topo.json',
      ...tables.map((name) => `json/${name}.json`),
      'manifest.json',
    ]);
    expect(paths.filter((path) => /-\d{4}\.(csv|json)$/.test(path))).toEqual([]);
    expect(new Set(fixture.scores.map((s) => s.year)).size).toBeGreaterThan(1); // several years, one file
    for (const t of pkg.tables) {
      expect(paths).toContain(`csv/${t.name}.csv`);
      expect(paths).toContain(`json/${t.name}.json`);
    }
    expect(paths).toEqual(expect.arrayContaining(['geo/indonesia.topo.json', 'geo/ATTRIBUTION.md', 'manifest.json', 'SHA256SUMS']));
    expect(paths).toEqual([...paths].sort());
  });

  it('the manifest’s checksums match the files, and the zip holds exactly the files', () => {
    const byPath = new Map(pkg.files.map((f) => [f.path, f]));
    expect(pkg.manifest.files).toHaveLength(pkg.files.length - 2); // not itself, not SHA256SUMS
    for (const entry of pkg.manifest.files) {
      const file = byPath.get(entry.path)!;
      expect(entry.sha256).toBe(sha(file.data));
    }
    const unzipped = unzipSync(pkg.zip);
    expect(Object.keys(unzipped).sort()).toEqual(pkg.files.map((f) => `${ZIP_ROOT}/${f.path}`).sort());
    for (const f of pkg.files) {
      const want = typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : Buffer.from(f.data);
      expect(Buffer.from(unzipped[`${ZIP_ROOT}/${f.path}`]!).equals(want)).toBe(true);
    }
  });

  it('CSVs in the zip parse back to the numbers of the dataset', () => {
    const unzipped = unzipSync(pkg.zip);
    const csv = new TextDecoder().decode(unzipped[`${ZIP_ROOT}/csv/complaints.csv`]!);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const want = new Map(fixture.complaints.map((c) => [c.code, c]));
    for (const row of rows) {
      expect(row.received === '' ? null : Number(row.received)).toBe(want.get(row.code!)!.received);
      expect(row.resolved === '' ? null : Number(row.resolved)).toBe(want.get(row.code!)!.resolved);
    }
  });

  it('ORI’s national counts carry only the data licence (no region names in them)', () => {
    const real = buildDataPackage({ dataset: { ...fixture, manifest: { ...fixture.manifest, demo: false, demoNote: null } }, boundaries, generator });
    expect(real.manifest.files.find((f) => f.path === 'csv/national-counts.csv')!.licences).toEqual(['ori']);
    expect(real.manifest.files.find((f) => f.path === 'csv/score-readings.csv')!.licences).toEqual(['ori', 'registry']);
    expect(real.manifest.licences.find((l) => l.id === 'ori')!.note).toMatch(/NOT an official ORI dataset/);
  });

  it('is byte-identical when built twice', () => {
    const again = buildDataPackage({ dataset: fixture, boundaries, generator });
    expect(Buffer.from(again.zip).equals(Buffer.from(pkg.zip))).toBe(true);
  });
});
