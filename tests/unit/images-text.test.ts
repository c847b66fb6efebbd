import { describe, expect, it } from 'vitest';
import { fitText, fits, MEASURE_SLACK, textWidth, truncate, wrap } from '../../src/lib/images/text.ts';

describe('text measuring (Liberation Sans metrics)', () => {
  it('measures with the font’s advance widths, bold wider than regular', () => {
    expect(textWidth('Hi', 10)).toBeCloseTo(9.44);
    expect(textWidth('Hi', 10, 'bold')).toBeCloseTo(10);
    expect(textWidth('', 30)).toBe(0);
    expect(textWidth('é', 10)).toBe(textWidth('e', 10));
    expect(textWidth('–', 10)).toBeCloseTo(5.56);
  });
  it('wraps greedily at word boundaries', () => {
    const lines = wrap('Skor kepatuhan Kabupaten Kepulauan Siau Tagulandang Biaro, 2015–2024', 400, 18, { weight: 'bold' });
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 18, 'bold') * MEASURE_SLACK).toBeLessThanOrEqual(400);
    expect(lines.join(' ')).toBe('Skor kepatuhan Kabupaten Kepulauan Siau Tagulandang Biaro, 2015–2024');
  });
  it('cuts with … when lines run out or a word is longer than a line', () => {
    const lines = wrap('satu dua tiga empat lima enam tujuh delapan', 100, 20, { maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    const [long] = wrap('Supercalifragilisticexpialidocious', 100, 20);
    expect(long!.endsWith('…')).toBe(true);
    expect(fits(long!, 100, 20)).toBe(true);
    expect(truncate('pendek', 500, 20)).toBe('pendek');
  });
  it('fits a long name in two lines by shrinking it', () => {
    const fitted = fitText('Kabupaten Kepulauan Siau Tagulandang Biaro', 1072, { max: 64, min: 36, maxLines: 2, weight: 'bold' });
    expect(fitted.lines.length).toBeLessThanOrEqual(2);
    expect(fitted.lines.join(' ')).toBe('Kabupaten Kepulauan Siau Tagulandang Biaro');
    const tiny = fitText('Kabupaten Kepulauan Siau Tagulandang Biaro', 300, { max: 64, min: 36, maxLines: 2, weight: 'bold' });
    expect(tiny.fontSize).toBe(36);
    expect(tiny.lines).toHaveLength(2);
    expect(tiny.lines[1]!.endsWith('…')).toBe(true);
  });
});
