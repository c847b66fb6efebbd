import type { GeoPermissibleObjects, GeoStreamWrapper } from 'd3-geo';
import { geoPath } from 'd3-geo';

/**
 * SVG path data in the most compact form that still renders exactly: integer
 * coordinates (the map's viewBox is in fifths of a CSS pixel, see projection.ts), relative commands (`m`/`z`, implicit `l`), no separator
 * before a minus sign, repeated points dropped. Against d3's absolute one-decimal
 * output this is about 2.5× smaller after gzip, which is what keeps the inline
 * national map inside its budget.
 */
export class CompactPath {
  private out = '';
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  /** Distinct points in the current ring, and where it starts in `out` and the pen before it. */
  private ringPoints = 0;
  private ringStart = 0;
  private beforeX = 0;
  private beforeY = 0;

  moveTo(x: number, y: number): void {
    const X = Math.round(x);
    const Y = Math.round(y);
    this.ringStart = this.out.length;
    this.beforeX = this.x;
    this.beforeY = this.y;
    this.out += `m${pair(X - this.x, Y - this.y)}`;
    this.x = this.startX = X;
    this.y = this.startY = Y;
    this.ringPoints = 1;
  }

  lineTo(x: number, y: number): void {
    const X = Math.round(x);
    const Y = Math.round(y);
    if (X === this.x && Y === this.y) return;
    const dx = X - this.x;
    this.out += `${dx < 0 ? '' : ' '}${pair(dx, Y - this.y)}`;
    this.x = X;
    this.y = Y;
    this.ringPoints += 1;
  }

  closePath(): void {
    // A ring with fewer than 3 distinct points has no area at this scale: drop it.
    if (this.ringPoints < 3) {
      this.out = this.out.slice(0, this.ringStart);
      this.x = this.beforeX;
      this.y = this.beforeY;
      return;
    }
    this.out += 'z';
    this.x = this.startX;
    this.y = this.startY;
  }

  /** d3 draws points as arcs; maps here only draw areas and lines. */
  arc(): void {
    throw new Error('CompactPath: points are not supported');
  }

  toString(): string {
    return this.out;
  }
}

function pair(dx: number, dy: number): string {
  return `${dx}${dy < 0 ? '' : ' '}${dy}`;
}

/** Path data for a GeoJSON object under a projection, in CompactPath form ('' when nothing is drawn). */
export function compactPath(projection: GeoStreamWrapper, object: GeoPermissibleObjects): string {
  const context = new CompactPath();
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(object);
  return context.toString();
}

/**
 * Absolute points of a CompactPath string, per subpath (for tests and bounds
 * checks). Throws on anything but `m`, `z` and integer pairs.
 */
export function parseCompactPath(d: string): Array<Array<[number, number]>> {
  if (!/^[mz\d -]*$/.test(d) || (d !== '' && !d.startsWith('m'))) throw new Error(`not a compact path: ${d.slice(0, 40)}`);
  const rings: Array<Array<[number, number]>> = [];
  let x = 0;
  let y = 0;
  for (const [, command, numbers] of d.matchAll(/([mz])([^mz]*)/g)) {
    if (command === 'z') {
      const start = rings.at(-1)?.[0];
      if (!start || (numbers ?? '').trim() !== '') throw new Error('misplaced z');
      [x, y] = start;
      continue;
    }
    const values = (numbers ?? '').match(/-?\d+/g)?.map(Number) ?? [];
    if (values.length === 0 || values.length % 2 !== 0) throw new Error('m needs coordinate pairs');
    const ring: Array<[number, number]> = [];
    for (let i = 0; i < values.length; i += 2) {
      x += values[i]!;
      y += values[i + 1]!;
      ring.push([x, y]);
    }
    rings.push(ring);
  }
  return rings;
}
