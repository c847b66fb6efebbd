import { describe, expect, it } from 'vitest';
import {
  competitionRanks,
  fellZone,
  gradeGroup,
  mostImproved,
  rankingOrder,
  rankingSortKey,
  rankRegions,
  scoredByKind,
  splitRanking,
  type ChangeRow,
  type GradedRow,
} from '../../src/lib/model/ranking.ts';
import { regionRows } from '../../src/lib/model/queries.ts';
import type { Province, Region, ScoreEntry, Zone } from '../../src/lib/types.ts';

function region(code: string, kind: Region['kind'] = 'kabupaten'): Region {
  return { code, name: `${kind} ${code}`, shortName: code, kind, provinceCode: code.slice(0, 2), slug: code };
}
function score(code: string, year: number, value: number | null, level: ScoreEntry['level'] = 'kabupaten'): ScoreEntry {
  return { code, level, year, score: value, category: null, zone: 'kuning', scheme: 'zona-2013', source: { file: 't.csv', line: 1 } };
}

describe('competitionRanks', () => {
  it('gives ties the same rank and skips the next ("1, 2, 2, 4")', () => {
    const items = [
      { id: 'a', s: 90 },
      { id: 'b', s: 80 },
      { id: 'c', s: 80 },
      { id: 'd', s: 70 },
    ];
    const ranks = competitionRanks(items, (i) => i.s);
    expect(items.map((i) => ranks.get(i)?.rank)).toEqual([1, 2, 2, 4]);
    expect(items.map((i) => ranks.get(i)?.tied)).toEqual([false, true, true, false]);
    expect(ranks.get(items[0]!)?.of).toBe(4);
  });
  it('ranks highest first regardless of input order, and handles a tie at the top and at the bottom', () => {
    const items = [{ s: 10 }, { s: 99 }, { s: 99 }, { s: 10 }, { s: 50 }];
    const ranks = competitionRanks(items, (i) => i.s);
    expect(items.map((i) => ranks.get(i)?.rank)).toEqual([4, 1, 1, 4, 3]);
  });
  it('compares at printed precision (hundredths), so float noise is still a tie', () => {
    const items = [{ s: 0.1 + 0.2 }, { s: 0.3 }];
    const ranks = competitionRanks(items, (i) => i.s);
    expect(ranks.get(items[0]!)).toEqual({ rank: 1, of: 2, tied: true });
    expect(ranks.get(items[1]!)).toEqual({ rank: 1, of: 2, tied: true });
  });
  it('leaves out items without a score (grade-only rows) from ranks and from the count', () => {
    const items = [{ s: null }, { s: 40 }, { s: Number.NaN }];
    const ranks = competitionRanks(items, (i) => i.s);
    expect(ranks.size).toBe(1);
    expect(ranks.get(items[1]!)).toEqual({ rank: 1, of: 1, tied: false });
    expect(ranks.has(items[0]!)).toBe(false);
  });
  it('returns an empty map for no items', () => {
    expect(competitionRanks([], () => 1).size).toBe(0);
  });
});

describe('rankRegions', () => {
  const regions = [region('18.01'), region('18.02'), region('18.71', 'kota'), region('35.01'), region('35.71', 'kota')];
  const scores = [
    score('18', 2022, 99, 'provinsi'), // provincial government: never ranked with kabupaten/kota
    score('18.01', 2022, 70),
    score('18.02', 2022, 80),
    score('18.71', 2022, 60, 'kota'),
    score('35.01', 2022, 80),
    score('35.71', 2022, 90, 'kota'),
    score('18.01', 2021, 95),
  ];
  const ranks = rankRegions(regions, scores, 2022);

  it('ranks kabupaten among kabupaten and kota among kota, nationwide', () => {
    expect(ranks.get('18.02')?.kind).toEqual({ rank: 1, of: 3, tied: true });
    expect(ranks.get('35.01')?.kind).toEqual({ rank: 1, of: 3, tied: true });
    expect(ranks.get('18.01')?.kind).toEqual({ rank: 3, of: 3, tied: false });
    expect(ranks.get('35.71')?.kind).toEqual({ rank: 1, of: 2, tied: false });
    expect(ranks.get('18.71')?.kind).toEqual({ rank: 2, of: 2, tied: false });
  });
  it('ranks all kabupaten and kota of a province together within the province', () => {
    expect(ranks.get('18.02')?.province).toEqual({ rank: 1, of: 3, tied: false });
    expect(ranks.get('18.01')?.province).toEqual({ rank: 2, of: 3, tied: false });
    expect(ranks.get('18.71')?.province).toEqual({ rank: 3, of: 3, tied: false });
  });
  it('never includes a provincial government, and only uses the requested year', () => {
    expect(ranks.has('18')).toBe(false);
    expect(ranks.get('18.01')?.kind?.rank).toBe(3); // its 95 in 2021 does not count
  });
  it('gives unassessed regions null ranks', () => {
    const r = rankRegions([...regions, region('35.02')], scores, 2022);
    expect(r.get('35.02')).toEqual({ kind: null, province: null });
    expect(rankRegions(regions, scores, 2019).get('18.01')).toEqual({ kind: null, province: null });
  });
  it('takes the kind from the registry, not from the score row', () => {
    const mislabeled = [score('18.71', 2022, 100, 'kabupaten'), score('18.01', 2022, 50)];
    const r = rankRegions(regions, mislabeled, 2022);
    expect(r.get('18.71')?.kind).toEqual({ rank: 1, of: 1, tied: false });
    expect(r.get('18.01')?.kind).toEqual({ rank: 1, of: 1, tied: false });
  });
});

