import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';
import { checkCoverage, GEOMETRY_GAPS, geometryGapCodes, isGeometryGap } from '../../src/lib/map/gaps.ts';
import { geometryCodes, loadTopology, type GeoLevel } from '../../src/lib/map/topology.ts';
import { id } from '../../src/i18n/id.ts';

const registry = loadInstalledRegistry();
const registryCodes = registry.regions.map((r) => r.code);
const root = join(import.meta.dirname, '..', '..');

describe('geometry coverage (the committed data/geo files against the registry)', () => {
  for (const level of ['national', 'province'] as GeoLevel[]) {
    it(`${level}: every registry region has geometry or is in the explicit gap list, and nothing else is drawn`, () => {
      const report = checkCoverage(registryCodes, geometryCodes(loadTopology(level)));
      expect(registryCodes).toHaveLength(514);
      expect(report).toEqual({ missing: [], unknownGaps: [], duplicateGaps: [], extraGeometry: [], unexplainedGaps: [] });
    });
  }

  it('both levels hold the same regions and provinces', () => {
    const national = loadTopology('national');
    const province = loadTopology('province');
    expect(geometryCodes(province)).toEqual(geometryCodes(national));
    expect(province.objects.provinsi.geometries.map((g) => g.id)).toEqual(national.objects.provinsi.geometries.map((g) => g.id));
    expect(new Set(national.objects.provinsi.geometries.map((g) => g.id))).toEqual(new Set(registry.provinces.map((p) => p.code)));
  });

  it('the gap list is short and every entry is explained', () => {
    expect(GEOMETRY_GAPS.length).toBeLessThanOrEqual(10);
    for (const gap of GEOMETRY_GAPS) {
      expect(gap.code).toMatch(/^\d{2}\.\d{2}$/);
      expect(gap.reason.length).toBeGreaterThan(10);
    }
  });
});

describe('checkCoverage (bad paths)', () => {
  it('reports a registry region with neither geometry nor a gap entry', () => {
    expect(checkCoverage(['11.01', '11.02', '95.09'], ['11.01', '11.02'], []).missing).toEqual(['95.09']);
  });

  it('accepts a region without geometry when it is listed, and says which gap entries are wrong', () => {
    const report = checkCoverage(
      ['11.01', '95.09'],
      ['11.01', '99.99'],
      [
        { code: '95.09', reason: 'Pemekaran, belum ada di sumber batas wilayah' },
        { code: '95.09', reason: 'duplikat' },
        { code: '12.34', reason: 'salah ketik kode' },
        { code: '11.01', reason: ' ' },
      ],
    );
    expect(report.missing).toEqual([]);
    expect(report.duplicateGaps).toEqual(['95.09']);
    expect(report.unknownGaps).toEqual(['12.34']);
    expect(report.extraGeometry).toEqual(['99.99']);
    expect(report.unexplainedGaps).toEqual(['11.01']);
  });

  it('isGeometryGap reads the given set', () => {
    const gaps = geometryGapCodes([{ code: '95.09', reason: 'x' }]);
    expect(isGeometryGap('95.09', gaps)).toBe(true);
    expect(isGeometryGap('95.01', gaps)).toBe(false);
    expect(isGeometryGap('95.01')).toBe(GEOMETRY_GAPS.some((g) => g.code === '95.01'));
  });
});

describe('attribution and the ../shared rule', () => {
  const attribution = readFileSync(join(root, 'data', 'geo', 'ATTRIBUTION.md'), 'utf8');

  it('data/geo/ATTRIBUTION.md names the source, commit and licence, and matches the footer text', () => {
    expect(attribution).toContain('https://github.com/cahyadsn/wilayah_boundaries');
    expect(attribution).toContain('3c5a7960f4d227a38489094d84252bdbb3f978a5');
    expect(attribution).toContain('MIT');
    expect(attribution).toContain('Permission is hereby granted');
    expect(attribution).toContain(id.footer.boundariesSource);
  });

  it('only scripts/build-geo.ts reads ../shared/ (a fresh clone has none)', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(ts|astro|mjs|js)$/.test(entry.name) && path !== join('scripts', 'build-geo.ts') && path !== join('tests', 'unit', 'map-gaps.test.ts')) {
          const text = readFileSync(join(root, path), 'utf8');
          // A path literal into ../shared (comments may mention it).
          if (/['"`]\.\.\/shared\b|['"`]shared['"`]|['"`]\/work\/shared/.test(text)) offenders.push(path);
        }
      }
    };
    for (const dir of ['src', 'scripts', 'tests']) walk(dir);
    expect(offenders).toEqual([]);
  });
});
