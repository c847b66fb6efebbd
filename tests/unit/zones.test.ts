import { describe, expect, it } from 'vitest';
import { classify, methodBreakBetween, OPINION_LEVELS, schemeFor, zoneFor, zoneOfCategory, zoneRank, ZONES } from '../../src/lib/zones.ts';

/** `[zone, category]` of a score in a year, or null. */
const band = (year: number, score: number) => {
  const b = classify(year, score);
  return b === null ? null : [b.zone, b.category];
};

describe('schemeFor', () => {
  it('uses the three-zone scheme 2013–2021', () => {
    for (const year of [2013, 2015, 2019, 2021]) expect(schemeFor(year)?.id).toBe('zona-2013');
  });

  it('uses categories A–E 2022–2024 with verified cut-offs', () => {
    for (const year of [2022, 2023, 2024]) {
      expect(schemeFor(year)?.id).toBe('opini-2022');
      expect(schemeFor(year)?.cutoffsVerified).toBe(true);
    }
  });

  it('uses the 2025 scheme from 2025 on, with unverified cut-offs', () => {
    for (const year of [2025, 2026]) {
      expect(schemeFor(year)?.id).toBe('opini-ombudsman-2025');
      expect(schemeFor(year)?.cutoffsVerified).toBe(false);
    }
  });

  it('gives the method of each scheme: zones, categories, an opinion', () => {
    expect(schemeFor(2019)?.method).toBe('zones');
    expect(schemeFor(2021)?.method).toBe('zones');
    expect(schemeFor(2022)?.method).toBe('categories');
    expect(schemeFor(2024)?.method).toBe('categories');
    expect(schemeFor(2025)?.method).toBe('opinion');
  });

  it('has no scheme in 2020 (no assessment) or before 2013', () => {
    expect(schemeFor(2020)).toBeNull();
    expect(schemeFor(2012)).toBeNull();
    expect(schemeFor(2000)).toBeNull();
  });
});

describe('classify / zoneFor under the 2013 scheme', () => {
  for (const year of [2013, 2019, 2021]) {
    it(`${year}: 50.99 merah / 51 kuning`, () => {
      expect(band(year, 50.99)).toEqual(['merah', null]);
      expect(band(year, 51)).toEqual(['kuning', null]);
      expect(band(year, Number('51.0'))).toEqual(['kuning', null]);
    });

    it(`${year}: 80.99 kuning / 81 hijau`, () => {
      expect(band(year, 80.99)).toEqual(['kuning', null]);
      expect(band(year, 81)).toEqual(['hijau', null]);
    });

    it(`${year}: 0 merah, 100 hijau`, () => {
      expect(band(year, 0)).toEqual(['merah', null]);
      expect(band(year, 100)).toEqual(['hijau', null]);
    });
  }

  it('labels the bands as ORI prints them', () => {
    expect(classify(2019, 90)?.label).toBe('Kepatuhan Tinggi');
    expect(classify(2019, 60)?.label).toBe('Kepatuhan Sedang');
    expect(classify(2019, 10)?.label).toBe('Kepatuhan Rendah');
  });
});

describe('classify / zoneFor under the category schemes', () => {
  for (const year of [2022, 2023, 2024]) {
    it(`${year}: 87.99 B / 88 A`, () => {
      expect(band(year, 87.99)).toEqual(['hijau', 'B']);
      expect(band(year, 88)).toEqual(['hijau', 'A']);
    });

    it(`${year}: 77.99 C / 78 B`, () => {
      expect(band(year, 77.99)).toEqual(['kuning', 'C']);
      expect(band(year, 78)).toEqual(['hijau', 'B']);
    });

    it(`${year}: 53.99 D / 54 C`, () => {
      expect(band(year, 53.99)).toEqual(['merah', 'D']);
      expect(band(year, 54)).toEqual(['kuning', 'C']);
    });

    it(`${year}: 31.99 E / 32 D`, () => {
      expect(band(year, 31.99)).toEqual(['merah', 'E']);
      expect(band(year, 32)).toEqual(['merah', 'D']);
    });

    it(`${year}: 0 E, 100 A`, () => {
      expect(band(year, 0)).toEqual(['merah', 'E']);
      expect(band(year, 100)).toEqual(['hijau', 'A']);
    });
  }

  it('labels the categories as ORI prints them', () => {
    expect([95, 80, 60, 40, 10].map((s) => classify(2023, s)?.label)).toEqual([
      'Kualitas Tertinggi',
      'Kualitas Tinggi',
      'Kualitas Sedang',
      'Kualitas Rendah',
      'Kualitas Terendah',
    ]);
  });
});

