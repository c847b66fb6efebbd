import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/**
 * The committed map geometry (written by scripts/build-geo.ts from
 * ../shared/boundaries; see data/geo/ATTRIBUTION.md), in two levels of detail:
 * `data/geo/indonesia.topo.json` for the national map and
 * `data/geo/indonesia-provinsi.topo.json` for province maps. Both hold:
 *
 * - object `kabkota`: one Polygon/MultiPolygon per kabupaten/kota, `id` = Kemendagri code `PP.KK`;
 * - object `provinsi`: one MultiPolygon per province, `id` = `PP`, merged from the kabkota
 *   geometries with topojson `mergeArcs`, so province outlines share the regions' arcs exactly.
 *
 * No properties: names come from the registry (regions.json), never from the geometry.
 */

export type GeoLevel = 'national' | 'province';
export const GEO_FILES: Record<GeoLevel, string> = {
  national: 'data/geo/indonesia.topo.json',
  province: 'data/geo/indonesia-provinsi.topo.json',
};

export type AreaGeometry = GeometryObject<Record<string, never>> & { type: 'Polygon' | 'MultiPolygon'; id: string };

export interface MapObjects {
  kabkota: GeometryCollection;
  provinsi: GeometryCollection;
  [key: string]: GeometryCollection;
}

export type MapTopology = Topology<MapObjects>;

export type AreaFeature = Feature<Polygon | MultiPolygon, Record<string, never>> & { id: string };

const REGION_CODE = /^\d{2}\.\d{2}$/;
const PROVINCE_CODE = /^\d{2}$/;
/**
 * Largest plausible area of one kabupaten/kota or province in steradians. Indonesia's whole land area is
 * about 0.047 sr; a ring wound the wrong way encloses the rest of the globe instead (≈ 4π sr).
 */
const MAX_AREA_SR = 0.1;

/** Problems with a topology that the site cannot draw correctly; empty when it is fine. */
export function checkTopology(topology: unknown): string[] {
  const problems: string[] = [];
  if (typeof topology !== 'object' || topology === null || (topology as { type?: unknown }).type !== 'Topology') {
    return ['not a TopoJSON Topology'];
  }
  const topo = topology as MapTopology;
  if (!Array.isArray(topo.arcs)) problems.push('no arcs');
  for (const [name, codePattern] of [
    ['kabkota', REGION_CODE],
    ['provinsi', PROVINCE_CODE],
  ] as const) {
    const object = topo.objects?.[name];
    if (!object || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
      problems.push(`object "${name}" missing or not a GeometryCollection`);
      continue;
    }
    const seen = new Set<string>();
    for (const [index, geometry] of object.geometries.entries()) {
      const id = geometry.id;
      const where = `${name}[${index}]${typeof id === 'string' ? ` (${id})` : ''}`;
      if (typeof id !== 'string' || !codePattern.test(id)) {
        problems.push(`${where}: id ${JSON.stringify(id)} is not a Kemendagri code`);
        continue;
      }
      if (seen.has(id)) problems.push(`${where}: duplicate id`);
      seen.add(id);
      if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
        problems.push(`${where}: ${geometry.type} is not a polygon`);
        continue;
      }
      if (problems.length > 0) continue; // areas need a sound topology
      const area = geoArea(feature(topo, geometry) as AreaFeature);
      if (!(area > 0)) problems.push(`${where}: empty geometry`);
      else if (area > MAX_AREA_SR) problems.push(`${where}: encloses ${area.toFixed(2)} sr; a ring is wound the wrong way`);
    }
  }
  if (problems.length === 0) {
    const regionProvinces = new Set(topo.objects.kabkota.geometries.map((g) => String(g.id).slice(0, 2)));
    const provinces = new Set(topo.objects.provinsi.geometries.map((g) => String(g.id)));
    for (const code of regionProvinces) if (!provinces.has(code)) problems.push(`provinsi: no outline for province ${code}`);
    for (const code of provinces) if (!regionProvinces.has(code)) problems.push(`provinsi ${code}: no kabupaten/kota in it`);
  }
  return problems;
}

const cache = new Map<string, MapTopology>();

/**
 * Reads and checks a committed topology: a level (its file against the working
 * directory) or a path. Cached per path.
 */
export function loadTopology(level: GeoLevel | { path: string } = 'national'): MapTopology {
  const path = typeof level === 'string' ? resolve(process.cwd(), GEO_FILES[level]) : level.path;
  const hit = cache.get(path);
  if (hit) return hit;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Map geometry ${path} could not be read (${(error as Error).message}); run \`npx tsx scripts/build-geo.ts\`.`);
  }
  const problems = checkTopology(parsed);
  if (problems.length > 0) throw new Error(`Map geometry ${path} is not usable: ${problems.slice(0, 5).join('; ')}`);
  const topology = parsed as MapTopology;
  cache.set(path, topology);
  return topology;
}

/** Kemendagri codes of every kabupaten/kota with geometry. */
export function geometryCodes(topology: MapTopology): string[] {
  return topology.objects.kabkota.geometries.map((g) => String(g.id));
}

/** GeoJSON features of the kabupaten/kota, optionally only those of one province, in code order. */
export function regionFeatures(topology: MapTopology, provinceCode?: string): AreaFeature[] {
  const geometries = topology.objects.kabkota.geometries
    .filter((g) => provinceCode === undefined || String(g.id).slice(0, 2) === provinceCode)
    .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
  const collection = feature(topology, { type: 'GeometryCollection', geometries }) as FeatureCollection<Polygon | MultiPolygon>;
  return collection.features as AreaFeature[];
}

/** The province's merged outline as a GeoJSON feature, or null when the topology has no such province. */
export function provinceFeature(topology: MapTopology, provinceCode: string): AreaFeature | null {
  const geometry = topology.objects.provinsi.geometries.find((g) => g.id === provinceCode);
  return geometry ? (feature(topology, geometry) as AreaFeature) : null;
}
