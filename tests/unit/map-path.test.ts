import { describe, expect, it } from 'vitest';
import { geoIdentity } from 'd3-geo';
import { CompactPath, compactPath, parseCompactPath } from '../../src/lib/map/path.ts';

function draw(steps: (p: CompactPath) => void): string {
  const p = new CompactPath();
  steps(p);
  return p.toString();
}

describe('CompactPath', () => {
  it('writes rounded relative coordinates, no separator before a minus, and z', () => {
    const d = draw((p) => {
      p.moveTo(10.4, 20.6);
      p.lineTo(15, 18);
      p.lineTo(5, 30);
      p.closePath();
    });
    expect(d).toBe('m10 21 5-3-10 12z');
    expect(parseCompactPath(d)).toEqual([
      [
        [10, 21],
        [15, 18],
        [5, 30],
      ],
    ]);
  });

  it('drops points that round onto the previous one', () => {
    const d = draw((p) => {
      p.moveTo(0, 0);
      p.lineTo(0.2, 0.3);
      p.lineTo(10, 0);
      p.lineTo(10.1, 0.1);
      p.lineTo(10, 10);
      p.closePath();
    });
    expect(parseCompactPath(d)).toEqual([
      [
        [0, 0],
        [10, 0],
        [10, 10],
      ],
    ]);
  });

  it('drops a ring that collapses to fewer than 3 points and keeps later rings in place', () => {
    const d = draw((p) => {
      p.moveTo(100, 100);
      p.lineTo(110, 100);
      p.lineTo(110, 110);
      p.closePath();
      p.moveTo(200, 200); // collapses: a speck at this scale
      p.lineTo(200.3, 200.2);
      p.lineTo(200.1, 199.8);
      p.closePath();
      p.moveTo(300, 300);
      p.lineTo(310, 300);
      p.lineTo(310, 310);
      p.closePath();
    });
    expect(parseCompactPath(d)).toEqual([
      [
        [100, 100],
        [110, 100],
        [110, 110],
      ],
      [
        [300, 300],
        [310, 300],
        [310, 310],
      ],
    ]);
  });

  it('leaves open lines open (meshes)', () => {
    const d = draw((p) => {
      p.moveTo(0, 0);
      p.lineTo(5, 5);
      p.moveTo(10, 0);
      p.lineTo(10, 5);
    });
    expect(d).toBe('m0 0 5 5m5-5 0 5');
    expect(parseCompactPath(d)).toEqual([
      [
        [0, 0],
        [5, 5],
      ],
      [
        [10, 0],
        [10, 5],
      ],
    ]);
  });

  it('refuses points (arcs): maps draw areas and lines only', () => {
    expect(() => new CompactPath().arc()).toThrow(/points/);
  });

  it('renders GeoJSON through d3-geo', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [0, 10],
          [10, 10],
          [10, 0],
          [0, 0],
        ],
      ],
    };
    const d = compactPath(geoIdentity(), square);
    expect(parseCompactPath(d)).toEqual([
      [
        [0, 0],
        [0, 10],
        [10, 10],
        [10, 0],
      ],
    ]);
  });
});

describe('parseCompactPath (bad input)', () => {
  it.each(['M10 10L20 20', 'm10 10 5', 'z', 'm1.5 2', 'mz', '10 10'])('rejects %j', (d) => {
    expect(() => parseCompactPath(d)).toThrow();
  });

  it('accepts the empty path', () => {
    expect(parseCompactPath('')).toEqual([]);
  });
});
