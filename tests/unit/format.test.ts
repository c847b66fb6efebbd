import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatDate, formatScore, MINUS, MISSING } from '../../src/lib/format.ts';

describe('formatScore', () => {
  it('uses a decimal comma in Indonesian and always two decimals', () => {
    expect(formatScore(45.67, 'id')).toBe('45,67');
    expect(formatScore(45.6, 'id')).toBe('45,60');
    expect(formatScore(100, 'id')).toBe('100,00');
    expect(formatScore(0, 'id')).toBe('0,00');
  });

  it('uses a decimal point in English', () => {
    expect(formatScore(45.67, 'en')).toBe('45.67');
    expect(formatScore(80, 'en')).toBe('80.00');
  });

  it('rounds to two decimals', () => {
    expect(formatScore(45.678, 'id')).toBe('45,68');
  });

  it('defaults to Indonesian', () => {
    expect(formatScore(45.67)).toBe('45,67');
  });

  it('shows a dash for missing values', () => {
    expect(formatScore(null, 'id')).toBe(MISSING);
    expect(formatScore(undefined, 'id')).toBe(MISSING);
    expect(formatScore(Number.NaN, 'id')).toBe(MISSING);
  });
});

describe('formatCount', () => {
  it('groups thousands with a dot in Indonesian', () => {
    expect(formatCount(1234, 'id')).toBe('1.234');
    expect(formatCount(1234567, 'id')).toBe('1.234.567');
    expect(formatCount(514, 'id')).toBe('514');
    expect(formatCount(0, 'id')).toBe('0');
  });

  it('groups thousands with a comma in English', () => {
    expect(formatCount(1234, 'en')).toBe('1,234');
  });

  it('uses a real minus sign and a dash for missing values', () => {
    expect(formatCount(-1234, 'id')).toBe(`${MINUS}1.234`);
    expect(formatCount(null, 'id')).toBe(MISSING);
  });
});

describe('formatChange', () => {
  it('signs positive changes with + and two decimals', () => {
    expect(formatChange(3.5, 'id')).toBe('+3,50');
    expect(formatChange(21.25, 'id')).toBe('+21,25');
    expect(formatChange(3.5, 'en')).toBe('+3.50');
  });

  it('uses U+2212 MINUS SIGN for negatives, not a hyphen', () => {
    expect(MINUS).toBe('\u2212');
    expect(formatChange(-3.5, 'id')).toBe('\u22123,50');
    expect(formatChange(-3.5, 'id')).not.toContain('-');
    expect(formatChange(-1234.5, 'id')).toBe('\u22121.234,50');
  });

  it('shows zero, and anything that rounds to zero, unsigned', () => {
    expect(formatChange(0, 'id')).toBe('0,00');
    expect(formatChange(-0, 'id')).toBe('0,00');
    expect(formatChange(0.004, 'id')).toBe('0,00');
    expect(formatChange(-0.004, 'id')).toBe('0,00');
  });

  it('shows a dash for missing values', () => {
    expect(formatChange(null, 'id')).toBe(MISSING);
    expect(formatChange(Number.POSITIVE_INFINITY, 'id')).toBe(MISSING);
  });
});

describe('formatDate', () => {
  it('writes a yyyy-mm-dd date in words, in the page language, whatever the time zone', () => {
    expect(formatDate('2026-02-03')).toBe('3 Februari 2026');
    expect(formatDate('2026-02-03', 'en')).toBe('3 February 2026');
    expect(formatDate('2025-12-31', 'id')).toBe('31 Desember 2025');
  });
  it('refuses anything but a real calendar date', () => {
    expect(() => formatDate('2026-02-30')).toThrow(/yyyy-mm-dd/);
    expect(() => formatDate('3 Feb 2026')).toThrow(/yyyy-mm-dd/);
    expect(() => formatDate('2026-02-03T10:00:00Z')).toThrow(/yyyy-mm-dd/);
  });
});
