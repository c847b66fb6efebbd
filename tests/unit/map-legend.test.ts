import { describe, expect, it } from 'vitest';
import { fillClass, fillFromClass, fillKey, legend, legendSentenceKey, legendSentenceParams, type FillKey } from '../../src/lib/map/legend.ts';

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

  it('gives 2025 opinions their own fills, and a published figure without zone or opinion is not "none"', () => {
    expect(fillKey(null, null, 'tertinggi')).toBe('opini-tertinggi');
    expect(fillKey(null, null, 'rendah', true)).toBe('opini-rendah');
    expect(fillKey(null, null, null, true)).toBe('unrated');
    expect(fillKey(null, null, null, false)).toBe('none');
    expect(fillFromClass(['zone-opini-sedang'])).toBe('opini-sedang');
    expect(fillFromClass(['zone-unrated'])).toBe('unrated');
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
    expect(result.counts).toEqual({ merah: 61, kuning: 203, hijau: 250, tertinggi: 0, tinggi: 0, sedang: 0, rendah: 0, unrated: 0, none: 0, gap: 0 });
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

describe('opinion legend (2025–)', () => {
  it('lists the four opinion levels and the hatching, never a zone row', () => {
    const fills: FillKey[] = [...repeat('opini-tertinggi', 19), ...repeat('opini-tinggi', 15), 'opini-rendah', 'unrated', ...repeat('none', 3)];
    const result = legend({ fills, gaps: 0, categories: false, opinions: true });
    expect(result.items.map((i) => i.key)).toEqual(['opini-tertinggi', 'opini-tinggi', 'opini-sedang', 'opini-rendah', 'unrated', 'none', 'gap']);
    expect(result.items.filter((i) => i.shown).map((i) => [i.key, i.count])).toEqual([
      ['opini-tertinggi', 19],
      ['opini-tinggi', 15],
      ['opini-sedang', 0],
      ['opini-rendah', 1],
      ['unrated', 1],
      ['none', 3],
    ]);
    expect(result.counts).toMatchObject({ merah: 0, kuning: 0, hijau: 0, tertinggi: 19, tinggi: 15, sedang: 0, rendah: 1, unrated: 1, none: 3 });
  });

  it('hides the "figure without zone or opinion" row at zero', () => {
    const result = legend({ fills: ['opini-tinggi'], gaps: 0, categories: false, opinions: true });
    expect(result.items.find((i) => i.key === 'unrated')?.shown).toBe(false);
  });

  it('picks the sentence template by method and gaps, with every count as a placeholder', () => {
    const counts = legend({ fills: ['opini-tinggi', 'none'], gaps: 0, categories: false, opinions: true }).counts;
    expect(legendSentenceKey(counts, true)).toBe('sentenceOpinion');
    expect(legendSentenceKey({ ...counts, none: 0 }, false)).toBe('sentence');
    expect(legendSentenceKey(counts, false)).toBe('sentenceWithNone');
    expect(legendSentenceParams(2025, counts, (n) => `#${n}`)).toMatchObject({ year: 2025, tinggi: '#1', none: '#1', merah: '#0' });
  });
});
