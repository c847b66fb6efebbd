import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { fitMap } from '../../src/lib/map/projection.ts';
import { parseCompactPath } from '../../src/lib/map/path.ts';
import { nationalGeometry, provinceGeometry, PROVINCE_MAX_HEIGHT, PROVINCE_WIDTH, NATIONAL_WIDTH } from '../../src/lib/map/render.ts';
import { loadTopology } from '../../src/lib/map/topology.ts';

const national = nationalGeometry(loadTopology('national'));
const BANDA_ACEH: [number, number] = [95.3238, 5.5483];
const JAKARTA: [number, number] = [106.8456, -6.2088];
const JAYAPURA: [number, number] = [140.7181, -2.5337];

function inside([x, y]: [number, number], width: number, height: number): boolean {
  return x >= 0 && x <= width && y >= 0 && y <= height;
}

describe('national projection', () => {
  it('puts Banda Aceh west of Jakarta west of Jayapura, all inside the viewBox', () => {
    const aceh = national.project(BANDA_ACEH)!;
    const jakarta = national.project(JAKARTA)!;
    const jayapura = national.project(JAYAPURA)!;
    expect(aceh[0]).toBeLessThan(jakarta[0]);
    expect(jakarta[0]).toBeLessThan(jayapura[0]);
    // North is up: Banda Aceh (5.5° N) above Jakarta (6.2° S).
    expect(aceh[1]).toBeLessThan(jakarta[1]);
    for (const p of [aceh, jakarta, jayapura]) expect(inside(p, national.width, national.height)).toBe(true);
  });

  it('is 1 200 px wide and about 2.7 times wider than tall (Indonesia’s shape)', () => {
    expect(national.width).toBe(NATIONAL_WIDTH);
    expect(national.width / national.height).toBeGreaterThan(2.4);
    expect(national.width / national.height).toBeLessThan(3);
  });

  it('draws every region inside the viewBox, none empty (small islands included)', () => {
    expect(national.regions).toHaveLength(514);
    for (const { code, d } of national.regions) {
      const points = parseCompactPath(d).flat();
      expect(points.length, code).toBeGreaterThanOrEqual(3);
      for (const point of points) expect(inside(point, national.width, national.height), `${code} ${point}`).toBe(true);
    }
    // Kepulauan Seribu and Sabang are islands of a few km²: still drawn.
    for (const code of ['31.01', '11.72']) expect(national.regions.find((r) => r.code === code)?.d).toMatch(/z/);
  });

  it('draws the borders between provinces as one path, and no separate coastline', () => {
    expect(parseCompactPath(national.borders).length).toBeGreaterThan(10);
    expect(national.outline).toBe('');
  });
});

describe('province projections', () => {
  const topology = loadTopology('province');
  it('makes the viewBox the box exactly, never a unit more from float noise, with the drawing centred in it', () => {
    for (const province of topology.objects.provinsi.geometries) {
      const object = feature(topology, province);
      const id = String(province.id);
      const fit = fitMap(object, { width: PROVINCE_WIDTH, maxHeight: PROVINCE_MAX_HEIGHT, padding: 20 });
      expect(fit.width <= PROVINCE_WIDTH && fit.height <= PROVINCE_MAX_HEIGHT, id).toBe(true);
      expect(fit.width === PROVINCE_WIDTH || fit.height === PROVINCE_MAX_HEIGHT, id).toBe(true);
      const [[x0, y0], [x1, y1]] = geoPath(fit.projection).bounds(object);
      expect(x0, id).toBeCloseTo(fit.width - x1, 6);
      expect(y0, id).toBeCloseTo(fit.height - y1, 6);
      expect(Math.min(x0, y0), id).toBeCloseTo(20, 6);
    }
  });

  it.each(['31', '34', '51', '81', '91', '95', '96'])('province %s is fitted to its own extent', (code) => {
    const g = provinceGeometry(topology, code);
    expect(g.width).toBeLessThanOrEqual(PROVINCE_WIDTH + 1);
    expect(g.height).toBeLessThanOrEqual(PROVINCE_MAX_HEIGHT + 1);
    // Fitted: the drawing fills the box in at least one direction.
    expect(g.width >= PROVINCE_WIDTH - 1 || g.height >= PROVINCE_MAX_HEIGHT - 1).toBe(true);
    expect(g.regions.every((r) => r.code.startsWith(`${code}.`))).toBe(true);
    const points = g.regions.flatMap((r) => parseCompactPath(r.d).flat());
    for (const point of points) expect(inside(point, g.width, g.height)).toBe(true);
    expect(g.outline).not.toBe('');
  });

  it('throws for a province without geometry', () => {
    expect(() => provinceGeometry(topology, '99')).toThrow(/99/);
  });
});

describe('fitMap (bad input)', () => {
  // d3-geo wants clockwise exterior rings; this one is counter-clockwise, so it encloses the rest of the globe.
  const wrongWinding = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [100, 0],
        [101, 0],
        [101, 1],
        [100, 1],
        [100, 0],
      ],
    ],
  };
  const rightWinding = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [100, 0],
        [100, 1],
        [101, 1],
        [101, 0],
        [100, 0],
      ],
    ],
  };

  it('fits a correctly wound polygon to the box', () => {
    const fit = fitMap(rightWinding, { width: 1000, padding: 10 });
    expect(fit.width).toBe(1000);
    expect(fit.projection([100, 1])![0]).toBeCloseTo(10, 5);
  });

  it('refuses a ring wound the wrong way instead of drawing the whole globe', () => {
    expect(() => fitMap(wrongWinding, { width: 1000 })).toThrow(/globe|winding/);
  });

  it('refuses an empty object', () => {
    expect(() => fitMap({ type: 'FeatureCollection', features: [] }, { width: 1000 })).toThrow(/nothing/);
  });

  it('fits a tall object to the maximum height, making it narrower', () => {
    const tall = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [100, 0],
          [100, 10],
          [101, 10],
          [101, 0],
          [100, 0],
        ],
      ],
    };
    const fit = fitMap(tall, { width: 1000, maxHeight: 500 });
    expect(fit.height).toBe(500);
    expect(fit.width).toBeLessThan(100);
  });
});
