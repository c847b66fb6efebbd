/**
 * Builds the committed map geometry in `data/geo/` from the shared boundaries in
 * `../shared/boundaries/`. This is the ONLY code that reads `../shared/`: the site
 * build and every test use the committed files, because a fresh clone has no `../shared/`.
 *
 *   npx tsx scripts/build-geo.ts [--shared DIR] [--out DIR]
 *
 * Two levels of detail from the same source, both TopoJSON with the same shape
 * (see src/lib/map/topology.ts):
 *
 * - `indonesia.topo.json` — the national map (budget: 60 KB gzip, `npm run bench`).
 *   mapshaper `-simplify 6% keep-shapes` (weighted Visvalingam; no region or island
 *   loses its last ring), quantisation 1e4.
 * - `indonesia-provinsi.topo.json` — province maps, which are drawn 10–50× larger.
 *   A uniform percentage leaves small kota as triangles at that scale, so each
 *   region is simplified to one pixel of its own province's map (mapshaper
 *   `-simplify variable interval=…`; a border shared by two provinces keeps the
 *   finer of the two), quantisation 1e5. Used at build time only, never downloaded.
 *
 * Both: each region keyed by its Kemendagri code (`id`), every property dropped
 * (names come from the registry), and object `provinsi` merged from the regions
 * with topojson `mergeArcs`, so province outlines share the regions' arcs exactly.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { geoBounds, geoDistance } from 'd3-geo';
import { feature, mergeArcs } from 'topojson-client';
import type { GeometryObject, MultiPolygon, Polygon } from 'topojson-specification';
import { checkTopology, type AreaFeature, type MapTopology } from '../src/lib/map/topology.ts';
import { PROVINCE_MAX_HEIGHT, PROVINCE_WIDTH } from '../src/lib/map/render.ts';
import { UNITS_PER_PX } from '../src/lib/map/projection.ts';

interface Mapshaper {
  applyCommands(commands: string, input: Record<string, string>): Promise<Record<string, string | Buffer>>;
}

const root = resolve(import.meta.dirname, '..');

/**
 * mapshaper is needed by this script only, whose output is committed, so it is not a
 * dependency of the project (its dependency tree compiles better-sqlite3, ~90 s of every
 * `npm install`). The first `npm run geo` installs this pinned version into a tool folder
 * with install scripts off (nothing is compiled; the commands used here need no native code).
 */
const MAPSHAPER_VERSION = '0.7.70';
const TOOLS_DIR = join(root, 'node_modules', '.cache', 'zp-tools', `mapshaper-${MAPSHAPER_VERSION}`);

function loadMapshaper(): { mapshaper: Mapshaper; version: string } {
  const manifest = join(TOOLS_DIR, 'node_modules', 'mapshaper', 'package.json');
  if (!existsSync(manifest)) {
    console.error(`geo: installing mapshaper ${MAPSHAPER_VERSION} into ${relative(root, TOOLS_DIR)} (once; install scripts off)`);
    mkdirSync(TOOLS_DIR, { recursive: true });
    writeFileSync(join(TOOLS_DIR, 'package.json'), '{ "private": true }\n');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(
      npm,
      ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', `mapshaper@${MAPSHAPER_VERSION}`],
      { cwd: TOOLS_DIR, stdio: 'inherit' },
    );
    if (result.status !== 0)
      fail(
        `could not install mapshaper ${MAPSHAPER_VERSION} (npm exited ${result.status}); install it by hand: npm install --prefix ${TOOLS_DIR} --ignore-scripts mapshaper@${MAPSHAPER_VERSION}`,
      );
  }
  const require = createRequire(manifest);
  const version = (require(manifest) as { version: string }).version;
  if (version !== MAPSHAPER_VERSION) fail(`${manifest} is mapshaper ${version}, expected ${MAPSHAPER_VERSION}: delete ${TOOLS_DIR} and run again`);
  return { mapshaper: require('mapshaper') as Mapshaper, version };
}
const { values: args } = parseArgs({
  options: {
    shared: { type: 'string', default: join(root, '..', 'shared', 'boundaries') },
    out: { type: 'string', default: join(root, 'data', 'geo') },
  },
});

const SOURCE_FILE = 'idn-kabkota-provinsi.topo.json';
const SOURCE = {
  repository: 'https://github.com/cahyadsn/wilayah_boundaries',
  commit: '3c5a7960f4d227a38489094d84252bdbb3f978a5',
  licence: 'MIT',
  copyright: 'Copyright (c) 2024 Cahya DSN',
};
/** The short attribution the site footer prints (src/i18n/id.ts `footer.boundariesSource`); a unit test keeps them equal. */
const SHORT_ATTRIBUTION = 'cahyadsn/wilayah_boundaries (© Cahya DSN, MIT)';
/** Mean Earth radius (m), for the province extents. */
const EARTH_RADIUS = 6_371_008.8;
/** Province maps: simplify to this many pixels of the province's own map. */
const PROVINCE_PIXELS = 1;