describe('mostImproved and fellZone', () => {
  function row(code: string, zone: Zone | null, change: number | null, previous: { year: number; zone: Zone } | null): ChangeRow {
    return { region: { code, name: code }, score: 50, zone, change, previous: previous && { ...previous, score: 40 } };
  }
  const rows = [
    row('a', 'hijau', 12.5, { year: 2023, zone: 'kuning' }),
    row('b', 'kuning', 30, { year: 2019, zone: 'merah' }), // back after a gap: not compared with 2019
    row('c', 'merah', -20, { year: 2023, zone: 'hijau' }), // two zones down
    row('d', 'kuning', -3, { year: 2023, zone: 'hijau' }),
    row('e', 'kuning', 5, { year: 2023, zone: 'kuning' }),
    row('f', 'kuning', 5, { year: 2023, zone: 'kuning' }),
    row('g', null, null, { year: 2023, zone: 'hijau' }), // not assessed this year
    row('h', 'merah', -1, { year: 2023, zone: 'kuning' }),
    row('i', 'hijau', 0, { year: 2023, zone: 'hijau' }),
  ];

  it('lists the biggest increases against the previous assessed year only', () => {
    expect(mostImproved(rows, 2023).map((r) => r.region.code)).toEqual(['a', 'e', 'f']);
    expect(mostImproved(rows, 2019).map((r) => r.region.code)).toEqual(['b']);
  });
  it('keeps ties at the cut-off and honours the limit otherwise', () => {
    expect(mostImproved(rows, 2023, 2).map((r) => r.region.code)).toEqual(['a', 'e', 'f']);
    expect(mostImproved(rows, 2023, 1).map((r) => r.region.code)).toEqual(['a']);
    expect(mostImproved(rows, 2023, 0)).toEqual([]);
  });
  it('is empty without a previous year', () => {
    expect(mostImproved(rows, null)).toEqual([]);
    expect(fellZone(rows, null)).toEqual([]);
  });
  it('lists regions that fell a zone, two-zone drops first, then the biggest fall', () => {
    expect(fellZone(rows, 2023).map((r) => r.region.code)).toEqual(['c', 'd', 'h']);
  });
});

describe('ranking order with zone-only and opinion rows', () => {
  type Row = GradedRow & { region: { code: string; name: string; kind: Region['kind'] } };
  const row = (code: string, score: number | null, zone: Zone | null, extra: Partial<Row> = {}): Row => ({
    region: { code, name: `Kabupaten ${code}`, kind: 'kabupaten' },
    score,
    zone,
    category: null,
    published: zone !== null || score !== null || extra.opinion != null,
    ...extra,
  });

  it('groups by zone, scored rows first within a zone, zone-only rows after them, no figure last', () => {
    const rows = [
      row('01', 60, 'kuning'),
      row('02', null, 'hijau'),
      row('03', 85, 'hijau'),
      row('04', null, null),
      row('05', null, 'kuning'),
      row('06', 90, 'hijau'),
      row('07', 40, 'merah'),
      // Printed hijau although 80 sits in kuning's band in some schemes: stays in its printed zone.
      row('08', 80, 'hijau'),
    ];
    expect(rankingOrder(rows).map((r) => r.region.code)).toEqual(['06', '03', '08', '02', '01', '05', '07', '04']);
  });

  it('puts hijau · A above hijau · B above plain hijau (2022–2024)', () => {
    const rows = [
      row('01', null, 'hijau', { category: 'B' }),
      row('02', 79, 'hijau', { category: 'B' }),
      row('03', null, 'hijau', { category: 'A' }),
      row('04', 90, 'hijau', { category: 'A' }),
    ];
    expect(rankingOrder(rows).map((r) => r.region.code)).toEqual(['04', '03', '02', '01']);
  });

  it('groups 2025 rows by opinion level (no zones), with a score-only row after them', () => {
    const op = (level: 'tertinggi' | 'tinggi' | 'sedang' | 'rendah') => ({ opinion: { level } });
    const rows = [
      row('01', 70, null, op('sedang')),
      row('02', null, null, op('tertinggi')),
      row('03', 95, null, op('tertinggi')),
      row('04', 57.3, null),
      row('05', 99, null, op('tinggi')),
    ];
    expect(rankingOrder(rows).map((r) => r.region.code)).toEqual(['03', '02', '05', '01', '04']);
    expect(gradeGroup(rows[3]!)).toBe(-1);
  });

  it('gives every published row a finite sort key and rows without a figure none (never NaN)', () => {
    const rows = [row('01', 60, 'kuning'), row('02', null, 'kuning'), row('03', null, null), row('04', Number.NaN, 'merah')];
    const keys = rows.map(rankingSortKey);
    expect(keys[0]).toBe(10060);
    expect(keys[1]).toBe(9999);
    expect(keys[2]).toBeNull();
    expect(keys[3]).toBe(-1);
    for (const k of keys) if (k !== null) expect(Number.isFinite(k)).toBe(true);
  });

  it('counts the scored rows per kind (the "of N" of the ranks)', () => {
    const rows = [
      row('01', 60, 'kuning'),
      row('02', null, 'kuning'),
      { ...row('71', 80, 'hijau'), region: { code: '71', name: 'Kota 71', kind: 'kota' as const } },
    ];
    expect(scoredByKind(rows)).toEqual({ kabupaten: 1, kota: 1 });
  });

  it('ranks only those with a score: zone-only regions get no rank and do not count in "of"', () => {
    const regions = [region('18.01'), region('18.02'), region('18.03')];
    const scores = [score('18.01', 2019, 70), score('18.02', 2019, null), score('18.03', 2019, 80)];
    const ranks = rankRegions(regions, scores, 2019);
    expect(ranks.get('18.03')?.kind).toEqual({ rank: 1, of: 2, tied: false });
    expect(ranks.get('18.01')?.kind).toEqual({ rank: 2, of: 2, tied: false });
    expect(ranks.get('18.02')).toEqual({ kind: null, province: null });
  });
});

