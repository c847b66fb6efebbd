import { describe, expect, it } from 'vitest';
import { nearestInDirection, reachable, type Point } from '../../src/lib/map/spatial.ts';

describe('nearestInDirection', () => {
  const grid: Point[] = [
    [0, 0], // 0
    [10, 0], // 1
    [20, 1], // 2
    [0, 10], // 3
    [11, 9], // 4
  ];

  it('moves to the nearest centre in each direction, preferring the 90° cone ahead', () => {
    expect(nearestInDirection(grid, 0, [1, 0])).toBe(1);
    expect(nearestInDirection(grid, 1, [1, 0])).toBe(2);
    expect(nearestInDirection(grid, 0, [0, 1])).toBe(3);
    expect(nearestInDirection(grid, 1, [0, 1])).toBe(4);
    expect(nearestInDirection(grid, 4, [-1, 0])).toBe(3);
    // 3 → right: 4 (1 across) is in the cone, 1 (10 ahead, 10 across) is on its edge but farther.
    expect(nearestInDirection(grid, 3, [1, 0])).toBe(4);
    // Outside the cone only: 0 → down from [0,0] among [[50, 1]] still moves (half-plane fallback).
    expect(
      nearestInDirection(
        [
          [0, 0],
          [50, 1],
        ],
        0,
        [0, 1],
      ),
    ).toBe(1);
    // A near point in the cone beats a nearer-ahead point far to the side.
    expect(
      nearestInDirection(
        [
          [0, 0],
          [3, 30],
          [20, 5],
        ],
        0,
        [1, 0],
      ),
    ).toBe(2);
  });

  it('returns -1 at the edge, for an unknown start, and for a lone point', () => {
    expect(nearestInDirection(grid, 0, [-1, 0])).toBe(-1);
    expect(nearestInDirection(grid, 0, [0, -1])).toBe(-1);
    expect(nearestInDirection(grid, 99, [1, 0])).toBe(-1);
    expect(nearestInDirection([[5, 5]], 0, [1, 0])).toBe(-1);
  });

  it('ignores points at the same position along the direction (no zero-length moves)', () => {
    expect(
      nearestInDirection(
        [
          [0, 0],
          [0, 5],
        ],
        0,
        [1, 0],
      ),
    ).toBe(-1);
  });
});

describe('reachable', () => {
  it('reaches every point of a scattered archipelago', () => {
    const points: Point[] = Array.from({ length: 60 }, (_, i) => [Math.round(Math.sin(i * 7.3) * 100), Math.round(Math.cos(i * 3.1) * 40)]);
    expect(reachable(points).size).toBe(points.length);
  });

  it('reaches Simeulue on the Aceh map, which a half-plane-only rule never picked', () => {
    // Region centres of /provinsi/aceh/ (map units, code order); index 8 is 11.09 Simeulue.
    const aceh: Point[] = [
      [1947, 2320],
      [2104, 2100],
      [2120, 997],
      [1454, 1108],
      [947, 1218],
      [344, 430],
      [878, 656],
      [1727, 756],
      [950, 2784],
      [2118, 2946],
      [1298, 689],
      [1499, 1700],
      [1862, 1586],
      [532, 908],
      [1196, 1418],
      [2418, 1399],
      [1554, 938],
      [952, 672],
      [254, 299],
      [228, 74],
      [1686, 626],
      [2392, 1182],
      [2364, 2574],
    ];
    expect(reachable(aceh).has(8)).toBe(true);
    expect(reachable(aceh).size).toBe(aceh.length);
  });

  it('is empty for no points and finds what is cut off', () => {
    expect(reachable([]).size).toBe(0);
    // Two identical centres: neither can reach the other with arrows.
    expect([
      ...reachable([
        [0, 0],
        [0, 0],
      ]),
    ]).toEqual([0]);
  });
});
