import { describe, expect, it } from 'vitest';
import { dimensionLabel, figureText, measureDefinition, measureLabel, yearText } from '../../src/lib/complaints/present.ts';

const base = { count: 168, percent: false, approximate: false };
describe('complaint figures in words', () => {
  it('keeps what was printed around the number, in both languages', () => {
    expect(figureText({ ...base, count: 1480 }, 'id')).toBe('1.480');
    expect(figureText({ ...base, count: 1480 }, 'en')).toBe('1,480');
    expect(figureText({ ...base, approximate: true }, 'id')).toBe('sekitar 168');
    expect(figureText({ ...base, approximate: true }, 'en')).toBe('about 168');
    expect(figureText({ ...base, count: 300, bound: 'more-than' }, 'id')).toBe('lebih dari 300');
    expect(figureText({ ...base, count: 40.99, percent: true }, 'id')).toBe('40,99 %');
    expect(figureText({ ...base, count: 10, upTo: 15, percent: true }, 'en')).toBe('10–15 %');
  });
  it('names measures, dimensions and periods', () => {
    expect(measureLabel('akses_total', 'id')).toBe('Seluruh akses');
    expect(measureLabel('akses_total', 'en')).toBe('All contacts');
    expect(measureDefinition('pelapor_asal', 'en')).toMatch(/not the body complained about/);
    expect(measureLabel('unknown', 'id')).toBe('unknown');
    expect(dimensionLabel('maladministrasi', 'id')).toBe('Dugaan maladministrasi');
    expect(dimensionLabel('constructor', 'id')).toBe('constructor');
    expect(yearText({ year: 2021, yearTo: 2025 }, 'id')).toBe('2021–2025');
    expect(yearText({ year: 2023 }, 'en')).toBe('2023');
  });
});
