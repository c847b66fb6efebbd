import { describe, expect, it } from 'vitest';
import { fillClass, fillFromClass, fillKey, legend, type FillKey } from '../../src/lib/map/legend.ts';

const repeat = (key: FillKey, n: number): FillKey[] => Array.from({ length: n }, () => key);

describe('fillKey', () => {
  it('maps zones, with A/B shades for hijau and none for not assessed', () => {
    expect(fillKey('merah', 'E')).toBe('merah');
    expect(fillKey('merah', null)).toBe('merah');
    expect(fillKey('kuning', 'C')).toBe('kuning');
    expect(fillKey('hijau', null)).toBe('hijau');
    expect(fillKey('hijau', 'A')).toBe('hijau-a');
    expect(fillKey('hijau', 'B')).toBe('hijau-b');
    expect(fillKey(null, null)).toBe('none');
  });

  it('round-trips through the CSS class', () => {
    expect(fillClass('hijau-a')).toBe('zone-hijau-a');
    expect(fillFromClass(['foo', 'zone-hijau-b'])).toBe('hijau-b');
    expect(fillFromClass(['zone-badge', 'zone-ungu'])).toBeNull();
  });
});

describe('legend', () => {
  it('counts the 2024 example: 61 merah, 203 kuning, 250 hijau (A and B together)', () => {
    const fills = [...repeat('merah', 61), ...repeat('kuning', 203), ...repeat('hijau-a', 100), ...repeat('hijau-b', 150)];
    const result = legend({ fills, gaps: 0, categories: true });
    expect(result.counts).toEqual({ merah: 61, kuning: 203, hijau: 250, none: 0, gap: 0 });
    const shown = result.items.filter((i) => i.shown).map((i) => [i.key, i.count]);
    expect(shown).toEqual([
      ['merah', 61],
      ['kuning', 203],
      ['hijau-a', 100],
      ['hijau-b', 150],
      ['none', 0],
    ]);
  });

  it('shows one plain hijau row before 2022, and explains the hatching even at zero', () => {
    const result = legend({ fills: ['merah', 'hijau', 'none', 'none'], gaps: 0, categories: false });
    const shown = result.items.filter((i) => i.shown).map((i) => i.key);
    expect(shown).toEqual(['merah', 'kuning', 'hijau', 'none']);
    expect(result.items.find((i) => i.key === 'none')?.count).toBe(2);
    expect(result.counts.none).toBe(2);
  });

  it('shows a fill outside the scheme when a region has it (hijau without category in 2022+)', () => {
    const result = legend({ fills: ['hijau', 'hijau-a'], gaps: 0, categories: true });
    expect(result.items.find((i) => i.key === 'hijau')).toEqual({ key: 'hijau', count: 1, shown: true });
    expect(result.counts.hijau).toBe(2);
  });

  it('shows "geometri belum tersedia" only when regions lack geometry', () => {
    expect(legend({ fills: [], gaps: 0, categories: true }).items.find((i) => i.key === 'gap')?.shown).toBe(false);
    expect(legend({ fills: [], gaps: 2, categories: true }).items.find((i) => i.key === 'gap')).toEqual({ key: 'gap', count: 2, shown: true });
  });
});
