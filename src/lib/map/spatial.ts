/**
 * Arrow-key movement between map regions (used by src/scripts/map-keys.ts): from a
 * region's centre to the nearest centre in a direction. Pure, so tests can check
 * that every region can be reached.
 */

export type Point = readonly [number, number];
export type Direction = readonly [dx: -1 | 0 | 1, dy: -1 | 0 | 1];
export const DIRECTIONS: readonly Direction[] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
];

/**
 * Index of the point to move to from `points[from]` in direction (dx, dy), or -1
 * when there is none that way: the nearest point inside the 90° cone around the
 * direction; failing that, the best point in the half-plane ahead (distance ahead
 * plus twice the distance sideways). The cone keeps a small island next to a big
 * neighbour reachable (tests check every map: all regions reachable).
 */
export function nearestInDirection(points: readonly Point[], from: number, [dx, dy]: Direction): number {
  const origin = points[from];
  if (!origin) return -1;
  const [x0, y0] = origin;
  let inCone = -1;
  let inConeDistance = Infinity;
  let ahead = -1;
  let aheadScore = Infinity;
  points.forEach(([x, y], index) => {
    if (index === from) return;
    const along = (x - x0) * dx + (y - y0) * dy;
    if (along <= 0) return;
    const across = Math.abs((x - x0) * dy - (y - y0) * dx);
    if (across <= along) {
      const distance = Math.hypot(along, across);
      if (distance < inConeDistance) {
        inConeDistance = distance;
        inCone = index;
      }
    }
    const score = along + 2 * across;
    if (score < aheadScore) {
      aheadScore = score;
      ahead = index;
    }
  });
  return inCone >= 0 ? inCone : ahead;
}

/** Indices of the points reachable from `start` with the four arrow keys. */
export function reachable(points: readonly Point[], start = 0): Set<number> {
  const seen = new Set<number>(points.length > start ? [start] : []);
  const queue = [...seen];
  while (queue.length > 0) {
    const index = queue.shift()!;
    for (const direction of DIRECTIONS) {
      const next = nearestInDirection(points, index, direction);
      if (next >= 0 && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