describe('classify / zoneFor under the 2025 opinion method', () => {
  it('has no bands: nothing is derived from a 2025 score', () => {
    expect(schemeFor(2025)?.bands).toEqual([]);
    for (const score of [0, 31.99, 54, 78, 88, 100]) {
      expect(classify(2025, score)).toBeNull();
      expect(zoneFor(2025, score)).toBeNull();
    }
  });
});

describe('methodBreakBetween', () => {
  it('breaks between 2024 and 2025 (either order) and nowhere else', () => {
    expect(methodBreakBetween(2024, 2025)).toBe(true);
    expect(methodBreakBetween(2025, 2024)).toBe(true);
    expect(methodBreakBetween(2019, 2025)).toBe(true);
    expect(methodBreakBetween(2021, 2022)).toBe(false);
    expect(methodBreakBetween(2019, 2021)).toBe(false);
    expect(methodBreakBetween(2025, 2026)).toBe(false);
    expect(methodBreakBetween(2020, 2025)).toBe(false);
  });
});

describe('OPINION_LEVELS', () => {
  it('lists the four opinion levels from the top down with the quality each is printed with', () => {
    expect(OPINION_LEVELS.map((o) => [o.level, o.quality])).toEqual([
      ['tertinggi', 'sangat-baik'],
      ['tinggi', 'baik'],
      ['sedang', 'cukup'],
      ['rendah', 'kurang'],
    ]);
  });
});

describe('the same score in different years', () => {
  it('52 is kuning in 2021 and merah (D) in 2022', () => {
    expect(zoneFor(2021, 52)).toBe('kuning');
    expect(zoneFor(2022, 52)).toBe('merah');
    expect(classify(2022, 52)?.category).toBe('D');
  });

  it('79 is kuning in 2021 and hijau (B) in 2022', () => {
    expect(zoneFor(2021, 79)).toBe('kuning');
    expect(zoneFor(2022, 79)).toBe('hijau');
    expect(classify(2022, 79)?.category).toBe('B');
  });

  it('gives no zone in years without an assessment', () => {
    expect(classify(2020, 90)).toBeNull();
    expect(zoneFor(2020, 90)).toBeNull();
    expect(zoneFor(2012, 90)).toBeNull();
  });

  it('gives no band for a negative score', () => {
    expect(classify(2019, -1)).toBeNull();
    expect(classify(2022, -0.01)).toBeNull();
  });
});

describe('zoneOfCategory', () => {
  it('maps A, B to hijau, C to kuning, D, E to merah', () => {
    expect(zoneOfCategory('A')).toBe('hijau');
    expect(zoneOfCategory('B')).toBe('hijau');
    expect(zoneOfCategory('C')).toBe('kuning');
    expect(zoneOfCategory('D')).toBe('merah');
    expect(zoneOfCategory('E')).toBe('merah');
  });
});

describe('zoneRank', () => {
  it('orders merah < kuning < hijau', () => {
    expect(zoneRank('merah')).toBe(0);
    expect(zoneRank('kuning')).toBe(1);
    expect(zoneRank('hijau')).toBe(2);
    expect([...ZONES]).toEqual(['merah', 'kuning', 'hijau']);
    expect((['hijau', 'merah', 'kuning'] as const).slice().sort((a, b) => zoneRank(a) - zoneRank(b))).toEqual(['merah', 'kuning', 'hijau']);
  });
});
