import { describe, expect, it } from 'vitest';
import { MIN_GROUP_FOR_STANDING, MIN_SCORES_FOR_MEDIAN, hundredths, mean, median, populationSD, round2, standingAgainst } from '../../src/lib/model/stats.ts';

describe('round2 and hundredths', () => {
  it('removes binary noise and negative zero', () => {
    expect(round2(82.1 - 48.2)).toBe(33.9);
    expect(round2(0.1 + 0.2)).toBe(0.3);
    expect(Object.is(round2(-0.001), 0)).toBe(true);
    expect(round2(-2.3449999)).toBe(-2.34);
  });
  it('compares scores in integer hundredths', () => {
    expect(hundredths(80.1)).toBe(8010);
    expect(hundredths(80.10000000001)).toBe(hundredths(80.1));
    expect(hundredths(50.99)).toBeLessThan(hundredths(51));
  });
});

describe('median', () => {
  it('takes the middle value of an odd count, in any input order', () => {
    expect(median([70, 10, 50])).toBe(50);
    expect(median([3.33])).toBe(3.33);
  });
  it('averages the two middle values of an even count, rounded to 2 decimals', () => {
    expect(median([10, 20, 30, 40])).toBe(25);
    expect(median([45.67, 78.3])).toBe(61.99); // 61.985 → 61.99
  });
  it('returns null for no values and ignores non-finite ones', () => {
    expect(median([])).toBeNull();
    expect(median([Number.NaN])).toBeNull();
    expect(median([1, Number.NaN, 3])).toBe(2);
  });
  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('mean and population SD', () => {
  it('divides by n (population), not n − 1', () => {
    // 2,4,4,4,5,5,7,9: mean 5, population SD exactly 2 (sample SD would be 2.138…)
    const values = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(values)).toBe(5);
    expect(populationSD(values)).toBe(2);
  });
  it('is 0 for a single value and null for none', () => {
    expect(populationSD([42])).toBe(0);
    expect(populationSD([])).toBeNull();
    expect(mean([])).toBeNull();
  });
});

describe('standingAgainst (more than 1 SD from the median)', () => {
  const group = [2, 4, 4, 4, 5, 5, 7, 9]; // median 4.5, SD 2

  it('flags a value more than one SD above or below the median', () => {
    expect(standingAgainst(9, group)).toMatchObject({ median: 4.5, sd: 2, n: 8, difference: 4.5, standing: 'above' });
    expect(standingAgainst(2, group)).toMatchObject({ difference: -2.5, standing: 'below' });
  });
  it('keeps a value exactly one SD away, or closer, "within"', () => {
    expect(standingAgainst(6.5, group)?.standing).toBe('within');
    expect(standingAgainst(2.5, group)?.standing).toBe('within');
    expect(standingAgainst(6.51, group)?.standing).toBe('above');
    expect(standingAgainst(4.5, group)?.standing).toBe('within');
  });
  it('says nothing for groups smaller than the minimum or a non-finite value', () => {
    // Published coverage is partial: a group needs as many scores as a median does (5).
    expect(MIN_GROUP_FOR_STANDING).toBe(5);
    expect(MIN_GROUP_FOR_STANDING).toBe(MIN_SCORES_FOR_MEDIAN);
    expect(standingAgainst(90, [10, 90])).toBeNull();
    expect(standingAgainst(90, [10, 20, 30, 90])).toBeNull();
    expect(standingAgainst(90, [10, 20, 30, 40, 90])).toMatchObject({ n: 5, median: 30, standing: 'above' });
    expect(standingAgainst(Number.NaN, group)).toBeNull();
  });
  it('treats an all-equal group as within (SD 0)', () => {
    expect(standingAgainst(60, [60, 60, 60, 60, 60])).toMatchObject({ sd: 0, standing: 'within' });
  });
});
