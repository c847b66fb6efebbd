import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTopology, loadTopology, provinceFeature, regionFeatures, type MapTopology } from '../../src/lib/map/topology.ts';

/** A tiny valid topology: two square regions in one province, arcs wound clockwise (as d3-geo wants). */
function tiny(): MapTopology {
  return {
    type: 'Topology',
    arcs: [
      [
        [100, 0],
        [100, 1],
        [101, 1],
      ],
      [
        [101, 1],
        [101, 0],
        [100, 0],
      ],
      [
        [101, 1],
        [102, 1],
        [102, 0],
        [101, 0],
      ],
    ],
    objects: {
      kabkota: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', id: '11.01', arcs: [[0, 1]] },
          { type: 'Polygon', id: '11.02', arcs: [[2, ~1 /* shared edge, reversed */]] },
        ],
      },
      provinsi: { type: 'GeometryCollection', geometries: [{ type: 'MultiPolygon', id: '11', arcs: [[[0, 2]]] }] },
    },
  } as unknown as MapTopology;
}

describe('checkTopology', () => {
  it('accepts a sound topology and the committed files', () => {
    expect(checkTopology(tiny())).toEqual([]);
    expect(checkTopology(loadTopology('national'))).toEqual([]);
    expect(checkTopology(loadTopology('province'))).toEqual([]);
  });

  it('rejects what is not a topology', () => {
    expect(checkTopology(null)).toEqual(['not a TopoJSON Topology']);
    expect(checkTopology({ type: 'FeatureCollection' })).toEqual(['not a TopoJSON Topology']);
  });

  it('names a missing object', () => {
    const t = tiny() as unknown as { objects: Record<string, unknown> };
    delete t.objects.provinsi;
    expect(checkTopology(t)).toEqual(['object "provinsi" missing or not a GeometryCollection']);
  });

  it('rejects ids that are not Kemendagri codes, and duplicates', () => {
    const t = tiny();
    t.objects.kabkota.geometries[0]!.id = '1101';
    expect(checkTopology(t)[0]).toMatch(/kabkota\[0\].*"1101" is not a Kemendagri code/);
    const u = tiny();
    u.objects.kabkota.geometries[1]!.id = '11.01';
    expect(checkTopology(u)).toContain('kabkota[1] (11.01): duplicate id');
  });

  it('rejects non-polygons', () => {
    const t = tiny();
    (t.objects.kabkota.geometries[0] as { type: string }).type = 'LineString';
    expect(checkTopology(t)[0]).toMatch(/LineString is not a polygon/);
  });

  it('catches a ring wound the wrong way (it would fill the globe)', () => {
    const t = tiny();
    // Reverse region 11.01's ring: same edges, opposite direction.
    (t.objects.kabkota.geometries[0] as { arcs: number[][] }).arcs = [[~1, ~0]];
    expect(checkTopology(t).join('\n')).toMatch(/11\.01.*wound the wrong way/);
  });

  it('catches a province outline missing, and a province with no regions', () => {
    const t = tiny();
    t.objects.provinsi.geometries[0]!.id = '12';
    expect(checkTopology(t)).toEqual(['provinsi: no outline for province 11', 'provinsi 12: no kabupaten/kota in it']);
  });
});

describe('loadTopology', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zp-topo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says how to rebuild when the file is missing or broken', () => {
    expect(() => loadTopology({ path: join(dir, 'none.json') })).toThrow(/build-geo/);
    writeFileSync(join(dir, 'bad.json'), '{"type":"Topology","arcs":[],"objects":{}}');
    expect(() => loadTopology({ path: join(dir, 'bad.json') })).toThrow(/not usable: object "kabkota" missing/);
  });

  it('gives features per province in code order, and the merged province outline', () => {
    const topology = loadTopology('national');
    const lampung = regionFeatures(topology, '18');
    expect(lampung.map((f) => f.id)).toEqual([...lampung.map((f) => f.id)].sort());
    expect(lampung).toHaveLength(15);
    expect(regionFeatures(topology)).toHaveLength(514);
    expect(provinceFeature(topology, '18')?.geometry.type).toBe('MultiPolygon');
    expect(provinceFeature(topology, '99')).toBeNull();
  });
});