describe('splitRanking: the table has the regions with a figure, the list the others', () => {
  const provinces: Province[] = [
    { code: '18', name: 'Lampung', slug: 'lampung' },
    { code: '11', name: 'Aceh', slug: 'aceh' },
  ];
  const named = (code: string, name: string, kind: Region['kind'] = 'kabupaten'): Region => ({ ...region(code, kind), name });
  const regions = [
    named('18.01', 'Kabupaten Lampung Barat'),
    named('18.09', 'Kabupaten Pesawaran'),
    named('18.71', 'Kota Bandar Lampung', 'kota'),
    named('11.02', 'Kabupaten Aceh Tenggara'),
    named('11.01', 'Kabupaten Aceh Selatan'),
  ];
  const rowsOf = (scores: ScoreEntry[], year: number) => regionRows({ registry: { provinces, regions }, scores }, year);
  const codes = (rows: readonly { region: { code: string } }[]) => rows.map((r) => r.region.code);

  it('keeps a zone without a score as a row and lists the regions without any figure by province name, then region name', () => {
    const scores = [score('18.09', 2019, 70), score('18.71', 2019, null), score('11.01', 2018, 55)];
    const split = splitRanking(rowsOf(scores, 2019));
    expect(codes(split.rows)).toEqual(['18.09', '18.71']);
    expect(split.unpublishedCount).toBe(3);
    // Aceh before Lampung (by name, not code); Aceh Selatan before Aceh Tenggara although 11.02 comes first in the input.
    expect(split.unpublished.map((g) => [g.provinceName, g.provinceSlug, codes(g.rows)])).toEqual([
      ['Aceh', 'aceh', ['11.01', '11.02']],
      ['Lampung', 'lampung', ['18.01']],
    ]);
    // 11.01 was assessed in 2018, not 2019: listed, nothing carried over.
    expect(split.unpublished[0]!.rows[0]).toMatchObject({ score: null, zone: null, published: false });
  });

  it('keeps 2025 opinions, with or without a score, and a score printed alone as rows', () => {
    const opinion = (code: string, value: number | null): ScoreEntry => ({
      ...score(code, 2025, value),
      zone: null,
      scheme: 'opini-2025',
      opinion: { level: 'tinggi', quality: null, withoutMaladministration: false },
    });
    const scores = [opinion('18.09', 88.1), opinion('11.01', null), { ...score('18.71', 2025, 57.3), zone: null }];
    const split = splitRanking(rowsOf(scores, 2025));
    expect(codes(split.rows)).toEqual(['11.01', '18.09', '18.71']);
    expect(split.unpublished.flatMap((g) => codes(g.rows))).toEqual(['11.02', '18.01']);
  });

  it('has no rows and lists every region in a year without any figure', () => {
    const split = splitRanking(rowsOf([score('18.09', 2019, 70)], 2020));
    expect(split.rows).toEqual([]);
    expect(split.unpublishedCount).toBe(regions.length);
    expect(split.unpublished.flatMap((g) => codes(g.rows)).sort()).toEqual(regions.map((r) => r.code).sort());
  });

  it('lists nothing when every region has a figure, and never counts a provincial government', () => {
    const scores = [...regions.map((r) => score(r.code, 2019, 60)), score('18', 2019, 90, 'provinsi')];
    const split = splitRanking(rowsOf(scores, 2019));
    expect(split.rows).toHaveLength(regions.length);
    expect(split).toMatchObject({ unpublished: [], unpublishedCount: 0 });
  });

  it('is empty for no rows', () => {
    expect(splitRanking([])).toEqual({ rows: [], unpublished: [], unpublishedCount: 0 });
  });
});