interface Level {
  file: string;
  purpose: string;
  /** mapshaper `-simplify` arguments. */
  simplify: string;
  quantization: number;
  /** Adds properties the simplify expression reads. */
  prepare?: (source: MapTopology) => void;
  describe: string;
}

function fail(message: string): never {
  console.error(`build-geo: ${message}`);
  process.exit(1);
}

/** Metres per pixel of each province's map (800 × 640 px at most, like src/lib/map/render.ts draws it). */
function provincePixelSizes(source: MapTopology): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const geometry of source.objects.provinsi.geometries) {
    const code = (geometry as { properties?: { kode?: unknown } }).properties?.kode;
    if (typeof code !== 'string') fail('a source province has no "kode"');
    const [[x0, y0], [x1, y1]] = geoBounds(feature(source, geometry) as AreaFeature);
    if (!(x1 > x0 && x1 - x0 < 30 && y1 - y0 < 30)) fail(`province ${code}: implausible bounds (ring winding?)`);
    const middle = (y0 + y1) / 2;
    const width = geoDistance([x0, middle], [x1, middle]) * EARTH_RADIUS;
    const height = geoDistance([x0, y0], [x0, y1]) * EARTH_RADIUS;
    sizes.set(code, Math.max(width / (PROVINCE_WIDTH / UNITS_PER_PX), height / (PROVINCE_MAX_HEIGHT / UNITS_PER_PX)));
  }
  return sizes;
}

const LEVELS: Level[] = [
  {
    file: 'indonesia.topo.json',
    purpose: 'national map (1 200 px)',
    simplify: '6% keep-shapes',
    quantization: 10_000,
    describe: 'weighted Visvalingam keeping 6% of removable vertices, `keep-shapes` (no region or island vanishes)',
  },
  {
    file: 'indonesia-provinsi.topo.json',
    purpose: 'province maps (800 × 640 px, build time only)',
    simplify: "variable interval='zp_interval' keep-shapes",
    quantization: 100_000,
    prepare(source) {
      const sizes = provincePixelSizes(source);
      for (const geometry of source.objects.kabkota.geometries as Array<{ properties?: Record<string, unknown> }>) {
        const size = sizes.get(String(geometry.properties?.kode).slice(0, 2));
        if (size === undefined) fail(`no province outline for ${String(geometry.properties?.kode)}`);
        geometry.properties = { ...geometry.properties, zp_interval: Math.round(size * PROVINCE_PIXELS) };
      }
    },
    describe:
      `weighted Visvalingam with a per-region interval of ${PROVINCE_PIXELS} px of its province's map ` +
      '(from about 60 m in DI Yogyakarta to 1.3 km in Maluku; a shared border keeps the finer one), `keep-shapes`',
  },
];

const sharedDir = resolve(args.shared);
const sourcePath = join(sharedDir, SOURCE_FILE);
const sourceMd = join(sharedDir, 'SOURCE.md');
if (!existsSync(sourcePath) || !existsSync(sourceMd)) {
  fail(`${sourcePath} or SOURCE.md not found; pass --shared DIR (the folder with ${SOURCE_FILE} and SOURCE.md)`);
}
if (!readFileSync(sourceMd, 'utf8').includes(SOURCE.commit)) {
  fail(`SOURCE.md does not name commit ${SOURCE.commit}: the source changed; update SOURCE in scripts/build-geo.ts and review the attribution`);
}
const sourceText = readFileSync(sourcePath, 'utf8');
const sourceSha = createHash('sha256').update(sourceText).digest('hex');
const { mapshaper, version: mapshaperVersion } = loadMapshaper();

