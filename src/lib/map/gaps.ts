/**
 * Kabupaten/kota the map cannot draw: the boundary source lacks them or draws
 * them differently from the registry (recent splits, the 2022 Papua provinces).
 * This is the ONE place they are listed; they are never silently missing:
 * the map leaves them out, and the legend and tables say "geometri belum tersedia".
 * tests/unit/map-gaps.test.ts checks that every registry region has geometry or is listed here.
 *
 * Currently empty: the committed geometry (cahyadsn/wilayah_boundaries, codes per
 * Kepmendagri 300.2.2-2138/2025) matches the registry 514/514 by code, including
 * the Papua provinces 93–96. Add an entry when the registry gains a region
 * (a split) before the boundary source has it, e.g.
 *   { code: '95.09', reason: 'Pemekaran 2026; belum ada di sumber batas wilayah (commit …)' }
 */

export interface GeometryGap {
  /** Kemendagri code `PP.KK`. */
  code: string;
  /** Why there is no usable geometry (for maintainers; shown nowhere on the site). */
  reason: string;
}

export const GEOMETRY_GAPS: readonly GeometryGap[] = [];

const GAP_CODES: ReadonlySet<string> = new Set(GEOMETRY_GAPS.map((g) => g.code));

/** True when `code` is in the gap list (the map does not draw it). */
export function isGeometryGap(code: string, gaps: ReadonlySet<string> = GAP_CODES): boolean {
  return gaps.has(code);
}

/** Gap codes as a set (for renderers). */
export function geometryGapCodes(gaps: readonly GeometryGap[] = GEOMETRY_GAPS): Set<string> {
  return new Set(gaps.map((g) => g.code));
}

export interface CoverageReport {
  /** Registry regions with neither geometry nor a gap entry: the bug this module exists to prevent. */
  missing: string[];
  /** Gap entries for codes that are not in the registry (stale or mistyped). */
  unknownGaps: string[];
  /** Gap entries listed twice. */
  duplicateGaps: string[];
  /** Geometry for codes that are not in the registry (never drawn: there is no name to give them). */
  extraGeometry: string[];
  /** Gap entries with no reason. */
  unexplainedGaps: string[];
}

/** Compares the registry with the geometry and the gap list; every list is sorted and empty when all is well. */
export function checkCoverage(registryCodes: Iterable<string>, geometryCodes: Iterable<string>, gaps: readonly GeometryGap[] = GEOMETRY_GAPS): CoverageReport {
  const registry = new Set(registryCodes);
  const geometry = new Set(geometryCodes);
  const gapCodes = new Set<string>();
  const duplicateGaps = new Set<string>();
  for (const gap of gaps) {
    if (gapCodes.has(gap.code)) duplicateGaps.add(gap.code);
    gapCodes.add(gap.code);
  }
  const sorted = (values: Iterable<string>) => [...values].sort();
  return {
    missing: sorted([...registry].filter((c) => !geometry.has(c) && !gapCodes.has(c))),
    unknownGaps: sorted([...gapCodes].filter((c) => !registry.has(c))),
    duplicateGaps: sorted(duplicateGaps),
    extraGeometry: sorted([...geometry].filter((c) => !registry.has(c))),
    unexplainedGaps: sorted(gaps.filter((g) => g.reason.trim() === '').map((g) => g.code)),
  };
}