async function buildLevel(level: Level): Promise<{ topology: MapTopology; json: string; commands: string }> {
  const source = JSON.parse(sourceText) as MapTopology;
  level.prepare?.(source);
  const commands = [
    `-i ${SOURCE_FILE}`,
    '-drop target=provinsi',
    `-simplify ${level.simplify} target=kabkota`,
    `-o format=topojson quantization=${level.quantization} target=kabkota out.json`,
  ].join(' ');
  const output = await mapshaper.applyCommands(commands, { [SOURCE_FILE]: JSON.stringify(source) });
  const text = output['out.json'];
  if (text === undefined) fail('mapshaper wrote no output');
  const topology = JSON.parse(String(text)) as MapTopology;

  // Key every region by its Kemendagri code; drop the properties (names come from the registry).
  const regions = topology.objects.kabkota.geometries as Array<GeometryObject & { id?: string | number; properties?: Record<string, unknown> }>;
  for (const geometry of regions) {
    const code = geometry.properties?.kode;
    if (typeof code !== 'string') fail(`a kabkota geometry has no "kode" property: ${JSON.stringify(geometry.properties)}`);
    geometry.id = code;
    delete geometry.properties;
  }
  regions.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));

  // Province outlines merged from the regions (topojson mergeArcs: same arcs, exact shared borders).
  const byProvince = new Map<string, Array<Polygon | MultiPolygon>>();
  for (const geometry of regions) {
    const province = String(geometry.id).slice(0, 2);
    byProvince.set(province, [...(byProvince.get(province) ?? []), geometry as Polygon | MultiPolygon]);
  }
  topology.objects.provinsi = {
    type: 'GeometryCollection',
    geometries: [...byProvince].map(([code, geometries]) => ({ ...mergeArcs(topology, geometries), id: code })),
  };

  const problems = checkTopology(topology);
  if (problems.length > 0) fail(`${level.file} is not usable:\n  ${problems.join('\n  ')}`);
  return { topology, json: `${JSON.stringify(topology)}\n`, commands: commands.replace(' out.json', '') };
}

const outDir = resolve(args.out);
mkdirSync(outDir, { recursive: true });
const summaries: string[] = [];
for (const level of LEVELS) {
  const { topology, json, commands } = await buildLevel(level);
  const outPath = join(outDir, level.file);
  writeFileSync(outPath, json);
  const sizes = `${(json.length / 1024).toFixed(1)} KB, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(1)} KB gzip`;
  const counts = `${topology.objects.kabkota.geometries.length} kabupaten/kota, ${topology.objects.provinsi.geometries.length} provinces, ${topology.arcs.length} arcs`;
  summaries.push(
    `### \`${level.file}\` — ${level.purpose}\n` +
      `- mapshaper ${mapshaperVersion}: \`${commands}\`\n` +
      `  (${level.describe}).\n` +
      `- Result: ${counts}; ${sizes}.`,
  );
  console.error(`build-geo: wrote ${relative(process.cwd(), outPath)}: ${counts}; ${sizes}`);
}

const attribution = `# Map geometry: source, licence, processing

The \`*.topo.json\` files here are generated by \`scripts/build-geo.ts\`; do not edit them by hand.

## Attribution
Administrative boundaries: cahyadsn/wilayah_boundaries (© Cahya DSN, MIT License), codes per Kepmendagri
No 300.2.2-2138/2025; cleaned and converted to TopoJSON, simplified for Zona Pelayanan.

Short form, as printed in the site footer: **${SHORT_ATTRIBUTION}**

## Source
- Repository: ${SOURCE.repository}
- Commit: \`${SOURCE.commit}\` (files \`db/kab/wilayah_boundaries_kab_*.sql\`)
- Licence: **${SOURCE.licence}**, ${SOURCE.copyright}. The licence text is below; it travels with the data.
- Codes and names follow Kepmendagri No 300.2.2-2138 Tahun 2025: 38 provinces (including the 2022 Papua provinces
  93–96) and 514 kabupaten/kota. The geometry matches the site's registry (idn-area-data) 514/514 by code.
- Provenance caveat: the upstream repository does not say where its geometry came from (probably BIG/Kemendagri
  data); its polygons were already simplified upstream and are not survey-grade. Disputed boundaries (for example
  Sorong/Tambrauw in Papua Barat Daya) are drawn as upstream drew them.
- Input: \`${SOURCE_FILE}\` prepared from the upstream SQL (converted to GeoJSON, snapped, slivers removed with
  mapshaper \`-clean\`, quantisation 1e5), sha256 \`${sourceSha}\`.

## Processing (scripts/build-geo.ts)
Both files: one Polygon/MultiPolygon per kabupaten/kota in object \`kabkota\`, \`id\` = Kemendagri code (\`18.09\`),
no properties; object \`provinsi\` = the regions merged per province code (\`PP\`) with topojson-client \`mergeArcs\`.
Checked on every run: codes valid and unique, every province outlined, every ring wound the way d3-geo expects
(no geometry encloses the rest of the globe).

${summaries.join('\n\n')}

Regions the geometry lacks or draws differently are listed in \`src/lib/map/gaps.ts\` (a unit test checks the list
against the registry); the site says "geometri belum tersedia" for them.

## Licence text (MIT)

${SOURCE.copyright}

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`;
writeFileSync(join(outDir, 'ATTRIBUTION.md'), attribution);
